import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { analyzeScopedImpact, type ScopedImpactResult } from "@/lib/graph/field-lineage";
import { getPreparedGraph } from "@/lib/graph/repository";
import { zImpactQuery } from "@/lib/graph/schemas";

/** Downstream impact or upstream lineage of a system, integration, contract version or consumer, by field when asked. */
export async function findImpact(db: PrismaClient, { actor, query }: { actor: Actor; query: unknown }): Promise<ScopedImpactResult> {
  authorize(actor, "catalog.read");
  const parsed = zImpactQuery.parse(query);
  // An export is the whole answer; the JSON lists stop at the limit (their totals do not).
  return analyzeScopedImpact(await getPreparedGraph(db), { ...parsed, limit: parsed.format === "csv" ? undefined : parsed.limit });
}
