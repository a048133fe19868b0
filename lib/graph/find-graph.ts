import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, NotFoundError, type Actor } from "@/lib/auth/permissions";
import { describeEntity } from "@/lib/graph/impact";
import { graphFacets, selectFilteredGraph, selectNeighbourhood, type DependencyGraph, type GraphFacets } from "@/lib/graph/graph-view";
import { getPreparedGraph } from "@/lib/graph/repository";
import { MAX_GRAPH_ELEMENTS, zGraphQuery, type GraphQuery } from "@/lib/graph/schemas";
import { InvalidInput } from "@/lib/errors/domain-errors";

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
    return { ...withinLimit(selectNeighbourhood(prepared, { kind: parsed.focusKind, id: parsed.focusId }, parsed.depth)), facets: graphFacets(prepared) };
  }
  return { ...withinLimit(selectFilteredGraph(prepared, parsed)), facets: graphFacets(prepared) };
}

/** A graph too large to send (and to draw) is refused with the limit it broke, so that the caller can narrow it. */
function withinLimit(graph: DependencyGraph): DependencyGraph {
  const size = graph.nodes.length + graph.edges.length;
  if (size <= MAX_GRAPH_ELEMENTS) return graph;
  throw new InvalidInput(
    `The graph would hold ${size.toLocaleString("en")} nodes and edges, more than the limit of ${MAX_GRAPH_ELEMENTS.toLocaleString("en")} in one answer: filter it, or focus on a system or integration with a smaller depth.`,
    { extensions: { limit: MAX_GRAPH_ELEMENTS, size } },
  );
}

/**
 * What the graph page renders on the server: the filter menus' values and the name of a neighbourhood's focus
 * (null when it does not exist). The graph itself is fetched by the browser (GET /api/v1/graph), so that a
 * 1,000-node graph is not serialised into the page and hydrated in one long main-thread task.
 */
export async function findGraphFilters(
  db: PrismaClient,
  { actor, query }: { actor: Actor; query: GraphQuery },
): Promise<{ facets: GraphFacets; focusLabel: string | null }> {
  authorize(actor, "catalog.read");
  const prepared = await getPreparedGraph(db);
  const focusLabel = query.focusKind && query.focusId ? describeEntity(prepared, query.focusKind, query.focusId) : null;
  return { facets: graphFacets(prepared), focusLabel };
}
