import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, NotFoundError, type Actor } from "@/lib/auth/permissions";
import { graphFacets, selectFilteredGraph, selectNeighbourhood, type DependencyGraph, type GraphFacets } from "@/lib/graph/graph-view";
import { getPreparedGraph } from "@/lib/graph/repository";
import { zGraphQuery } from "@/lib/graph/schemas";

export interface GraphAnswer extends DependencyGraph {
  facets: GraphFacets;
}

/** The dependency graph under filters, or the neighbourhood of one system or integration. */
export async function findGraph(db: PrismaClient, { actor, query }: { actor: Actor; query: unknown }): Promise<GraphAnswer> {
  authorize(actor, "catalog.read");
  const parsed = zGraphQuery.parse(query);
  const prepared = await getPreparedGraph(db);
  if (parsed.focusKind && parsed.focusId) {
    const exists = parsed.focusKind === "system" ? prepared.systems.has(parsed.focusId) : prepared.integrations.has(parsed.focusId);
    if (!exists) throw new NotFoundError(`The ${parsed.focusKind}`);
    return { ...selectNeighbourhood(prepared, { kind: parsed.focusKind, id: parsed.focusId }, parsed.depth), facets: graphFacets(prepared) };
  }
  return { ...selectFilteredGraph(prepared, parsed), facets: graphFacets(prepared) };
}
