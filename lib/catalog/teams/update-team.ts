import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { preconditionFailed } from "@/lib/concurrency/record-version";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { findTeamForUpdate, isTeamSlugTaken, updateTeamIfUnchanged } from "@/lib/catalog/teams/repository";
import { zUpdateTeamInput, type TeamOutput } from "@/lib/catalog/teams/schemas";
import { slugTakenProblem } from "@/lib/catalog/teams/create-team";

/** Admins rename or re-describe a team; `ifMatch` (the ETag read) refuses a change based on an outdated copy. */
export async function updateTeam(
  db: PrismaClient,
  { actor, slugOrId, input, ifMatch = null }: { actor: Actor; slugOrId: string; input: unknown; ifMatch?: string[] | null },
): Promise<TeamOutput> {
  return runMutation(db, {
    actor,
    permission: "user.manage",
    action: "team.update",
    schema: zUpdateTeamInput,
    input,
    load: (tx) => findTeamForUpdate(tx, slugOrId),
    ifMatch: { expected: ifMatch, version: (team) => team.updatedAt, what: "team" },
    write: async (tx, { input: changes, resource }) => {
      const team = resource;
      if (changes.slug && changes.slug !== team.slug && (await isTeamSlugTaken(tx, changes.slug, team.id))) throw slugTakenProblem(changes.slug);
      const updated = await updateTeamIfUnchanged(tx, team.id, team.updatedAt, changes);
      if (!updated) throw preconditionFailed("team");
      const fields = Object.keys(changes) as (keyof typeof changes)[];
      return {
        result: updated,
        target: { type: "team", id: team.id, label: updated.name },
        before: Object.fromEntries(fields.map((f) => [f, team[f]])),
        after: Object.fromEntries(fields.map((f) => [f, updated[f]])),
      };
    },
  });
}
