import type { DependencyGraph, GraphEdge, GraphNode } from "@/lib/graph/graph-view";
import type { GraphGroupBy } from "@/lib/graph/schemas";

/** Beyond this many nodes the page starts from one cluster per business domain. */
export const CLUSTER_THRESHOLD = 300;

export interface ClusterNode {
  type: "cluster";
  id: string;
  /** The label: a business domain, or in a server overview the name of the group. */
  domain: string;
  size: number;
  /** A server overview's group (lib/graph/overview.ts): the filter that opens it, null when none can. */
  drillDown?: { name: GraphGroupBy; value: string } | null;
  /** A server overview's group: the integrations inside it, and how many of those are failing. */
  integrations?: number;
  failing?: number;
}

export interface BundleEdge {
  type: "bundle";
  id: string;
  source: string;
  target: string;
  count: number;
}

export interface ClusteredGraph {
  nodes: (GraphNode | ClusterNode)[];
  edges: (GraphEdge | BundleEdge)[];
}

export const clusterId = (domain: string) => `cluster:${domain}`;

/**
 * Collapses every business domain not in `expanded` into one cluster node; edges between collapsed parts become
 * one bundle per pair of ends, with the number of integrations and consumptions it stands for.
 */
export function clusterByDomain(graph: DependencyGraph, expanded: ReadonlySet<string>): ClusteredGraph {
  const owner = new Map<string, string>();
  const clusters = new Map<string, ClusterNode>();
  const nodes: (GraphNode | ClusterNode)[] = [];
  for (const node of graph.nodes) {
    if (expanded.has(node.businessDomain)) {
      nodes.push(node);
      owner.set(node.id, node.id);
      continue;
    }
    const id = clusterId(node.businessDomain);
    const cluster = clusters.get(id) ?? { type: "cluster" as const, id, domain: node.businessDomain, size: 0 };
    cluster.size++;
    clusters.set(id, cluster);
    owner.set(node.id, id);
  }
  nodes.push(...clusters.values());
  const edges: (GraphEdge | BundleEdge)[] = [];
  const bundles = new Map<string, BundleEdge>();
  for (const edge of graph.edges) {
    const source = owner.get(edge.source);
    const target = owner.get(edge.target);
    if (!source || !target) continue;
    if (source === edge.source && target === edge.target) {
      edges.push(edge);
      continue;
    }
    if (source === target) continue; // inside a collapsed cluster
    const id = `bundle:${source}->${target}`;
    const bundle = bundles.get(id) ?? { type: "bundle" as const, id, source, target, count: 0 };
    bundle.count++;
    bundles.set(id, bundle);
  }
  edges.push(...bundles.values());
  return { nodes, edges };
}
