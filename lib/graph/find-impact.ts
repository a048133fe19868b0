import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { analyzeImpact, type ImpactResult } from "@/lib/graph/impact";
import { getPreparedGraph } from "@/lib/graph/repository";
import { zImpactQuery } from "@/lib/graph/schemas";

/** Downstream impact or upstream lineage of a system, integration, contract version or consumer. */
export async function findImpact(db: PrismaClient, { actor, query }: { actor: Actor; query: unknown }): Promise<ImpactResult> {
  authorize(actor, "catalog.read");
  const parsed = zImpactQuery.parse(query);
  // An export is the whole answer; the JSON lists stop at the limit (their totals do not).
  return analyzeImpact(await getPreparedGraph(db), { ...parsed, limit: parsed.format === "csv" ? undefined : parsed.limit });
}
