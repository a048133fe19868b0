import type { GraphAnswer, OverviewAnswer } from "@/lib/graph/find-graph";
import type { ImpactResult } from "@/lib/graph/impact";
import type { EntityKind } from "@/lib/graph/model";
import type { GraphQuery, ImpactDirection, NeighbourhoodFocus } from "@/lib/graph/schemas";

export interface ImpactRequest {
  kind: EntityKind;
  id: string;
  direction: ImpactDirection;
  depth?: number;
}

/** React Query keys of the graph domain: invalidate `graphKeys.all` when the catalog changes. */
export const graphKeys = {
  all: ["graph"] as const,
  view: (query: GraphQuery) => [...graphKeys.all, "view", query] as const,
  neighbourhood: (focus: NeighbourhoodFocus, depth: number) => [...graphKeys.all, "neighbourhood", focus.kind, focus.id, depth] as const,
  impact: (request: ImpactRequest) => [...graphKeys.all, "impact", request.kind, request.id, request.direction, request.depth ?? "all"] as const,
};

export function impactUrl(request: ImpactRequest, format: "json" | "csv" = "json"): string {
  const params = new URLSearchParams({ kind: request.kind, id: request.id, direction: request.direction });
  if (request.depth) params.set("depth", String(request.depth));
  if (format === "csv") params.set("format", "csv");
  return `/api/v1/impact?${params}`;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as { detail?: string; title?: string } | null;
    throw new Error(problem?.detail ?? problem?.title ?? `The server answered ${response.status}.`);
  }
  return (await response.json()) as T;
}

// The answers carry type information only (no functions or dates), so the server's types describe them exactly.
export const fetchImpact = (request: ImpactRequest) => getJson<ImpactResult>(impactUrl(request));

export const fetchNeighbourhood = (focus: NeighbourhoodFocus, depth: number) =>
  getJson<GraphAnswer>(`/api/v1/graph?${new URLSearchParams({ focusKind: focus.kind, focusId: focus.id, depth: String(depth) })}`);

/** GET /api/v1/graph with the page's filters or focus: the query string of the page, minus what only the page reads. */
export function graphUrl(query: GraphQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value));
  return `/api/v1/graph${params.size ? `?${params}` : ""}`;
}

export const fetchGraph = (query: GraphQuery) => getJson<GraphAnswer | OverviewAnswer>(graphUrl(query));
