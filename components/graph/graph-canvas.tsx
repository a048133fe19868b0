"use client";

import "@xyflow/react/dist/style.css";
import { memo, startTransition, useEffect, useMemo, useState } from "react";
import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow, useStore, type Edge, type Node, type Viewport } from "@xyflow/react";
import { useColorScheme } from "@/components/shell/use-color-scheme";
import type { ClusteredGraph, ClusterNode } from "@/lib/graph/clusters";
import type { LayoutInput } from "@/lib/graph/layered-layout";
import { domainColour, edgesTouching, NODE_SIZES, toFlowElements, viewedArea, type Emphasis, type FlowArea, type GraphFlowNode } from "./flow-elements";
import { GRAPH_NODE_TYPES } from "./graph-nodes";
import { useGraphLayout } from "./use-graph-layout";

export interface GraphCanvasProps {
  graph: ClusteredGraph;
  emphasis: Emphasis;
  onSelect?: (elementId: string | null) => void;
  onOpenCluster?: (cluster: ClusterNode) => void;
  /** Pan and zoom to this node; `nonce` repeats the move for the same node. */
  focusRequest?: { nodeId: string; nonce: number } | null;
  compact?: boolean;
  /** Draw retired integrations too (struck through), e.g. when the lifecycle filter asks for them. */
  showRetired?: boolean;
  className?: string;
}

/**
 * Above this many nodes the first view is not the whole graph: at a readable zoom React Flow renders only what is
 * on screen (the minimap shows the rest), instead of thousands of elements in one long main-thread task.
 */
const OVERVIEW_LIMIT = 400;
const NO_EDGES: Edge[] = [];
const MINIMAP_DELAY_MS = 400;
const READABLE_ZOOM = 0.5;

/**
 * Edges are handed to React Flow in batches of this many, one batch per frame: mounting thousands of edge
 * components in one commit was the page's longest main-thread task (1.7-2 s at 5,900 edges). Nodes come first.
 */
const EDGE_BATCH = 300;

/** The first `EDGE_BATCH` edges, then one more batch per frame until all are drawn; again from the start on a new layout. */
function useEdgesInBatches(edges: Edge[], layout: unknown): Edge[] {
  const [drawn, setDrawn] = useState({ layout, count: EDGE_BATCH });
  const count = drawn.layout === layout ? drawn.count : EDGE_BATCH;
  useEffect(() => {
    if (count >= edges.length) return;
    const frame = requestAnimationFrame(() => startTransition(() => setDrawn({ layout, count: count + EDGE_BATCH })));
    return () => cancelAnimationFrame(frame);
  }, [count, edges.length, layout]);
  return useMemo(() => (count >= edges.length ? edges : edges.slice(0, count)), [edges, count]);
}

const minimapColour = (node: Node) => {
  const data = (node as GraphFlowNode).data;
  if (data.node.type === "consumer") return "var(--color-violet-700)";
  return domainColour(data.node.type === "cluster" ? data.node.domain : data.node.businessDomain).stroke;
};

function Canvas({ graph, emphasis, onSelect, onOpenCluster, focusRequest, compact = false, showRetired = false, className = "" }: GraphCanvasProps) {
  const layoutInput = useMemo<LayoutInput>(
    () => ({
      nodes: graph.nodes.map((node) => ({ id: node.id, ...NODE_SIZES[node.type] })),
      edges: graph.edges.map((edge) => ({ source: edge.source, target: edge.target })),
    }),
    [graph],
  );
  const layout = useGraphLayout(layoutInput);
  const elements = useMemo(
    () => (layout.positions ? toFlowElements(graph, layout.positions, emphasis, { showRetired }) : null),
    [graph, layout.positions, emphasis, showRetired],
  );
  const flow = useReactFlow();
  const colorMode = useColorScheme();
  const large = graph.nodes.length > OVERVIEW_LIMIT;

  // A large graph draws the edges that touch the area on screen (and around it), refreshed when a pan or zoom ends.
  const pane = useStore(
    (state) => ({ width: state.width, height: state.height }),
    (a, b) => a.width === b.width && a.height === b.height,
  );
  const [area, setArea] = useState<{ layout: unknown; area: FlowArea } | null>(null);
  const showArea = (viewport: Viewport) => setArea({ layout: layout.positions, area: viewedArea(viewport, pane) });
  const nearEdges = useMemo(() => {
    if (!elements || !large) return elements?.edges ?? NO_EDGES;
    if (!area || area.layout !== layout.positions) return NO_EDGES; // nodes first; their edges once the view is set
    return edgesTouching(elements.edges, elements.nodes, area.area, emphasis.selectedId);
  }, [elements, large, area, layout.positions, emphasis.selectedId]);
  const edges = useEdgesInBatches(nearEdges, layout.positions);
  // The minimap draws every node: for a large graph it comes after the first picture, not in the same task.
  const [minimapFor, setMinimapFor] = useState<unknown>(null);
  useEffect(() => {
    if (!layout.positions || !large) return;
    const timer = setTimeout(() => startTransition(() => setMinimapFor(layout.positions)), MINIMAP_DELAY_MS);
    return () => clearTimeout(timer);
  }, [layout.positions, large]);
  const showMinimap = !compact && (!large || minimapFor === layout.positions);

  useEffect(() => {
    if (!elements) return;
    // After a new layout, show all of it (the next frame: React Flow measures first), or its middle when large.
    const frame = requestAnimationFrame(() => {
      void flow.fitView({ padding: 0.1, duration: 0, minZoom: large ? READABLE_ZOOM : undefined }).then(() => showArea(flow.getViewport()));
    });
    return () => cancelAnimationFrame(frame);
  }, [elements?.nodes.length, layout.positions]); // eslint-disable-line react-hooks/exhaustive-deps -- refit on a new layout only, not on emphasis

  useEffect(() => {
    if (!focusRequest || !elements) return;
    void flow.fitView({ nodes: [{ id: focusRequest.nodeId }], duration: 400, maxZoom: 1.3, minZoom: 0.6 });
  }, [focusRequest, flow, elements]);

  if (!elements) {
    return (
      <div className={`flex items-center justify-center rounded-xl border border-slate-200 bg-white text-sm text-slate-700 ${className}`} role="status">
        Laying out {graph.nodes.length} nodes and {graph.edges.length} edges…
      </div>
    );
  }
  return (
    <div
      className={`rounded-xl border border-slate-200 bg-white ${className}`}
      data-testid="graph-canvas"
      data-layout-where={layout.where}
      data-layout-ms={layout.milliseconds === null ? "" : Math.round(layout.milliseconds)}
      data-node-count={elements.nodes.length}
      data-edge-count={elements.edges.length}
    >
      <ReactFlow
        colorMode={colorMode}
        nodes={elements.nodes}
        edges={edges}
        nodeTypes={GRAPH_NODE_TYPES}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable
        onlyRenderVisibleElements={elements.nodes.length > 200}
        minZoom={0.05}
        fitView={!large}
        fitViewOptions={large ? undefined : { padding: 0.1 }}
        onNodeClick={(_, node) => onSelect?.(node.id)}
        onEdgeClick={(_, edge) => onSelect?.(edge.id)}
        onPaneClick={() => onSelect?.(null)}
        onMoveEnd={large ? (_, viewport) => showArea(viewport) : undefined}
        onNodeDoubleClick={(_, node) => {
          const data = (node as GraphFlowNode).data;
          if (data.node.type === "cluster") onOpenCluster?.(data.node);
        }}
        proOptions={{ hideAttribution: false }}
      >
        <Background gap={24} color="var(--color-slate-200)" />
        <Controls showInteractive={false} />
        {!showMinimap ? null : <MiniMap pannable zoomable nodeColor={minimapColour} nodeStrokeWidth={0} ariaLabel="Minimap of the dependency graph" />}
      </ReactFlow>
    </div>
  );
}

/**
 * A React Flow view of a (possibly clustered) dependency graph, laid out in layers, left to right. Memoised: typing
 * in the page's search box must not re-render a thousand nodes.
 */
export const GraphCanvas = memo(function GraphCanvas(props: GraphCanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
});
