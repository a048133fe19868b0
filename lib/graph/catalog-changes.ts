import type { CatalogGraph } from "@/lib/graph/model";

/**
 * The records changed since the graph was loaded, each with whether it is still live (not archived): what a
 * reload after a catalog change needs to read instead of the whole catalog.
 */
export interface CatalogChanges {
  systems: Changed<CatalogGraph["systems"][number]>[];
  integrations: Changed<CatalogGraph["integrations"][number]>[];
  contractVersions: Changed<CatalogGraph["contractVersions"][number]>[];
  consumers: Changed<CatalogGraph["consumers"][number]>[];
}

export type Changed<T> = { live: true; record: T } | { live: false; id: string };

/** How many live records of each kind the catalog holds: a merge that disagrees missed something. */
export type LiveCounts = Record<keyof CatalogGraph, number>;

function merge<T extends { id: string }>(rows: T[], changes: Changed<T>[]): T[] {
  if (changes.length === 0) return rows;
  const changed = new Map(changes.map((change) => [change.live ? change.record.id : change.id, change]));
  const merged: T[] = [];
  for (const row of rows) {
    const change = changed.get(row.id);
    if (!change) merged.push(row);
    else if (change.live) merged.push(change.record);
    changed.delete(row.id);
  }
  for (const change of changed.values()) if (change.live) merged.push(change.record);
  return merged;
}

/**
 * The graph with the changed records replaced, the archived ones removed and the new ones appended (after the
 * records already known, so the order of a long-lived graph is its load order, then the order of changes). Null
 * when the result does not have the catalog's live counts (a record deleted outright, or changed without its
 * updatedAt moving): the caller then reloads everything.
 */
export function applyCatalogChanges(graph: CatalogGraph, changes: CatalogChanges, live: LiveCounts): CatalogGraph | null {
  const next: CatalogGraph = {
    systems: merge(graph.systems, changes.systems),
    integrations: merge(graph.integrations, changes.integrations),
    contractVersions: merge(graph.contractVersions, changes.contractVersions),
    consumers: merge(graph.consumers, changes.consumers),
  };
  const complete = (Object.keys(live) as (keyof CatalogGraph)[]).every((kind) => next[kind].length === live[kind]);
  return complete ? next : null;
}
