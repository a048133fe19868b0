import "server-only";
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError, type Actor } from "@/lib/auth/permissions";
import { runMutation, type MutationOutcome } from "@/lib/pipeline/run-mutation";
import type { AuditTarget } from "@/lib/audit/record-audit-event";
import type { AuditAction } from "@/lib/audit/audit-vocabulary";
import {
  deleteTeamMember,
  findTeamForMembership,
  findTeamMember,
  findUserIdByEmail,
  insertTeamMember,
  setTeamMemberLead,
  type TeamForMembership,
} from "@/lib/catalog/teams/repository";
import { zAddTeamMemberInput, zChangeTeamMemberInput, type TeamMemberOutput } from "@/lib/catalog/teams/schemas";
import { Conflict, InvalidInput } from "@/lib/errors/domain-errors";

/**
 * Admins, and the leads of a team, change who belongs to it. The team is the authorized resource only when the
 * actor leads it, which is what "team" scope means for team.membership.manage; everyone else is refused before
 * the input is even validated.
 */
function membershipMutation<S extends z.ZodType, T>(
  db: PrismaClient,
  { actor, team, action, schema, input }: { actor: Actor; team: string; action: AuditAction; schema: S; input: unknown },
  write: (tx: Prisma.TransactionClient, team: TeamForMembership, input: z.infer<S>) => Promise<MutationOutcome<T>>,
): Promise<T> {
  return runMutation(db, {
    actor,
    permission: "team.membership.manage",
    action,
    schema,
    input,
    load: (tx) => findTeamForMembership(tx, team, actor.id),
    ownershipOf: (loaded) => ({ ownerTeamId: loaded.actorLeads ? loaded.id : null }),
    write: (tx, { input: parsed, resource }) => write(tx, resource, parsed),
  });
}

const target = (team: TeamForMembership): AuditTarget => ({ type: "team", id: team.id, label: team.name });

export async function addTeamMember(db: PrismaClient, { actor, team, input }: { actor: Actor; team: string; input: unknown }): Promise<TeamMemberOutput> {
  return membershipMutation(db, { actor, team, action: "team.member.add", schema: zAddTeamMemberInput, input }, async (tx, loaded, { email, isLead }) => {
    const userId = await findUserIdByEmail(tx, email);
    if (!userId)
      throw new InvalidInput(`No registered person has the e-mail ${email}.`, {
        issues: [{ pointer: "/email", detail: "No registered person has this e-mail." }],
      });
    if (await findTeamMember(tx, loaded.id, userId)) {
      throw new Conflict(`${email} already belongs to ${loaded.name}.`, { issues: [{ pointer: "/email", detail: "Already a member." }] });
    }
    const member = await insertTeamMember(tx, loaded.id, userId, isLead);
    return { result: member, target: target(loaded), after: { member: member.email, isLead: member.isLead } };
  });
}

export async function changeTeamMember(
  db: PrismaClient,
  { actor, team, userId, input }: { actor: Actor; team: string; userId: string; input: unknown },
): Promise<TeamMemberOutput> {
  return membershipMutation(db, { actor, team, action: "team.member.update", schema: zChangeTeamMemberInput, input }, async (tx, loaded, { isLead }) => {
    const before = await findTeamMember(tx, loaded.id, userId);
    if (!before) throw new NotFoundError("The member");
    const member = await setTeamMemberLead(tx, loaded.id, userId, isLead);
    return {
      result: member,
      target: target(loaded),
      before: { member: before.email, isLead: before.isLead },
      after: { member: member.email, isLead: member.isLead },
    };
  });
}

export async function removeTeamMember(db: PrismaClient, { actor, team, userId }: { actor: Actor; team: string; userId: string }): Promise<TeamMemberOutput> {
  return membershipMutation(db, { actor, team, action: "team.member.remove", schema: z.strictObject({}), input: {} }, async (tx, loaded) => {
    const before = await findTeamMember(tx, loaded.id, userId);
    if (!before) throw new NotFoundError("The member");
    await deleteTeamMember(tx, loaded.id, userId);
    return { result: before, target: target(loaded), before: { member: before.email, isLead: before.isLead } };
  });
}
