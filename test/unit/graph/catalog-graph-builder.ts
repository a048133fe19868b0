import type { CatalogGraph, GraphConsumer, GraphContractVersion, GraphIntegration, GraphSystem } from "@/lib/graph/model";

/** A small in-memory catalog graph for the pure graph functions: ids are the names given. */
export function catalogGraph() {
  const graph: CatalogGraph = { systems: [], integrations: [], contractVersions: [], consumers: [] };
  const builder = {
    graph,
    system(id: string, fields: Partial<GraphSystem> = {}) {
      graph.systems.push({
        id,
        slug: id,
        name: id.toUpperCase(),
        kind: "crm",
        businessDomain: "Sales",
        criticality: "tier3",
        lifecycle: "active",
        isExternal: false,
        ownerTeam: null,
        ...fields,
      });
      return builder;
    },
    integration(id: string, source: string, target: string, fields: Partial<GraphIntegration> = {}) {
      graph.integrations.push({
        id,
        key: id.toUpperCase(),
        name: `${source} to ${target}`,
        sourceSystemId: source,
        targetSystemId: target,
        direction: "one_way",
        mechanism: "api_call",
        criticality: "tier3",
        lifecycle: "active",
        healthStatus: "healthy",
        ownerTeam: null,
        owners: [],
        capabilities: [],
        dataObjects: [],
        fieldsExchanged: [],
        permittedUses: [],
        ...fields,
      });
      return builder;
    },
    contractVersion(id: string, governs: { integrationId?: string; systemId?: string }, fields: Partial<GraphContractVersion> = {}) {
      graph.contractVersions.push({
        id,
        version: "1.0.0",
        status: "active",
        contract: {
          id: `contract-${id}`,
          slug: `contract-${id}`,
          name: `Contract ${id}`,
          integrationId: governs.integrationId ?? null,
          systemId: governs.systemId ?? null,
          ownerTeam: null,
          ownerUser: null,
        },
        ...fields,
      });
      return builder;
    },
    consumer(id: string, contractVersionId: string, fields: Partial<GraphConsumer> = {}) {
      graph.consumers.push({
        id,
        name: id.toUpperCase(),
        kind: "dashboard",
        systemId: null,
        contractVersionId,
        purpose: "Reads it.",
        fieldsUsed: [],
        ownerTeam: null,
        ownerUser: null,
        capabilities: [],
        ...fields,
      });
      return builder;
    },
  };
  return builder;
}
