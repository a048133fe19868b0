import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { unresolvedReferences } from "@/lib/catalog/integrations/resolve-references";
import { findTeamIdBySlug, insertSystem, systemSlugExists } from "@/lib/catalog/systems/repository";
import { zSystemInput, type SystemOutput } from "@/lib/catalog/systems/schemas";
import { Conflict } from "@/lib/errors/domain-errors";

/** An owner registers a system for one of their teams (admins for any team). */
export async function createSystem(db: PrismaClient, { actor, input }: { actor: Actor; input: unknown }): Promise<SystemOutput> {
  return runMutation(db, {
    actor,
    permission: "catalog.create",
    action: "system.create",
    schema: zSystemInput,
    input,
    write: async (tx, { input }) => {
      const { ownerTeam, ...fields } = input;
      const ownerTeamId = await findTeamIdBySlug(tx, ownerTeam);
      if (!ownerTeamId) throw unresolvedReferences([{ pointer: "/ownerTeam", detail: `No team has the slug "${ownerTeam}".` }]);
      authorize(actor, "catalog.create", { ownerTeamId });
      if (await systemSlugExists(tx, fields.slug)) {
        throw new Conflict(`The slug ${fields.slug} is taken.`, { issues: [{ pointer: "/slug", detail: "Another system has this slug." }] });
      }
      const created = await insertSystem(tx, { ...fields, ownerTeamId });
      return { result: created, target: { type: "system", id: created.id, label: created.slug }, after: created };
    },
  });
}
