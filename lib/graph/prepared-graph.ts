import { buildDependencyIndex, type DependencyIndex } from "@/lib/graph/dependency-index";
import type { CatalogGraph, GraphConsumer, GraphContractVersion, GraphIntegration, GraphSystem } from "@/lib/graph/model";

/** The catalog graph with its lookups and dependency index built once, so every query after that is cheap. */
export interface PreparedGraph {
  graph: CatalogGraph;
  index: DependencyIndex;
  systems: Map<string, GraphSystem>;
  integrations: Map<string, GraphIntegration>;
  contractVersions: Map<string, GraphContractVersion>;
  consumers: Map<string, GraphConsumer>;
}

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));

export function prepareGraph(graph: CatalogGraph): PreparedGraph {
  return {
    graph,
    index: buildDependencyIndex(graph),
    systems: byId(graph.systems),
    integrations: byId(graph.integrations),
    contractVersions: byId(graph.contractVersions),
    consumers: byId(graph.consumers),
  };
}
