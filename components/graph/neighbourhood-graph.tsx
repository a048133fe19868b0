"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { catalogLinks } from "@/lib/graph/catalog-links";
import { fetchNeighbourhood, graphKeys } from "@/lib/graph/query-keys";
import { DEFAULT_NEIGHBOURHOOD_DEPTH, type NeighbourhoodFocus } from "@/lib/graph/schemas";
import { buttonStyles } from "@/components/ui/button-styles";
import type { Emphasis } from "./flow-elements";
import { GraphCanvas } from "./graph-canvas";

/**
 * The neighbourhood graph that system and integration detail pages embed: everything within `depth` hops up and
 * down of the focus. Clicking a node or an integration opens its catalog page.
 */
export function NeighbourhoodGraph({ focus, depth = DEFAULT_NEIGHBOURHOOD_DEPTH }: { focus: NeighbourhoodFocus; depth?: number }) {
  const router = useRouter();
  const query = useQuery({ queryKey: graphKeys.neighbourhood(focus, depth), queryFn: () => fetchNeighbourhood(focus, depth) });
  const focusId = `${focus.kind}:${focus.id}`;
  const emphasis = useMemo<Emphasis>(() => ({ highlighted: null, focusId, selectedId: focus.kind === "integration" ? focusId : null }), [focusId, focus.kind]);
  const graph = query.data;

  const open = useCallback(
    (elementId: string | null) => {
      if (!elementId || !graph) return;
      const node = graph.nodes.find((candidate) => candidate.id === elementId);
      if (node) return router.push(node.type === "system" ? catalogLinks.system(node.slug) : catalogLinks.consumer(node.entityId));
      const edge = graph.edges.find((candidate) => candidate.id === elementId);
      if (edge?.type === "integration") router.push(catalogLinks.integration(edge.key));
      else if (edge?.type === "consumption") router.push(catalogLinks.contract(edge.contract.slug));
    },
    [graph, router],
  );

  const graphHref = `/graph?${new URLSearchParams({ focusKind: focus.kind, focusId: focus.id, depth: String(depth) })}`;
  return (
    <section aria-label="Dependency neighbourhood" className="space-y-2">
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-base font-semibold text-slate-900">Dependencies within {depth} hops</h2>
        <Link className={buttonStyles.link} href={graphHref}>
          Open in the graph
        </Link>
      </div>
      {query.isPending ? (
        <div role="status" className="flex h-80 items-center justify-center rounded-xl border border-slate-200 bg-white text-sm text-slate-700">
          Loading the neighbourhood…
        </div>
      ) : query.isError ? (
        <p role="alert" className="rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-900">
          The neighbourhood could not be loaded: {query.error.message}
        </p>
      ) : graph && graph.edges.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-700">
          Nothing depends on this yet, and it depends on nothing: register its integrations and consumers in the catalog.
        </p>
      ) : graph ? (
        <GraphCanvas graph={graph} emphasis={emphasis} onSelect={open} compact className="h-80" />
      ) : null}
    </section>
  );
}
