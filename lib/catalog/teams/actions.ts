"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { SESSION_EXPIRED, toFormError, type FormActionResult } from "@/lib/catalog/contracts/action-result";
import { addTeamMember, changeTeamMember, removeTeamMember } from "@/lib/catalog/teams/membership";

async function membershipAction(team: string, run: (actor: NonNullable<Awaited<ReturnType<typeof getActor>>>) => Promise<string>): Promise<FormActionResult> {
  const actor = await getActor();
  if (!actor) return SESSION_EXPIRED;
  try {
    const message = await run(actor);
    revalidatePath(`/catalog/teams/${team}`);
    return { ok: true, message, value: undefined };
  } catch (error) {
    return toFormError(error);
  }
}

export async function addTeamMemberAction(team: string, input: unknown): Promise<FormActionResult> {
  return membershipAction(team, async (actor) => {
    const member = await addTeamMember(await getDb(), { actor, team, input });
    return `${member.name} joined the team${member.isLead ? " as a lead" : ""}.`;
  });
}

export async function setTeamLeadAction(team: string, userId: string, isLead: boolean): Promise<FormActionResult> {
  return membershipAction(team, async (actor) => {
    const member = await changeTeamMember(await getDb(), { actor, team, userId, input: { isLead } });
    return member.isLead ? `${member.name} now leads the team.` : `${member.name} no longer leads the team.`;
  });
}

export async function removeTeamMemberAction(team: string, userId: string): Promise<FormActionResult> {
  return membershipAction(team, async (actor) => {
    const member = await removeTeamMember(await getDb(), { actor, team, userId });
    return `${member.name} left the team.`;
  });
}
