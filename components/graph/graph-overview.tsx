"use client";

import { useCallback, useMemo } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ClusterNode } from "@/lib/graph/clusters";
import type { OverviewAnswer } from "@/lib/graph/find-graph";
import type { GraphGroupBy, GraphQuery } from "@/lib/graph/schemas";
import { GraphCanvas } from "./graph-canvas";
import type { Emphasis } from "./flow-elements";

const GROUP_NAMES: Record<GraphGroupBy, string> = { domain: "business domain", systemKind: "system kind", capability: "business capability" };
const NO_EMPHASIS: Emphasis = { highlighted: null, focusId: null, selectedId: null };

/** The page's address with one more filter: the group's; the grouping and the selection start again. */
function drillDownHref(query: GraphQuery, cluster: ClusterNode): string | null {
  if (!cluster.drillDown) return null;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && name !== "groupBy" && name !== "view") params.set(name, String(value));
  }
  params.set(cluster.drillDown.name, cluster.drillDown.value);
  return `/graph?${params}`;
}

/**
 * A graph too large to draw node by node (over 2,000 nodes) opens on its overview: one node per group, bundles
 * between groups with their integration counts. Double-clicking a group, or its link in the list beside the
 * canvas, filters the page to it: the next level is drawn in full when it fits, else grouped again.
 */
export function GraphOverviewView({ overview, query }: { overview: OverviewAnswer; query: GraphQuery }) {
  const router = useRouter();
  const graph = useMemo(() => ({ nodes: overview.nodes, edges: overview.edges }), [overview]);
  const open = useCallback(
    (cluster: ClusterNode) => {
      const href = drillDownHref(query, cluster);
      if (href) router.push(href);
    },
    [query, router],
  );
  const { totals } = overview;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700" role="status">
        {totals.nodes.toLocaleString("en")} systems and assets and {totals.edges.toLocaleString("en")} connections ({totals.failing.toLocaleString("en")}{" "}
        failing) are too many to draw one by one: grouped by {GROUP_NAMES[overview.groupBy]}. Double-click a group, or pick it in the list, to open it.
      </p>
      <div className="grid gap-3 xl:grid-cols-[1fr_22rem]">
        <GraphCanvas graph={graph} emphasis={NO_EMPHASIS} onOpenCluster={open} className="h-[70vh] min-h-[420px]" />
        <nav className="max-h-[70vh] overflow-y-auto rounded-xl border border-slate-200 bg-white p-4" aria-label="Groups of the graph">
          <h2 className="text-sm font-semibold text-slate-900">Groups</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {overview.nodes.map((cluster) => {
              const href = drillDownHref(query, cluster);
              const facts = `${cluster.size.toLocaleString("en")} systems and assets, ${(cluster.integrations ?? 0).toLocaleString("en")} integrations inside${cluster.failing ? `, ${cluster.failing.toLocaleString("en")} failing` : ""}`;
              return (
                <li key={cluster.id}>
                  {href ? (
                    <Link className="font-medium text-sky-800 underline-offset-2 hover:underline" href={href}>
                      {cluster.domain}
                    </Link>
                  ) : (
                    <span className="font-medium text-slate-900">{cluster.domain}</span>
                  )}
                  <span className="block text-xs text-slate-700">{facts}</span>
                </li>
              );
            })}
          </ul>
        </nav>
      </div>
    </div>
  );
}
