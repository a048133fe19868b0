import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { preconditionFailed } from "@/lib/concurrency/record-version";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { unresolvedReferences } from "@/lib/catalog/integrations/resolve-references";
import { findSystem, findSystemForUpdate, findTeamIdBySlug, updateSystemIfUnchanged } from "@/lib/catalog/systems/repository";
import { zSystemUpdateInput, type SystemOutput } from "@/lib/catalog/systems/schemas";
import { Conflict } from "@/lib/errors/domain-errors";

/** Changes the fields the input names, unless the system changed since `ifMatch` (412). */
export async function updateSystem(
  db: PrismaClient,
  { actor, idOrSlug, input, ifMatch }: { actor: Actor; idOrSlug: string; input: unknown; ifMatch: string[] | null },
): Promise<SystemOutput> {
  return runMutation(db, {
    actor,
    permission: "catalog.update",
    action: "system.update",
    schema: zSystemUpdateInput,
    input,
    load: (tx) => findSystemForUpdate(tx, idOrSlug),
    ownershipOf: (system) => system,
    refuseClosed: (current) => (current.archivedAt ? new Conflict(`${current.slug} is archived; archived records are read-only.`) : null),
    ifMatch: { expected: ifMatch, version: (current) => current.updatedAt, what: "system" },
    write: async (tx, { input, resource }) => {
      const current = resource;
      const { ownerTeam, ...fields } = input;
      let ownerTeamId: string | undefined;
      if (ownerTeam !== undefined) {
        ownerTeamId = (await findTeamIdBySlug(tx, ownerTeam)) ?? undefined;
        if (!ownerTeamId) throw unresolvedReferences([{ pointer: "/ownerTeam", detail: `No team has the slug "${ownerTeam}".` }]);
        authorize(actor, "catalog.update", { ownerTeamId });
      }
      const before = await findSystem(tx, current.id);
      if (!(await updateSystemIfUnchanged(tx, current.id, current.updatedAt, { ...fields, ...(ownerTeamId ? { ownerTeamId } : {}) })))
        throw preconditionFailed("system");
      const after = (await findSystem(tx, current.id))!;
      return { result: after, target: { type: "system", id: current.id, label: current.slug }, before, after };
    },
  });
}
