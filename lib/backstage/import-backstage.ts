import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { InvalidInput } from "@/lib/errors/domain-errors";
import type { EntityFileReader } from "@/lib/backstage/entity-files";
import { readEntities } from "@/lib/backstage/read-entities";
import { mapEntities } from "@/lib/backstage/map-entities";
import { planImport, planWrites, type ImportPlan } from "@/lib/backstage/plan-import";
import { applyImportPlan, loadExistingRecords } from "@/lib/backstage/backstage-repository";
import type { BackstageImportReport } from "@/lib/backstage/schemas";

const reportOf = (plan: ImportPlan, dryRun: boolean): BackstageImportReport => ({
  dryRun,
  entities: plan.results.length,
  errors: plan.results.filter((r) => r.action === "error").length,
  created: plan.created,
  updated: plan.updated,
  results: plan.results,
});

/**
 * Imports Backstage catalog entities (decision 060). Admins only: it creates teams and people. A dry run reports
 * every entity's outcome and writes nothing; the import itself is all or nothing (422 naming every entity's
 * problem), and an import that would change nothing writes nothing, not even an audit entry.
 */
export async function importBackstage(
  db: PrismaClient,
  { actor, text, file, reader, dryRun }: { actor: Actor; text: string; file: string; reader: EntityFileReader | null; dryRun: boolean },
): Promise<BackstageImportReport> {
  authorize(actor, "user.manage");
  const read = await readEntities(text, file, reader);
  const mapped = mapEntities(read.entities);
  const plan = async (tx: Parameters<typeof loadExistingRecords>[0]) => {
    const existing = await loadExistingRecords(tx, mapped);
    return { existing, plan: planImport(mapped, read.problems, existing) };
  };
  const checked = await db.$transaction((tx) => plan(tx), { timeout: 120_000 });
  if (dryRun) return reportOf(checked.plan, true);
  if (checked.plan.results.some((r) => r.action === "error")) throw importRefused(checked.plan);
  if (!planWrites(checked.plan)) return reportOf(checked.plan, false);
  return runMutation(db, {
    actor,
    permission: "user.manage",
    action: "catalog.backstage.import",
    transactionTimeoutMs: 120_000,
    schema: z.unknown(),
    input: null,
    write: async (tx) => {
      // Planned again inside the writing transaction: the records may have changed since the check above.
      const { existing, plan: final } = await plan(tx);
      if (final.results.some((r) => r.action === "error")) throw importRefused(final);
      await applyImportPlan(tx, final, existing);
      const touched = final.results.filter((r) => r.action === "create" || r.action === "update").map((r) => `${r.action} ${r.ref}`);
      return {
        result: reportOf(final, false),
        target: { type: "catalog", id: "catalog", label: `Backstage import of ${file}` },
        after: { created: final.created, updated: final.updated, entities: touched.slice(0, 5000) },
      };
    },
  });
}

function importRefused(plan: ImportPlan): InvalidInput {
  const failing = plan.results.filter((r) => r.action === "error");
  const first = failing[0];
  return new InvalidInput(
    `${failing.length} entit${failing.length === 1 ? "y has" : "ies have"} problems; nothing was imported. First: ${first.ref ?? `${first.file} document ${first.document}`}: ${first.errors[0]}`,
    {
      issues: failing.slice(0, 1000).flatMap((r) => r.errors.map((detail) => ({ pointer: `/entities/${r.ref ?? `${r.file}#${r.document}`}`, detail }))),
    },
  );
}
