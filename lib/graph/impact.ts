import { NotFoundError } from "@/lib/auth/permissions";
import { toCsv } from "@/lib/catalog/csv";
import { walkDependencies } from "@/lib/graph/dependency-index";
import type { ConsumerKind, Criticality, HealthStatus } from "@/lib/generated/prisma/enums";
import { KIND_NUMBERS } from "@/lib/graph/impact-tables";
import type { CapabilityRef, EntityKind, GraphConsumer, GraphContractVersion, GraphIntegration, GraphSystem } from "@/lib/graph/model";
import type { PreparedGraph } from "@/lib/graph/prepared-graph";
import type { ImpactDirection } from "@/lib/graph/schemas";

export interface ImpactedSystem {
  id: string;
  slug: string;
  name: string;
  depth: number;
  criticality: Criticality;
}
export interface ImpactedIntegration {
  id: string;
  key: string;
  name: string;
  depth: number;
  sourceSystem: string;
  targetSystem: string;
  criticality: Criticality;
  healthStatus: HealthStatus;
}
export interface ImpactedContractVersion {
  id: string;
  contractSlug: string;
  name: string;
  version: string;
  depth: number;
}
export interface ImpactedConsumer {
  id: string;
  name: string;
  kind: ConsumerKind;
  depth: number;
}
export interface OwnerToNotify {
  kind: "person" | "team";
  id: string;
  name: string;
  email: string | null;
  /** What each owner is notified about, e.g. "INT-0042 (data owner)". */
  reasons: string[];
  /** All reasons, when `reasons` shows only the first few. */
  reasonCount: number;
}

/**
 * The ids of the nodes and edges of GET /api/v1/graph that the impact covers, to highlight: references, not the
 * full nodes and edges, because an impact can reach most of a 10,000-integration catalog and the page already
 * holds the facts. Complete whatever the list limit.
 */
export interface ImpactGraph {
  nodes: string[];
  edges: string[];
}

export interface ImpactResult {
  focus: { kind: EntityKind; id: string; label: string };
  direction: ImpactDirection;
  depth: number | null;
  /** Complete counts; the lists hold at most `limit` items each, nearest first. */
  totals: { systems: number; integrations: number; contractVersions: number; consumers: number };
  systems: ImpactedSystem[];
  integrations: ImpactedIntegration[];
  contractVersions: ImpactedContractVersion[];
  consumers: ImpactedConsumer[];
  capabilities: CapabilityRef[];
  owners: OwnerToNotify[];
  /** The focus and everything impacted, as node and edge references of the graph (GET /api/v1/graph) to highlight. */
  graph: ImpactGraph;
}

export function describeEntity(prepared: PreparedGraph, kind: EntityKind, id: string): string | null {
  switch (kind) {
    case "system":
      return prepared.systems.get(id)?.name ?? null;
    case "integration": {
      const integration = prepared.integrations.get(id);
      return integration ? `${integration.key} ${integration.name}` : null;
    }
    case "contractVersion": {
      const version = prepared.contractVersions.get(id);
      return version ? `${version.contract.name} ${version.version}` : null;
    }
    case "consumer":
      return prepared.consumers.get(id)?.name ?? null;
  }
}

const REASONS_SHOWN = 10;

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The reached entities of one kind, nearest first and then by name, at most `limit`: sorted as numbers
 * (depth * 2^21 + name rank), which is several times faster than comparing names.
 */
function nearest(prepared: PreparedGraph, reached: Int32Array, count: number, depths: Int32Array, limit: number): number[] {
  const { nameRank, byRank, kind } = prepared.impact;
  if (count === 0) return [];
  const sortKeys = new Float64Array(count);
  for (let i = 0; i < count; i++) sortKeys[i] = depths[reached[i]] * 2_097_152 + nameRank[reached[i]];
  sortKeys.sort();
  const ranks = byRank[kind[reached[0]]];
  const out: number[] = [];
  for (let i = 0; i < Math.min(count, limit); i++) out.push(ranks[sortKeys[i] % 2_097_152]);
  return out;
}

/**
 * Downstream impact or upstream lineage of one entity, with the capabilities affected and the owners to notify.
 * With a `limit`, each list keeps its nearest `limit` items and each owner its first reasons (totals stay
 * complete); without one, everything (for exports).
 */
export function analyzeImpact(
  prepared: PreparedGraph,
  query: { kind: EntityKind; id: string; direction: ImpactDirection; depth?: number; limit?: number; passable?: Uint8Array },
): ImpactResult {
  const label = describeEntity(prepared, query.kind, query.id);
  if (label === null) throw new NotFoundError(`The ${query.kind === "contractVersion" ? "contract version" : query.kind}`);
  const walk = walkDependencies(prepared.index, { kind: query.kind, id: query.id }, query);
  const limit = query.limit ?? Number.POSITIVE_INFINITY;
  const tables = prepared.impact;
  const { keys } = prepared.index;

  const nodes: string[] = [];
  const edges: string[] = [];
  if (query.kind === "system" || query.kind === "consumer") nodes.push(`${query.kind}:${query.id}`);
  if (query.kind === "integration") {
    const focus = prepared.integrations.get(query.id)!;
    edges.push(`integration:${query.id}`);
    nodes.push(`system:${focus.sourceSystemId}`, `system:${focus.targetSystemId}`);
  }
  // A team can own thousands of impacted records: without an export, only the first few reasons are kept and the
  // rest are counted.
  const reasonsKept = query.limit === undefined ? Number.POSITIVE_INFINITY : REASONS_SHOWN;
  const reasonCount = new Int32Array(tables.owners.length);
  const ownerReasons: string[][] = [];
  const ownersInOrder: number[] = [];
  const capabilityTouched = new Uint8Array(tables.capabilities.length);
  const capabilitiesInOrder: number[] = [];

  const depths = walk?.depths ?? new Int32Array(0);
  const reached = [0, 1, 2, 3].map(() => new Int32Array(depths.length));
  const reachedCount = [0, 0, 0, 0];
  for (let n = 0; n < depths.length; n++) {
    if (depths[n] === -1 || n === walk!.startNumber) continue;
    const kind = tables.kind[n];
    reached[kind][reachedCount[kind]++] = n;
    if (kind === KIND_NUMBERS.system) nodes.push(keys[n]);
    else if (kind === KIND_NUMBERS.integration) edges.push(keys[n]);
    else if (kind === KIND_NUMBERS.consumer) {
      nodes.push(keys[n]);
      edges.push(tables.consumptionEdge[n]!);
    }
    for (let i = tables.capabilityOffsets[n]; i < tables.capabilityOffsets[n + 1]; i++) {
      const slot = tables.capabilitySlots[i];
      if (capabilityTouched[slot] === 0) capabilitiesInOrder.push(slot);
      capabilityTouched[slot] = 1;
    }
    for (let i = tables.ownerOffsets[n]; i < tables.ownerOffsets[n + 1]; i++) {
      const slot = tables.ownerSlots[i];
      if (reasonCount[slot]++ === 0) {
        ownersInOrder.push(slot);
        ownerReasons[slot] = [];
      }
      if (ownerReasons[slot].length < reasonsKept) ownerReasons[slot].push(tables.reasons[i]);
    }
  }

  const list = (kind: number) => nearest(prepared, reached[kind], reachedCount[kind], depths, limit);
  const systemName = (id: string) => prepared.systems.get(id)?.name ?? "";
  const record = <T>(n: number) => prepared.entities[n].record as T;
  return {
    focus: { kind: query.kind, id: query.id, label },
    direction: query.direction,
    depth: query.depth ?? null,
    totals: {
      systems: reachedCount[KIND_NUMBERS.system],
      integrations: reachedCount[KIND_NUMBERS.integration],
      contractVersions: reachedCount[KIND_NUMBERS.contractVersion],
      consumers: reachedCount[KIND_NUMBERS.consumer],
    },
    systems: list(KIND_NUMBERS.system).map((n) => {
      const system = record<GraphSystem>(n);
      return { id: system.id, slug: system.slug, name: system.name, depth: depths[n], criticality: system.criticality };
    }),
    integrations: list(KIND_NUMBERS.integration).map((n) => {
      const integration = record<GraphIntegration>(n);
      return {
        id: integration.id,
        key: integration.key,
        name: integration.name,
        depth: depths[n],
        sourceSystem: systemName(integration.sourceSystemId),
        targetSystem: systemName(integration.targetSystemId),
        criticality: integration.criticality,
        healthStatus: integration.healthStatus,
      };
    }),
    contractVersions: list(KIND_NUMBERS.contractVersion).map((n) => {
      const version = record<GraphContractVersion>(n);
      return { id: version.id, contractSlug: version.contract.slug, name: version.contract.name, version: version.version, depth: depths[n] };
    }),
    consumers: list(KIND_NUMBERS.consumer).map((n) => {
      const consumer = record<GraphConsumer>(n);
      return { id: consumer.id, name: consumer.name, kind: consumer.kind, depth: depths[n] };
    }),
    capabilities: capabilitiesInOrder.map((slot) => tables.capabilities[slot]).sort(byName),
    owners: ownersInOrder
      .map((slot): OwnerToNotify => ({ ...tables.owners[slot], reasons: ownerReasons[slot], reasonCount: reasonCount[slot] }))
      .sort((a, b) => (a.kind === b.kind ? byName(a, b) : a.kind === "person" ? -1 : 1)),
    graph: { nodes, edges },
  };
}

/** One row per impacted item, then one per owner to notify: what a spreadsheet or a ticket import expects. */
export function impactToCsv(result: ImpactResult): string {
  const rows: (string | number)[][] = [["type", "depth", "reference", "name", "details"]];
  for (const s of result.systems) rows.push(["system", s.depth, s.slug, s.name, s.criticality]);
  for (const i of result.integrations)
    rows.push(["integration", i.depth, i.key, i.name, `${i.sourceSystem} -> ${i.targetSystem}; ${i.criticality}; ${i.healthStatus}`]);
  for (const v of result.contractVersions) rows.push(["contract_version", v.depth, `${v.contractSlug}@${v.version}`, v.name, ""]);
  for (const c of result.consumers) rows.push(["consumer", c.depth, c.id, c.name, c.kind]);
  for (const c of result.capabilities) rows.push(["capability", "", c.slug, c.name, ""]);
  for (const o of result.owners) rows.push([`owner_${o.kind}`, "", o.email ?? o.id, o.name, o.reasons.join("; ")]);
  // The catalog's CSV writer: the same quoting and the same spreadsheet-formula guard as every other export.
  return toCsv(rows.map((row) => row.map(String)));
}
