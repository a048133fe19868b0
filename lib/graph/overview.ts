import type { SystemKind } from "@/lib/generated/prisma/enums";
import type { BundleEdge, ClusterNode } from "@/lib/graph/clusters";
import { selectFilteredGraph, type GraphNode } from "@/lib/graph/graph-view";
import type { PreparedGraph } from "@/lib/graph/prepared-graph";
import type { GraphFilters, GraphGroupBy } from "@/lib/graph/schemas";

/**
 * The top of a large graph: one node per group of systems and assets (business domain, system kind or business
 * capability) with what it holds, and one bundle per pair of groups with the number of integrations and
 * consumptions between them. A few dozen elements whatever the catalog's size; a group is drilled into by
 * filtering on its value (`drillDown`), which gives the next, smaller graph or overview.
 */
export interface GraphOverview {
  groupBy: GraphGroupBy;
  nodes: Required<ClusterNode>[];
  edges: BundleEdge[];
  /** The size of the graph the overview stands for: what drawing it in full would take. */
  totals: { nodes: number; edges: number; failing: number };
}

export const SYSTEM_KIND_LABELS: Record<SystemKind, string> = {
  crm: "CRM",
  erp: "ERP",
  pim: "Product information",
  billing: "Billing",
  ecommerce: "E-commerce",
  marketplace: "Marketplace",
  support: "Customer support",
  data_warehouse: "Data warehouse",
  bi: "Business intelligence",
  feature_store: "Feature store",
  ai_model: "AI model",
  workflow: "Workflow",
  external_data_source: "External data source",
  ipaas: "Integration platform",
  other: "Other",
};

const NO_CAPABILITY = { value: "", label: "No business capability" };

interface Group {
  value: string;
  label: string;
}

/**
 * The business capability of a system: the one most of its integrations serve (ties: the first by name). A system
 * belongs to one group, so that the overview's counts add up.
 */
function primaryCapabilities(prepared: PreparedGraph): Map<string, Group> {
  const counts = new Map<string, Map<string, { group: Group; count: number }>>();
  for (const integration of prepared.graph.integrations) {
    for (const systemId of [integration.sourceSystemId, integration.targetSystemId]) {
      const perSystem = counts.get(systemId) ?? new Map<string, { group: Group; count: number }>();
      counts.set(systemId, perSystem);
      for (const capability of integration.capabilities) {
        const entry = perSystem.get(capability.slug) ?? { group: { value: capability.slug, label: capability.name }, count: 0 };
        entry.count++;
        perSystem.set(capability.slug, entry);
      }
    }
  }
  const primary = new Map<string, Group>();
  for (const [systemId, perSystem] of counts) {
    let best: { group: Group; count: number } | undefined;
    for (const entry of perSystem.values()) {
      if (!best || entry.count > best.count || (entry.count === best.count && entry.group.label < best.group.label)) best = entry;
    }
    if (best) primary.set(systemId, best.group);
  }
  return primary;
}

function groupOf(node: GraphNode, groupBy: GraphGroupBy, prepared: PreparedGraph, capabilities: () => Map<string, Group>): Group {
  if (groupBy === "domain") return { value: node.businessDomain, label: node.businessDomain || "No domain" };
  if (groupBy === "systemKind") {
    // An asset (dashboard, report…) sits with the systems of its kind's nearest match: "Other".
    const kind = node.type === "system" ? node.kind : "other";
    return { value: kind, label: SYSTEM_KIND_LABELS[kind] };
  }
  if (node.type === "system") return capabilities().get(node.entityId) ?? NO_CAPABILITY;
  return NO_CAPABILITY;
}

export function selectOverview(prepared: PreparedGraph, filters: GraphFilters, groupBy: GraphGroupBy): GraphOverview {
  const graph = selectFilteredGraph(prepared, filters);
  let capabilityCache: Map<string, Group> | undefined;
  const capabilities = () => (capabilityCache ??= primaryCapabilities(prepared));
  const owner = new Map<string, string>();
  const clusters = new Map<string, Required<ClusterNode>>();
  for (const node of graph.nodes) {
    const group = groupOf(node, groupBy, prepared, capabilities);
    const id = `cluster:${groupBy}:${group.value}`;
    let cluster = clusters.get(id);
    if (!cluster) {
      cluster = {
        type: "cluster",
        id,
        domain: group.label,
        size: 0,
        drillDown: group.value ? { name: groupBy, value: group.value } : null,
        integrations: 0,
        failing: 0,
      };
      clusters.set(id, cluster);
    }
    cluster.size++;
    owner.set(node.id, id);
  }
  const bundles = new Map<string, BundleEdge>();
  let failing = 0;
  for (const edge of graph.edges) {
    const source = owner.get(edge.source)!;
    const target = owner.get(edge.target)!;
    const isFailing = edge.type === "integration" && edge.healthStatus === "failing";
    if (isFailing) failing++;
    if (source === target) {
      const cluster = clusters.get(source)!;
      if (edge.type === "integration") cluster.integrations++;
      if (isFailing) cluster.failing++;
      continue;
    }
    const id = `bundle:${source}->${target}`;
    const bundle = bundles.get(id) ?? { type: "bundle" as const, id, source, target, count: 0 };
    bundle.count++;
    bundles.set(id, bundle);
  }
  return {
    groupBy,
    nodes: [...clusters.values()].sort((a, b) => b.size - a.size || a.domain.localeCompare(b.domain)),
    edges: [...bundles.values()],
    totals: { nodes: graph.nodes.length, edges: graph.edges.length, failing },
  };
}

// An overview changes only with the catalog: computed once per prepared graph and question, it then answers in
// microseconds (at 100,000 integrations computing it takes a few hundred milliseconds).
const overviews = new WeakMap<PreparedGraph, Map<string, GraphOverview>>();
const KEPT_PER_GRAPH = 200;

export function cachedOverview(prepared: PreparedGraph, filters: GraphFilters, groupBy: GraphGroupBy): GraphOverview {
  let cache = overviews.get(prepared);
  if (!cache) overviews.set(prepared, (cache = new Map()));
  const key = JSON.stringify([groupBy, filters]);
  let overview = cache.get(key);
  if (!overview) {
    overview = selectOverview(prepared, filters, groupBy);
    if (cache.size >= KEPT_PER_GRAPH) cache.delete(cache.keys().next().value!);
    cache.set(key, overview);
  }
  return overview;
}
