import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { insertTeam, isTeamSlugTaken } from "@/lib/catalog/teams/repository";
import { zCreateTeamInput, type TeamOutput } from "@/lib/catalog/teams/schemas";
import { Conflict } from "@/lib/errors/domain-errors";

export function slugTakenProblem(slug: string): Conflict {
  return new Conflict(`A team with the slug “${slug}” already exists.`, { issues: [{ pointer: "/slug", detail: "This slug is taken." }] });
}

/** Admins create teams (teams are the organisation, not a record an owner manages). */
export async function createTeam(db: PrismaClient, { actor, input }: { actor: Actor; input: unknown }): Promise<TeamOutput> {
  return runMutation(db, {
    actor,
    permission: "user.manage",
    action: "team.create",
    schema: zCreateTeamInput,
    input,
    write: async (tx, { input: team }) => {
      if (await isTeamSlugTaken(tx, team.slug)) throw slugTakenProblem(team.slug);
      const created = await insertTeam(tx, team);
      return {
        result: created,
        target: { type: "team", id: created.id, label: created.name },
        after: { slug: created.slug, name: created.name, description: created.description },
      };
    },
  });
}
