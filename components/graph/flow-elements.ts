import { MarkerType, Position, type Edge, type Node, type NodeHandle } from "@xyflow/react";
import type { BundleEdge, ClusteredGraph, ClusterNode } from "@/lib/graph/clusters";
import type { ConsumerNode, IntegrationEdge, SystemNode } from "@/lib/graph/graph-view";
import type { Positions } from "@/lib/graph/layered-layout";
import type { HealthStatus, IntegrationMechanism } from "@/lib/generated/prisma/enums";

/** Node sizes are fixed so that the layout can run before React measures anything. */
export const NODE_SIZES = {
  system: { width: 190, height: 58 },
  consumer: { width: 170, height: 46 },
  cluster: { width: 210, height: 72 },
} as const;

/** The 6 px handles of graph-nodes.tsx, centred on the left (target) and right (source) borders. */
const HANDLE_SIZE = 6;

function knownHandles({ width, height }: { width: number; height: number }): NodeHandle[] {
  const y = height / 2 - HANDLE_SIZE / 2;
  return [
    { type: "target", position: Position.Left, x: -HANDLE_SIZE / 2, y, width: HANDLE_SIZE, height: HANDLE_SIZE },
    { type: "source", position: Position.Right, x: width - HANDLE_SIZE / 2, y, width: HANDLE_SIZE, height: HANDLE_SIZE },
  ];
}

/**
 * Each node arrives measured, handles included: React Flow mounts (and measures) every node it has not measured
 * yet, even with `onlyRenderVisibleElements`, which made a thousand nodes one long main-thread task on the first
 * draw and again on every new selection. Known sizes let it mount only the nodes on screen.
 */
const KNOWN_GEOMETRY = {
  system: { measured: NODE_SIZES.system, handles: knownHandles(NODE_SIZES.system) },
  consumer: { measured: NODE_SIZES.consumer, handles: knownHandles(NODE_SIZES.consumer) },
  cluster: { measured: NODE_SIZES.cluster, handles: knownHandles(NODE_SIZES.cluster) },
};

// Dark-on-light pairs (text and border on a pale fill), all above 4.5:1 contrast.
export const DOMAIN_PALETTE = [
  { fill: "var(--color-blue-50)", stroke: "var(--color-blue-700)" },
  { fill: "var(--color-emerald-50)", stroke: "var(--color-emerald-700)" },
  { fill: "var(--color-fuchsia-50)", stroke: "var(--color-fuchsia-700)" },
  { fill: "var(--color-orange-50)", stroke: "var(--color-orange-700)" },
  { fill: "var(--color-teal-50)", stroke: "var(--color-teal-700)" },
  { fill: "var(--color-red-50)", stroke: "var(--color-red-700)" },
  { fill: "var(--color-violet-50)", stroke: "var(--color-violet-700)" },
  { fill: "var(--color-yellow-50)", stroke: "var(--color-yellow-800)" },
  { fill: "var(--color-slate-100)", stroke: "var(--color-slate-700)" },
  { fill: "var(--color-cyan-50)", stroke: "var(--color-cyan-700)" },
] as const;

export function domainColour(domain: string) {
  let hash = 0;
  for (let i = 0; i < domain.length; i++) hash = (hash * 31 + domain.charCodeAt(i)) >>> 0;
  return DOMAIN_PALETTE[hash % DOMAIN_PALETTE.length];
}

export const HEALTH_COLOURS: Record<HealthStatus, string> = {
  healthy: "var(--color-green-700)",
  fragile: "var(--color-amber-700)",
  degraded: "var(--color-orange-700)",
  failing: "var(--color-red-700)",
  unknown: "var(--color-slate-500)",
  stale: "var(--color-violet-600)",
  unmonitored: "var(--color-slate-500)",
};

export const MECHANISM_DASHES: Record<IntegrationMechanism, string | undefined> = {
  api_call: undefined,
  event_message: "8 4",
  file_transfer: "2 4",
  database_to_database: undefined,
  ipaas_flow: "12 4 2 4",
  manual: "1 6",
  email: "1 6",
};

export interface Emphasis {
  /** Element ids of an impact or lineage result (with its focus); everything else is dimmed. */
  highlighted: ReadonlySet<string> | null;
  focusId: string | null;
  selectedId: string | null;
}

// A type alias, not an interface: React Flow's node data must be indexable.
export type NodeState = {
  dimmed: boolean;
  highlighted: boolean;
  focus: boolean;
};

export type SystemFlowNode = Node<{ node: SystemNode } & NodeState, "system">;
export type ConsumerFlowNode = Node<{ node: ConsumerNode } & NodeState, "consumer">;
export type ClusterFlowNode = Node<{ node: ClusterNode } & NodeState, "cluster">;
export type GraphFlowNode = SystemFlowNode | ConsumerFlowNode | ClusterFlowNode;

/** Lifecycle styles of an integration edge: deprecated is grey and dashed, retired (when drawn at all) struck. */
export const LIFECYCLE_EDGE_STYLES = {
  deprecated: { stroke: "var(--color-slate-500)", dash: "6 4", opacity: 0.85 },
  retired: { stroke: "var(--color-slate-400)", dash: "2 6", opacity: 0.6 },
} as const;

/** Above this many edges the lifecycle labels are left to the selected and highlighted edges: hundreds of labels
 * are unreadable, and each one is measured by React Flow when it is drawn. */
export const LABELLED_EDGES_LIMIT = 300;

export interface FlowOptions {
  /** Draw retired integrations (struck through); otherwise they are left out, unless selected or the focus. */
  showRetired?: boolean;
}

function integrationStyle(
  edge: IntegrationEdge,
  dimmed: boolean,
  highlighted: boolean,
  labelled: boolean,
): Pick<Edge, "style" | "label" | "labelStyle" | "markerEnd" | "markerStart" | "className"> {
  const lifecycle = edge.lifecycle === "deprecated" || edge.lifecycle === "retired" ? LIFECYCLE_EDGE_STYLES[edge.lifecycle] : null;
  const colour = lifecycle?.stroke ?? HEALTH_COLOURS[edge.healthStatus];
  const width = edge.mechanism === "database_to_database" ? 3 : edge.criticality === "tier1" ? 2.5 : 1.5;
  const marker = { type: MarkerType.ArrowClosed, color: colour, width: 16, height: 16 };
  return {
    style: {
      stroke: colour,
      strokeWidth: highlighted ? width + 1.5 : width,
      strokeDasharray: lifecycle?.dash ?? MECHANISM_DASHES[edge.mechanism],
      opacity: dimmed ? 0.12 : (lifecycle?.opacity ?? 1),
    },
    label: edge.lifecycle !== "active" && labelled ? `${edge.key} · ${edge.lifecycle}` : undefined,
    labelStyle: edge.lifecycle === "retired" ? { textDecoration: "line-through" } : undefined,
    markerEnd: marker,
    markerStart: edge.direction === "bidirectional" ? marker : undefined,
    className: edge.lifecycle === "active" ? undefined : `edge-${edge.lifecycle}`,
  };
}

/**
 * Domain graph (possibly clustered) + positions + emphasis -> React Flow nodes and edges. Pure, so it is unit
 * tested and can be memoised on its inputs.
 */
export function toFlowElements(
  graph: ClusteredGraph,
  positions: Positions,
  emphasis: Emphasis,
  options: FlowOptions = {},
): { nodes: GraphFlowNode[]; edges: Edge[] } {
  const state = (id: string): NodeState => ({
    dimmed: emphasis.highlighted !== null && !emphasis.highlighted.has(id),
    highlighted: emphasis.highlighted?.has(id) ?? false,
    focus: emphasis.focusId === id,
  });
  const nodes = graph.nodes.map((node) => {
    const size = NODE_SIZES[node.type];
    const base = {
      id: node.id,
      position: positions[node.id] ?? { x: 0, y: 0 },
      width: size.width,
      height: size.height,
      ...KNOWN_GEOMETRY[node.type],
      selected: emphasis.selectedId === node.id,
    };
    if (node.type === "system") return { ...base, type: "system", data: { node, ...state(node.id) } } satisfies SystemFlowNode;
    if (node.type === "consumer") return { ...base, type: "consumer", data: { node, ...state(node.id) } } satisfies ConsumerFlowNode;
    return { ...base, type: "cluster", data: { node, ...state(node.id) } } satisfies ClusterFlowNode;
  });
  const labelAll = graph.edges.length <= LABELLED_EDGES_LIMIT;
  const edges: Edge[] = [];
  for (const edge of graph.edges) {
    const selected = emphasis.selectedId === edge.id;
    if (edge.type === "integration" && edge.lifecycle === "retired" && !options.showRetired && !selected && emphasis.focusId !== edge.id) continue;
    const dimmed = emphasis.highlighted !== null && !emphasis.highlighted.has(edge.id);
    const highlighted = emphasis.highlighted?.has(edge.id) ?? false;
    const base = { id: edge.id, source: edge.source, target: edge.target, selected, zIndex: highlighted ? 1 : 0 };
    if (edge.type === "integration") edges.push({ ...base, ...integrationStyle(edge, dimmed, highlighted, labelAll || selected || highlighted) });
    else if (edge.type === "bundle") edges.push(bundleEdge(base, edge));
    else
      edges.push({
        ...base,
        style: { stroke: "var(--color-violet-700)", strokeWidth: highlighted ? 2.5 : 1.25, strokeDasharray: "3 3", opacity: dimmed ? 0.12 : 1 },
        markerEnd: { type: MarkerType.Arrow, color: "#6d28d9" },
      });
  }
  return { nodes, edges };
}

function bundleEdge(base: Pick<Edge, "id" | "source" | "target">, edge: BundleEdge): Edge {
  return {
    ...base,
    label: String(edge.count),
    style: { stroke: "var(--color-slate-600)", strokeWidth: Math.min(8, 1 + Math.log2(edge.count + 1)) },
    markerEnd: { type: MarkerType.ArrowClosed, color: "#475569" },
  };
}

/** Element ids to highlight for an impact result: its focus, what it reached, and the edges between them. */
export function impactHighlight(result: { focus: { kind: string; id: string }; graph: { nodes: string[]; edges: string[] } }): Set<string> {
  return new Set([`${result.focus.kind}:${result.focus.id}`, ...result.graph.nodes, ...result.graph.edges]);
}

export interface FlowArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of the graph (flow coordinates) shown by a viewport in a pane of the given size, widened by `margin`
 * of its size on every side so that a short pan needs nothing new. */
export function viewedArea(viewport: { x: number; y: number; zoom: number }, pane: { width: number; height: number }, margin = 0.5): FlowArea {
  const width = pane.width / viewport.zoom;
  const height = pane.height / viewport.zoom;
  return {
    x: -viewport.x / viewport.zoom - width * margin,
    y: -viewport.y / viewport.zoom - height * margin,
    width: width * (1 + 2 * margin),
    height: height * (1 + 2 * margin),
  };
}

/**
 * The edges with at least one end in `area`, and the selected one. In a large graph most edges that cross the
 * screen join two nodes off screen: drawing only those that touch what is shown keeps a pan frame short, and the
 * picture readable.
 */
export function edgesTouching(edges: Edge[], nodes: Pick<Node, "id" | "position" | "width" | "height">[], area: FlowArea, selectedId: string | null): Edge[] {
  const inside = new Set<string>();
  for (const node of nodes) {
    const { x, y } = node.position;
    if (x + (node.width ?? 0) >= area.x && x <= area.x + area.width && y + (node.height ?? 0) >= area.y && y <= area.y + area.height) inside.add(node.id);
  }
  return edges.filter((edge) => inside.has(edge.source) || inside.has(edge.target) || edge.id === selectedId);
}
