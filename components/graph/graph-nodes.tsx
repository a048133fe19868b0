"use client";

import { memo } from "react";
import { Handle, Position, type NodeProps, type NodeTypes } from "@xyflow/react";
import type { ClusterFlowNode, ConsumerFlowNode, NodeState, SystemFlowNode } from "./flow-elements";
import { domainColour } from "./flow-elements";

const CRITICALITY_BORDER = { tier1: 4, tier2: 2.5, tier3: 1.5, tier4: 1 } as const;
const CONSUMER_ICONS = { system: "▣", dashboard: "▦", report: "▤", ai_model: "◈", workflow: "↻" } as const;

function emphasisClass({ dimmed, highlighted, focus }: NodeState, selected: boolean): string {
  if (focus) return "ring-4 ring-brand-600";
  if (selected) return "ring-2 ring-slate-900";
  if (highlighted) return "ring-2 ring-amber-500";
  return dimmed ? "opacity-25" : "";
}

const hidden = "!h-1.5 !w-1.5 !min-h-0 !min-w-0 !border-0 !bg-slate-400";

export const SystemNodeView = memo(function SystemNodeView({ data, selected }: NodeProps<SystemFlowNode>) {
  const { node } = data;
  const colour = domainColour(node.businessDomain);
  return (
    <div
      className={`flex h-[58px] w-[190px] flex-col justify-center rounded-lg px-2.5 text-left shadow-sm ${emphasisClass(data, selected)} ${node.lifecycle === "retired" ? "border-dashed" : ""}`}
      style={{
        background: colour.fill,
        borderColor: colour.stroke,
        borderWidth: CRITICALITY_BORDER[node.criticality],
        borderStyle: node.lifecycle === "active" ? "solid" : "dashed",
      }}
      data-testid="graph-node"
      data-node-id={node.id}
    >
      <Handle type="target" position={Position.Left} className={hidden} />
      <p className="truncate text-[13px] font-semibold text-slate-900" title={node.name}>
        {node.name}
      </p>
      <p className="truncate text-[11px] text-slate-700">
        {node.criticality === "tier1" ? <span className="mr-1 rounded bg-red-700 px-1 font-bold text-white">T1</span> : null}
        {node.kind.replace(/_/g, " ")} · {node.businessDomain}
        {node.lifecycle === "active" ? "" : ` · ${node.lifecycle}`}
      </p>
      <Handle type="source" position={Position.Right} className={hidden} />
    </div>
  );
});

export const ConsumerNodeView = memo(function ConsumerNodeView({ data, selected }: NodeProps<ConsumerFlowNode>) {
  const { node } = data;
  return (
    <div
      className={`flex h-[46px] w-[170px] items-center gap-2 rounded-full border-2 border-violet-700 bg-violet-50 px-3 ${emphasisClass(data, selected)}`}
      data-testid="graph-node"
      data-node-id={node.id}
    >
      <Handle type="target" position={Position.Left} className={hidden} />
      <span aria-hidden className="text-lg text-violet-800">
        {CONSUMER_ICONS[node.kind]}
      </span>
      <span className="min-w-0">
        <span className="block truncate text-xs font-semibold text-slate-900" title={node.name}>
          {node.name}
        </span>
        <span className="block truncate text-[10px] text-violet-900">{node.kind.replace(/_/g, " ")}</span>
      </span>
      <Handle type="source" position={Position.Right} className={hidden} />
    </div>
  );
});

export const ClusterNodeView = memo(function ClusterNodeView({ data, selected }: NodeProps<ClusterFlowNode>) {
  const { node } = data;
  const colour = domainColour(node.domain);
  return (
    <div
      className={`flex h-[72px] w-[210px] flex-col justify-center rounded-2xl border-4 border-double px-3 ${emphasisClass(data, selected)}`}
      style={{ background: colour.fill, borderColor: colour.stroke }}
      data-testid="graph-cluster"
    >
      <Handle type="target" position={Position.Left} className={hidden} />
      <p className="truncate text-sm font-semibold text-slate-900">{node.domain}</p>
      <p className="text-xs text-slate-700">{node.size} nodes · double-click to expand</p>
      <Handle type="source" position={Position.Right} className={hidden} />
    </div>
  );
});

// Declared once at module scope: a new object on each render would make React Flow remount every node.
export const GRAPH_NODE_TYPES = { system: SystemNodeView, consumer: ConsumerNodeView, cluster: ClusterNodeView } satisfies NodeTypes;
