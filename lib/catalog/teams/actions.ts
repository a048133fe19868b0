"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { addTeamMember, changeTeamMember, removeTeamMember } from "@/lib/catalog/teams/membership";
import { zRecordRef, zUseCaseInput } from "@/lib/validation/primitives";

export const addTeamMemberAction = defineAction(z.object({ team: zRecordRef, values: zUseCaseInput }), async ({ team, values }, { actor, db }) => {
  const member = await addTeamMember(db, { actor, team, input: values });
  revalidatePath(`/catalog/teams/${team}`);
  return { message: `${member.name} joined the team${member.isLead ? " as a lead" : ""}.` };
});

export const setTeamLeadAction = defineAction(
  z.object({ team: zRecordRef, userId: zRecordRef, isLead: z.boolean() }),
  async ({ team, userId, isLead }, { actor, db }) => {
    const member = await changeTeamMember(db, { actor, team, userId, input: { isLead } });
    revalidatePath(`/catalog/teams/${team}`);
    return { message: member.isLead ? `${member.name} now leads the team.` : `${member.name} no longer leads the team.` };
  },
);

export const removeTeamMemberAction = defineAction(z.object({ team: zRecordRef, userId: zRecordRef }), async ({ team, userId }, { actor, db }) => {
  const member = await removeTeamMember(db, { actor, team, userId });
  revalidatePath(`/catalog/teams/${team}`);
  return { message: `${member.name} left the team.` };
});
