"use client";

import { useCallback, useMemo, useState } from "react";
import { useSearchParams } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { CLUSTER_THRESHOLD, clusterByDomain, type ClusteredGraph, type ClusterNode } from "@/lib/graph/clusters";
import type { GraphAnswer } from "@/lib/graph/find-graph";
import { parseEntityKey } from "@/lib/graph/dependency-index";
import { fetchGraph, fetchImpact, graphKeys, type ImpactRequest } from "@/lib/graph/query-keys";
import { MAX_DEPTH, type GraphGroupBy, type GraphQuery, type ImpactDirection } from "@/lib/graph/schemas";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { impactHighlight, type Emphasis } from "./flow-elements";
import { GraphCanvas } from "./graph-canvas";
import { GraphLegend } from "./graph-legend";
import { GraphOverviewView } from "./graph-overview";
import { ImpactPanel } from "./impact-panel";
import { SelectionPanel } from "./selection-panel";

/** Writes the selection and impact into the URL without a server round trip, so the view can be shared. */
function replaceQuery(changes: Record<string, string | null>) {
  const params = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  window.history.replaceState(null, "", `${window.location.pathname}${params.size ? `?${params}` : ""}`);
}

const IMPACT_KINDS = new Set(["system", "integration", "consumer"]);

/**
 * The graph page's interactive part. It fetches the graph itself (GET /api/v1/graph, the same answer as the API's)
 * instead of receiving it from the server component: a large graph in the page's payload is parsed and hydrated
 * in one long main-thread task before anything is drawn.
 */
export function GraphExplorer({ query, clusterLargeGraph, overview }: { query: GraphQuery; clusterLargeGraph: boolean; overview: GraphGroupBy | null }) {
  const fetched = overview ? { ...query, view: "clusters" as const, groupBy: overview } : query;
  // One big answer that changes only with the catalog: no refetch on focus, no deep comparison with the last one.
  const answer = useQuery({ queryKey: graphKeys.view(fetched), queryFn: () => fetchGraph(fetched), refetchOnWindowFocus: false, structuralSharing: false });
  if (answer.isPending) {
    return (
      <div role="status" className="flex h-[70vh] min-h-[420px] items-center justify-center rounded-xl border border-slate-200 bg-white text-sm text-slate-700">
        Loading the dependency graph…
      </div>
    );
  }
  if (answer.isError) {
    return (
      <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-900">
        The graph could not be loaded: {answer.error.message}{" "}
        <button type="button" className={buttonStyles.link} onClick={() => void answer.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  const graph = answer.data;
  if ("groupBy" in graph) return <GraphOverviewView overview={graph} query={query} />;
  return <GraphView graph={graph} startClustered={clusterLargeGraph && graph.nodes.length > CLUSTER_THRESHOLD} showRetired={query.lifecycle === "retired"} />;
}

function GraphView({ graph, startClustered, showRetired }: { graph: GraphAnswer; startClustered: boolean; showRetired: boolean }) {
  const searchParams = useSearchParams();
  const selectedId = searchParams.get("selected");
  const direction: ImpactDirection | null =
    searchParams.get("impact") === "upstream" ? "upstream" : searchParams.get("impact") === "downstream" ? "downstream" : null;
  // Direct consumers first (one hop): "all hops" of a hub reaches a large part of the catalog, and is a choice.
  const depthParam = searchParams.get("impactDepth");
  const depthNumber = Number(depthParam);
  const impactDepth = depthParam === "all" ? undefined : Number.isInteger(depthNumber) && depthNumber >= 1 && depthNumber <= MAX_DEPTH ? depthNumber : 1;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [focusRequest, setFocusRequest] = useState<{ nodeId: string; nonce: number } | null>(null);
  const [search, setSearch] = useState("");
  const [searchMessage, setSearchMessage] = useState<string | null>(null);

  const selected = useMemo(() => {
    if (!selectedId) return null;
    return graph.nodes.find((node) => node.id === selectedId) ?? graph.edges.find((edge) => edge.id === selectedId) ?? null;
  }, [graph, selectedId]);

  const impactRequest = useMemo<ImpactRequest | null>(() => {
    if (!selectedId || !direction) return null;
    const ref = parseEntityKey(selectedId);
    if (!IMPACT_KINDS.has(ref.kind)) return null;
    return { kind: ref.kind, id: ref.id, direction, depth: impactDepth };
  }, [selectedId, direction, impactDepth]);
  const impact = useQuery({
    queryKey: impactRequest ? graphKeys.impact(impactRequest) : graphKeys.all,
    queryFn: () => fetchImpact(impactRequest!),
    enabled: impactRequest !== null,
  });
  const impactResult = impactRequest ? impact.data : undefined;

  const highlighted = useMemo(() => (impactResult ? impactHighlight(impactResult) : null), [impactResult]);
  // Clusters that hold something selected or impacted open by themselves.
  const openDomains = useMemo(() => {
    const open = new Set(expanded);
    const wanted = new Set<string>(highlighted ?? []);
    if (selectedId) wanted.add(selectedId);
    for (const node of graph.nodes) if (wanted.has(node.id)) open.add(node.businessDomain);
    return open;
  }, [expanded, highlighted, selectedId, graph]);
  const shown = useMemo<ClusteredGraph>(() => (startClustered ? clusterByDomain(graph, openDomains) : graph), [graph, startClustered, openDomains]);
  const emphasis = useMemo<Emphasis>(() => ({ highlighted, focusId: impactResult ? selectedId : null, selectedId }), [highlighted, impactResult, selectedId]);

  const select = useCallback((id: string | null) => {
    replaceQuery({ selected: id, impact: null, impactDepth: null });
  }, []);
  const openCluster = useCallback((cluster: ClusterNode) => setExpanded((current) => new Set([...current, cluster.domain])), []);
  const selectedCluster = selectedId?.startsWith("cluster:") ? shown.nodes.find((node) => node.id === selectedId) : undefined;

  // The suggestions (up to 2,000 options) are built when the search box is first used, not with the first picture,
  // and once per graph rather than on every keystroke.
  const [suggesting, setSuggesting] = useState(false);
  const nodeNames = useMemo(
    () => <datalist id="graph-node-names">{suggesting ? graph.nodes.slice(0, 2000).map((node) => <option key={node.id} value={node.name} />) : null}</datalist>,
    [graph, suggesting],
  );

  function focusSearch(event: React.FormEvent) {
    event.preventDefault();
    const term = search.trim().toLowerCase();
    if (!term) return;
    const match = graph.nodes.find((node) => node.name.toLowerCase() === term) ?? graph.nodes.find((node) => node.name.toLowerCase().includes(term));
    if (!match) {
      setSearchMessage(`Nothing on this graph is called “${search.trim()}”.`);
      return;
    }
    setSearchMessage(null);
    replaceQuery({ selected: match.id, impact: null, impactDepth: null });
    setFocusRequest({ nodeId: match.id, nonce: Date.now() });
  }

  if (graph.nodes.length === 0) {
    return (
      <EmptyState
        title="Nothing on the graph matches these filters."
        action={
          <a className={buttonStyles.secondary} href="/graph">
            Clear the filters
          </a>
        }
      >
        Loosen a filter, or register systems and integrations in the catalog.
      </EmptyState>
    );
  }

  const panelElement = selectedCluster ?? selected;
  return (
    <div className="space-y-3">
      <form onSubmit={focusSearch} className="flex flex-wrap items-end gap-2" role="search" aria-label="Find on the graph">
        <div>
          <label htmlFor="graph-search" className="block text-xs font-medium text-slate-700">
            Find a system or asset
          </label>
          <input
            id="graph-search"
            list="graph-node-names"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            onFocus={() => setSuggesting(true)}
            placeholder="e.g. Shopify Plus"
            className="mt-1 w-64 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
          {nodeNames}
        </div>
        <button type="submit" className={buttonStyles.secondary}>
          Focus
        </button>
        <p className="text-sm text-slate-700" role="status">
          {searchMessage ??
            `${graph.nodes.length} nodes, ${graph.edges.length} edges${startClustered ? ` — grouped by domain (double-click a cluster to expand it)` : ""}.`}
        </p>
        {startClustered ? (
          <a className={buttonStyles.link} href={`?${new URLSearchParams([...searchParams.entries(), ["expand", "all"]])}`}>
            Show every node
          </a>
        ) : null}
      </form>
      <div className="grid gap-3 xl:grid-cols-[1fr_22rem]">
        <GraphCanvas
          graph={shown}
          emphasis={emphasis}
          showRetired={showRetired}
          onSelect={select}
          onOpenCluster={openCluster}
          focusRequest={focusRequest}
          className="h-[70vh] min-h-[420px]"
        />
        <aside className="max-h-[70vh] overflow-y-auto rounded-xl border border-slate-200 bg-white p-4" aria-label="Details">
          {panelElement ? (
            <>
              <SelectionPanel element={panelElement} onOpenCluster={openCluster} />
              {selectedId && IMPACT_KINDS.has(parseEntityKey(selectedId).kind) ? (
                <div className="mt-4 border-t border-slate-200 pt-3">
                  <div className="flex flex-wrap items-end gap-2">
                    <button
                      type="button"
                      className={direction === "downstream" ? buttonStyles.primary : buttonStyles.secondary}
                      onClick={() => replaceQuery({ impact: "downstream" })}
                    >
                      What breaks if this changes?
                    </button>
                    <button
                      type="button"
                      className={direction === "upstream" ? buttonStyles.primary : buttonStyles.secondary}
                      onClick={() => replaceQuery({ impact: "upstream" })}
                    >
                      What feeds this?
                    </button>
                    <div>
                      <label htmlFor="impact-depth" className="block text-xs font-medium text-slate-700">
                        Depth
                      </label>
                      <select
                        id="impact-depth"
                        value={impactDepth ?? "all"}
                        onChange={(event) => replaceQuery({ impactDepth: event.target.value === "1" ? null : event.target.value })}
                        className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
                      >
                        {Array.from({ length: MAX_DEPTH }, (_, i) => i + 1).map((depth) => (
                          <option key={depth} value={depth}>
                            {depth === 1 ? "Direct (1 hop)" : `${depth} hops`}
                          </option>
                        ))}
                        <option value="all">Show all hops</option>
                      </select>
                    </div>
                  </div>
                  {impactRequest && impact.isPending ? (
                    <p className="mt-3 text-sm text-slate-700" role="status">
                      Tracing dependencies…
                    </p>
                  ) : null}
                  {impactRequest && impact.isError ? (
                    <p className="mt-3 text-sm text-red-800" role="alert">
                      {impact.error.message}
                    </p>
                  ) : null}
                  {impactRequest && impactResult ? <ImpactPanel request={impactRequest} result={impactResult} /> : null}
                </div>
              ) : null}
            </>
          ) : (
            <p className="text-sm text-slate-700">
              Select a system, an asset or an integration to see its facts and owners, and to trace what it feeds or what feeds it.
            </p>
          )}
        </aside>
      </div>
      <GraphLegend />
    </div>
  );
}
