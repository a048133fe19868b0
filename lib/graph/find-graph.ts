import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, NotFoundError, type Actor } from "@/lib/auth/permissions";
import { describeEntity } from "@/lib/graph/impact";
import { graphFacets, selectFilteredGraph, selectNeighbourhood, type DependencyGraph, type GraphFacets } from "@/lib/graph/graph-view";
import { getPreparedGraph } from "@/lib/graph/repository";
import { cachedOverview, type GraphOverview } from "@/lib/graph/overview";
import { MAX_GRAPH_ELEMENTS, zGraphQuery, type GraphFilters, type GraphGroupBy, type GraphQuery } from "@/lib/graph/schemas";
import { InvalidInput } from "@/lib/errors/domain-errors";

export interface GraphAnswer extends DependencyGraph {
  facets: GraphFacets;
}

export interface OverviewAnswer extends GraphOverview {
  facets: GraphFacets;
}

/**
 * The graph page draws at most this many nodes (and MAX_GRAPH_ELEMENTS nodes and edges); a larger graph opens on
 * its overview, whose groups are drilled into.
 */
export const PAGE_GRAPH_NODES = 2_000;

/** The group an overview of these filters uses unless asked: the next level down from what is already filtered. */
export function defaultGroupBy(filters: GraphFilters): GraphGroupBy {
  if (!filters.domain) return "domain";
  if (!filters.systemKind) return "systemKind";
  if (!filters.capability) return "capability";
  return "domain";
}

/** The dependency graph under filters, or the neighbourhood of one system or integration. */
export async function findGraph(db: PrismaClient, { actor, query }: { actor: Actor; query: unknown }): Promise<GraphAnswer | OverviewAnswer> {
  authorize(actor, "catalog.read");
  const parsed = zGraphQuery.parse(query);
  const prepared = await getPreparedGraph(db);
  if (parsed.focusKind && parsed.focusId) {
    const exists = parsed.focusKind === "system" ? prepared.systems.has(parsed.focusId) : prepared.integrations.has(parsed.focusId);
    if (!exists) throw new NotFoundError(`The ${parsed.focusKind}`);
    return { ...withinLimit(selectNeighbourhood(prepared, { kind: parsed.focusKind, id: parsed.focusId }, parsed.depth)), facets: graphFacets(prepared) };
  }
  if (parsed.view === "clusters") return { ...cachedOverview(prepared, parsed, parsed.groupBy ?? defaultGroupBy(parsed)), facets: graphFacets(prepared) };
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
 * What the graph page renders on the server: the filter menus' values, the name of a neighbourhood's focus
 * (null when it does not exist) and whether it opens on an overview (by which group) rather than the graph. The graph itself is fetched by the browser (GET /api/v1/graph), so that a
 * 1,000-node graph is not serialised into the page and hydrated in one long main-thread task.
 */
export async function findGraphFilters(
  db: PrismaClient,
  { actor, query }: { actor: Actor; query: GraphQuery },
): Promise<{ facets: GraphFacets; focusLabel: string | null; overview: GraphGroupBy | null }> {
  authorize(actor, "catalog.read");
  const prepared = await getPreparedGraph(db);
  const focused = query.focusKind && query.focusId;
  const focusLabel = focused ? describeEntity(prepared, query.focusKind!, query.focusId!) : null;
  let overview: GraphGroupBy | null = null;
  if (!focused) {
    const groupBy = query.groupBy ?? defaultGroupBy(query);
    const { totals } = cachedOverview(prepared, query, groupBy);
    if (query.view === "clusters" || totals.nodes > PAGE_GRAPH_NODES || totals.nodes + totals.edges > MAX_GRAPH_ELEMENTS) overview = groupBy;
  }
  return { facets: graphFacets(prepared), focusLabel, overview };
}
