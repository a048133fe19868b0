import { NotFoundError } from "@/lib/auth/permissions";
import { walkDependencies } from "@/lib/graph/dependency-index";
import type { ConsumerKind, Criticality, HealthStatus } from "@/lib/generated/prisma/enums";
import type { CapabilityRef, EntityKind, PersonRef, TeamRef } from "@/lib/graph/model";
import type { PreparedGraph } from "@/lib/graph/prepared-graph";
import type { ImpactDirection } from "@/lib/graph/schemas";

export interface ImpactedSystem { id: string; slug: string; name: string; depth: number; criticality: Criticality }
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
export interface ImpactedContractVersion { id: string; contractSlug: string; name: string; version: string; depth: number }
export interface ImpactedConsumer { id: string; name: string; kind: ConsumerKind; depth: number }
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

// Plain code-unit order for the long lists (a locale-aware sort of 10,000 names costs more than the traversal).
const byDepthThenName = (a: { depth: number; name: string }, b: { depth: number; name: string }) =>
  a.depth - b.depth || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

interface Hit {
  id: string;
  depth: number;
  name: string;
}

/**
 * Downstream impact or upstream lineage of one entity, with the capabilities affected and the owners to notify.
 * With a `limit`, each list keeps its nearest `limit` items and each owner its first reasons (totals stay
 * complete); without one, everything (for exports).
 */
export function analyzeImpact(
  prepared: PreparedGraph,
  query: { kind: EntityKind; id: string; direction: ImpactDirection; depth?: number; limit?: number },
): ImpactResult {
  const label = describeEntity(prepared, query.kind, query.id);
  if (label === null) throw new NotFoundError(`The ${query.kind === "contractVersion" ? "contract version" : query.kind}`);
  const walk = walkDependencies(prepared.index, { kind: query.kind, id: query.id }, query);
  const limit = query.limit ?? Number.POSITIVE_INFINITY;

  const hits: Record<EntityKind, Hit[]> = { system: [], integration: [], contractVersion: [], consumer: [] };
  const nodes: string[] = [];
  const edges: string[] = [];
  if (query.kind === "system" || query.kind === "consumer") nodes.push(`${query.kind}:${query.id}`);
  if (query.kind === "integration") {
    const focus = prepared.integrations.get(query.id)!;
    edges.push(`integration:${query.id}`);
    nodes.push(`system:${focus.sourceSystemId}`, `system:${focus.targetSystemId}`);
  }
  const capabilities = new Map<string, CapabilityRef>();
  // A team can own thousands of impacted records: without an export, only the first few reasons are written out
  // (the reason text is built lazily) and the rest are counted.
  const complete = query.limit === undefined;
  type Owner = { kind: OwnerToNotify["kind"]; id: string; name: string; email: string | null; reasons: string[]; reasonCount: number };
  const owners = { person: new Map<string, Owner>(), team: new Map<string, Owner>() };
  const notify = (kind: OwnerToNotify["kind"], who: PersonRef | TeamRef | null, reason: () => string) => {
    if (!who) return;
    let owner = owners[kind].get(who.id);
    if (!owner) {
      owner = { kind, id: who.id, name: who.name, email: "email" in who ? who.email : null, reasons: [], reasonCount: 0 };
      owners[kind].set(who.id, owner);
    }
    owner.reasonCount++;
    if (complete || owner.reasons.length < REASONS_SHOWN) owner.reasons.push(reason());
  };

  const depths = walk?.depths ?? new Int32Array(0);
  for (let n = 0; n < depths.length; n++) {
    const depth = depths[n];
    if (depth === -1 || n === walk!.startNumber) continue;
    const entity = prepared.entities[n];
    const key = prepared.index.keys[n];
    if (entity.kind === "system") {
      const system = entity.record;
      hits.system.push({ id: system.id, depth, name: system.name });
      nodes.push(key);
      notify("team", system.ownerTeam, () => system.name);
    } else if (entity.kind === "integration") {
      const integration = entity.record;
      hits.integration.push({ id: integration.id, depth, name: integration.name });
      edges.push(key);
      for (const capability of integration.capabilities) capabilities.set(capability.slug, capability);
      for (const owner of integration.owners) notify("person", owner.person, () => `${integration.key} (${owner.role.replace("_", " ")})`);
      notify("team", integration.ownerTeam, () => integration.key);
    } else if (entity.kind === "contractVersion") {
      const version = entity.record;
      hits.contractVersion.push({ id: version.id, depth, name: version.contract.name });
      notify("person", version.contract.ownerUser, () => `${version.contract.name} ${version.version}`);
      notify("team", version.contract.ownerTeam, () => `${version.contract.name} ${version.version}`);
    } else {
      const consumer = entity.record;
      hits.consumer.push({ id: consumer.id, depth, name: consumer.name });
      nodes.push(key);
      edges.push(`consumption:${consumer.id}`);
      for (const capability of consumer.capabilities) capabilities.set(capability.slug, capability);
      notify("person", consumer.ownerUser, () => consumer.name);
      notify("team", consumer.ownerTeam, () => consumer.name);
    }
  }
  const nearest = (list: Hit[]) => list.sort(byDepthThenName).slice(0, limit);
  const systemName = (id: string) => prepared.systems.get(id)?.name ?? "";
  return {
    focus: { kind: query.kind, id: query.id, label },
    direction: query.direction,
    depth: query.depth ?? null,
    totals: { systems: hits.system.length, integrations: hits.integration.length, contractVersions: hits.contractVersion.length, consumers: hits.consumer.length },
    systems: nearest(hits.system).map(({ id, depth, name }) => {
      const system = prepared.systems.get(id)!;
      return { id, slug: system.slug, name, depth, criticality: system.criticality };
    }),
    integrations: nearest(hits.integration).map(({ id, depth, name }) => {
      const integration = prepared.integrations.get(id)!;
      return {
        id,
        key: integration.key,
        name,
        depth,
        sourceSystem: systemName(integration.sourceSystemId),
        targetSystem: systemName(integration.targetSystemId),
        criticality: integration.criticality,
        healthStatus: integration.healthStatus,
      };
    }),
    contractVersions: nearest(hits.contractVersion).map(({ id, depth, name }) => {
      const version = prepared.contractVersions.get(id)!;
      return { id, contractSlug: version.contract.slug, name, version: version.version, depth };
    }),
    consumers: nearest(hits.consumer).map(({ id, depth, name }) => ({ id, name, kind: prepared.consumers.get(id)!.kind, depth })),
    capabilities: [...capabilities.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    owners: [...owners.person.values(), ...owners.team.values()].sort((a, b) =>
      a.kind === b.kind ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.kind === "person" ? -1 : 1,
    ),
    graph: { nodes, edges },
  };
}

function csvCell(value: string | number): string {
  const text = String(value);
  // Quote everything that could break a row, and defuse spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per impacted item, then one per owner to notify: what a spreadsheet or a ticket import expects. */
export function impactToCsv(result: ImpactResult): string {
  const rows: (string | number)[][] = [["type", "depth", "reference", "name", "details"]];
  for (const s of result.systems) rows.push(["system", s.depth, s.slug, s.name, s.criticality]);
  for (const i of result.integrations) rows.push(["integration", i.depth, i.key, i.name, `${i.sourceSystem} -> ${i.targetSystem}; ${i.criticality}; ${i.healthStatus}`]);
  for (const v of result.contractVersions) rows.push(["contract_version", v.depth, `${v.contractSlug}@${v.version}`, v.name, ""]);
  for (const c of result.consumers) rows.push(["consumer", c.depth, c.id, c.name, c.kind]);
  for (const c of result.capabilities) rows.push(["capability", "", c.slug, c.name, ""]);
  for (const o of result.owners) rows.push([`owner_${o.kind}`, "", o.email ?? o.id, o.name, o.reasons.join("; ")]);
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
