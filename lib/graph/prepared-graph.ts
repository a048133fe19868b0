import { buildDependencyIndex, parseEntityKey, type DependencyIndex } from "@/lib/graph/dependency-index";
import { buildImpactTables, type ImpactTables } from "@/lib/graph/impact-tables";
import type { CatalogGraph, GraphConsumer, GraphContractVersion, GraphIntegration, GraphSystem, IndexedEntity } from "@/lib/graph/model";

/** The catalog graph with its lookups and dependency index built once, so every query after that is cheap. */
export interface PreparedGraph {
  graph: CatalogGraph;
  index: DependencyIndex;
  systems: Map<string, GraphSystem>;
  integrations: Map<string, GraphIntegration>;
  contractVersions: Map<string, GraphContractVersion>;
  consumers: Map<string, GraphConsumer>;
  /** Aligned with `index.keys`. */
  entities: IndexedEntity[];
  impact: ImpactTables;
}

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));

// The steps of preparing a graph, with a pause between them where a caller may let other work run: at 10,000
// integrations each takes a hundred milliseconds or more, all of them together half a second.
function* preparingSteps(graph: CatalogGraph): Generator<void, PreparedGraph> {
  const index = buildDependencyIndex(graph);
  yield;
  const systems = byId(graph.systems);
  const integrations = byId(graph.integrations);
  const contractVersions = byId(graph.contractVersions);
  const consumers = byId(graph.consumers);
  const entities = index.keys.map((key): IndexedEntity => {
    const { kind, id } = parseEntityKey(key);
    if (kind === "system") return { kind, record: systems.get(id)! };
    if (kind === "integration") return { kind, record: integrations.get(id)! };
    if (kind === "contractVersion") return { kind, record: contractVersions.get(id)! };
    return { kind: "consumer", record: consumers.get(id)! };
  });
  yield;
  return { graph, index, systems, integrations, contractVersions, consumers, entities, impact: buildImpactTables(entities) };
}

export function prepareGraph(graph: CatalogGraph): PreparedGraph {
  const steps = preparingSteps(graph);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** prepareGraph, letting a server answer other requests (from the previous graph) between its steps. */
export async function prepareGraphBetweenRequests(graph: CatalogGraph): Promise<PreparedGraph> {
  const steps = preparingSteps(graph);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
