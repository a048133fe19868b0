"use client";

import "@xyflow/react/dist/style.css";
import { useEffect, useMemo } from "react";
import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow, type Edge, type Node } from "@xyflow/react";
import type { ClusteredGraph } from "@/lib/graph/clusters";
import type { LayoutInput } from "@/lib/graph/layered-layout";
import { domainColour, NODE_SIZES, toFlowElements, type Emphasis, type GraphFlowNode } from "./flow-elements";
import { GRAPH_NODE_TYPES } from "./graph-nodes";
import { useGraphLayout } from "./use-graph-layout";

export interface GraphCanvasProps {
  graph: ClusteredGraph;
  emphasis: Emphasis;
  onSelect?: (elementId: string | null) => void;
  onOpenCluster?: (domain: string) => void;
  /** Pan and zoom to this node; `nonce` repeats the move for the same node. */
  focusRequest?: { nodeId: string; nonce: number } | null;
  compact?: boolean;
  className?: string;
}

/**
 * Above this many nodes the first view is not the whole graph: at a readable zoom React Flow renders only what is
 * on screen (the minimap shows the rest), instead of thousands of elements in one long main-thread task.
 */
const OVERVIEW_LIMIT = 400;
const READABLE_ZOOM = 0.5;

const minimapColour = (node: Node) => {
  const data = (node as GraphFlowNode).data;
  if (data.node.type === "consumer") return "#6d28d9";
  return domainColour(data.node.type === "cluster" ? data.node.domain : data.node.businessDomain).stroke;
};

function Canvas({ graph, emphasis, onSelect, onOpenCluster, focusRequest, compact = false, className = "" }: GraphCanvasProps) {
  const layoutInput = useMemo<LayoutInput>(
    () => ({
      nodes: graph.nodes.map((node) => ({ id: node.id, ...NODE_SIZES[node.type] })),
      edges: graph.edges.map((edge) => ({ source: edge.source, target: edge.target })),
    }),
    [graph],
  );
  const layout = useGraphLayout(layoutInput);
  const elements = useMemo(() => (layout.positions ? toFlowElements(graph, layout.positions, emphasis) : null), [graph, layout.positions, emphasis]);
  const flow = useReactFlow();

  const large = graph.nodes.length > OVERVIEW_LIMIT;
  useEffect(() => {
    if (!elements) return;
    // After a new layout, show all of it (the next frame: React Flow measures first), or its middle when large.
    const frame = requestAnimationFrame(() => void flow.fitView({ padding: 0.1, duration: 0, minZoom: large ? READABLE_ZOOM : undefined }));
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
        nodes={elements.nodes}
        edges={elements.edges as Edge[]}
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
        onNodeDoubleClick={(_, node) => {
          const data = (node as GraphFlowNode).data;
          if (data.node.type === "cluster") onOpenCluster?.(data.node.domain);
        }}
        proOptions={{ hideAttribution: false }}
      >
        <Background gap={24} color="#e2e8f0" />
        <Controls showInteractive={false} />
        {compact ? null : <MiniMap pannable zoomable nodeColor={minimapColour} nodeStrokeWidth={0} ariaLabel="Minimap of the dependency graph" />}
      </ReactFlow>
    </div>
  );
}

/** A React Flow view of a (possibly clustered) dependency graph, laid out in layers, left to right. */
export function GraphCanvas(props: GraphCanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}
