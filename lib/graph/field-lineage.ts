import { analyzeImpact, type ImpactResult } from "@/lib/graph/impact";
import type { EntityKind, GraphConsumer, GraphIntegration } from "@/lib/graph/model";
import type { PreparedGraph } from "@/lib/graph/prepared-graph";
import type { ImpactDirection } from "@/lib/graph/schemas";

/** What data a lineage or impact question is about: a field, a data object, both, or (neither) everything. */
export interface DataScope {
  field?: string;
  dataObject?: string;
}

/**
 * How precise an answer is. "system": every integration between the systems counts, whatever data it carries (the
 * coarse view); "field": only the integrations that carry the field or data object, and only the consumers that
 * declare the field.
 */
export type LineageScope = { level: "system" } | { level: "field"; field: string | null; dataObject: string | null };

export type ScopedImpactResult = ImpactResult & { scope: LineageScope };

const carries = (integration: GraphIntegration, scope: DataScope) =>
  (scope.field === undefined || integration.fieldsExchanged.includes(scope.field)) &&
  (scope.dataObject === undefined || integration.dataObjects.includes(scope.dataObject));

// A consumer is reached by a field only when it declares it; data objects are not declared by consumers.
const reads = (consumer: GraphConsumer, scope: DataScope) => scope.field === undefined || consumer.fieldsUsed.includes(scope.field);

// Masks are built once per prepared graph and scope: the graph is replaced (not changed) when the catalog changes.
const masks = new WeakMap<PreparedGraph, Map<string, Uint8Array>>();

/** By entity number, 1 for what carries or reads the scope's data (systems and contract versions always pass). */
export function passableFor(prepared: PreparedGraph, scope: DataScope): Uint8Array {
  const key = `${scope.field ?? ""}\u0000${scope.dataObject ?? ""}`;
  let byScope = masks.get(prepared);
  if (!byScope) masks.set(prepared, (byScope = new Map()));
  const cached = byScope.get(key);
  if (cached) return cached;
  const { entities } = prepared;
  const mask = new Uint8Array(entities.length).fill(1);
  for (let n = 0; n < entities.length; n++) {
    const entity = entities[n];
    if (entity.kind === "integration") mask[n] = carries(entity.record, scope) ? 1 : 0;
    else if (entity.kind === "consumer") mask[n] = reads(entity.record, scope) ? 1 : 0;
  }
  byScope.set(key, mask);
  return mask;
}

/**
 * Impact (downstream) or lineage (upstream) of one entity, by field and data object when the scope names one:
 * "what feeds net_revenue on the revenue dashboard" follows only the integrations that carry net_revenue, so its
 * graph highlights the path the field takes. Without a field or data object, the system-level answer.
 */
export function analyzeScopedImpact(
  prepared: PreparedGraph,
  query: { kind: EntityKind; id: string; direction: ImpactDirection; depth?: number; limit?: number } & DataScope,
): ScopedImpactResult {
  const { field, dataObject, ...rest } = query;
  if (field === undefined && dataObject === undefined) return { ...analyzeImpact(prepared, rest), scope: { level: "system" } };
  const scope: DataScope = { field, dataObject };
  const result = analyzeImpact(prepared, { ...rest, passable: passableFor(prepared, scope) });
  return { ...result, scope: { level: "field", field: field ?? null, dataObject: dataObject ?? null } };
}
