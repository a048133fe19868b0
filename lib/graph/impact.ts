import { NotFoundError } from "@/lib/auth/permissions";
import { parseEntityKey, traverseDependencies } from "@/lib/graph/dependency-index";
import type { ConsumerKind, Criticality, HealthStatus } from "@/lib/generated/prisma/enums";
import type { CapabilityRef, EntityKind, PersonRef, TeamRef } from "@/lib/graph/model";
import { selectEntities, type DependencyGraph } from "@/lib/graph/graph-view";
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
}

export interface ImpactResult {
  focus: { kind: EntityKind; id: string; label: string };
  direction: ImpactDirection;
  depth: number | null;
  systems: ImpactedSystem[];
  integrations: ImpactedIntegration[];
  contractVersions: ImpactedContractVersion[];
  consumers: ImpactedConsumer[];
  capabilities: CapabilityRef[];
  owners: OwnerToNotify[];
  /** The focus and everything impacted, as nodes and edges to draw or highlight. */
  graph: DependencyGraph;
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

const byDepthThenName = <T extends { depth: number; name: string }>(a: T, b: T) => a.depth - b.depth || a.name.localeCompare(b.name);

/** Downstream impact or upstream lineage of one entity, with the capabilities affected and the owners to notify. */
export function analyzeImpact(
  prepared: PreparedGraph,
  query: { kind: EntityKind; id: string; direction: ImpactDirection; depth?: number },
): ImpactResult {
  const label = describeEntity(prepared, query.kind, query.id);
  if (label === null) throw new NotFoundError(`The ${query.kind === "contractVersion" ? "contract version" : query.kind}`);
  const reached = traverseDependencies(prepared.index, { kind: query.kind, id: query.id }, query);

  const result: ImpactResult = {
    focus: { kind: query.kind, id: query.id, label },
    direction: query.direction,
    depth: query.depth ?? null,
    systems: [],
    integrations: [],
    contractVersions: [],
    consumers: [],
    capabilities: [],
    owners: [],
    graph: selectEntities(prepared, new Set([`${query.kind}:${query.id}`, ...reached.keys()])),
  };
  const capabilities = new Map<string, CapabilityRef>();
  const owners = new Map<string, OwnerToNotify>();
  const notifyPerson = (person: PersonRef | null, reason: string) => {
    if (!person) return;
    const owner = owners.get(`person:${person.id}`) ?? { kind: "person" as const, id: person.id, name: person.name, email: person.email, reasons: [] };
    if (!owner.reasons.includes(reason)) owner.reasons.push(reason);
    owners.set(`person:${person.id}`, owner);
  };
  const notifyTeam = (team: TeamRef | null, reason: string) => {
    if (!team) return;
    const owner = owners.get(`team:${team.id}`) ?? { kind: "team" as const, id: team.id, name: team.name, email: null, reasons: [] };
    if (!owner.reasons.includes(reason)) owner.reasons.push(reason);
    owners.set(`team:${team.id}`, owner);
  };

  for (const [key, depth] of reached) {
    const { kind, id } = parseEntityKey(key);
    if (kind === "system") {
      const system = prepared.systems.get(id)!;
      result.systems.push({ id, slug: system.slug, name: system.name, depth, criticality: system.criticality });
      notifyTeam(system.ownerTeam, system.name);
    } else if (kind === "integration") {
      const integration = prepared.integrations.get(id)!;
      result.integrations.push({
        id,
        key: integration.key,
        name: integration.name,
        depth,
        sourceSystem: prepared.systems.get(integration.sourceSystemId)?.name ?? "",
        targetSystem: prepared.systems.get(integration.targetSystemId)?.name ?? "",
        criticality: integration.criticality,
        healthStatus: integration.healthStatus,
      });
      for (const capability of integration.capabilities) capabilities.set(capability.slug, capability);
      for (const owner of integration.owners) notifyPerson(owner.person, `${integration.key} (${owner.role.replace("_", " ")})`);
      notifyTeam(integration.ownerTeam, integration.key);
    } else if (kind === "contractVersion") {
      const version = prepared.contractVersions.get(id)!;
      result.contractVersions.push({ id, contractSlug: version.contract.slug, name: version.contract.name, version: version.version, depth });
      notifyPerson(version.contract.ownerUser, `${version.contract.name} ${version.version}`);
      notifyTeam(version.contract.ownerTeam, `${version.contract.name} ${version.version}`);
    } else {
      const consumer = prepared.consumers.get(id)!;
      result.consumers.push({ id, name: consumer.name, kind: consumer.kind, depth });
      for (const capability of consumer.capabilities) capabilities.set(capability.slug, capability);
      notifyPerson(consumer.ownerUser, consumer.name);
      notifyTeam(consumer.ownerTeam, consumer.name);
    }
  }
  result.systems.sort(byDepthThenName);
  result.integrations.sort(byDepthThenName);
  result.contractVersions.sort(byDepthThenName);
  result.consumers.sort(byDepthThenName);
  result.capabilities = [...capabilities.values()].sort((a, b) => a.name.localeCompare(b.name));
  result.owners = [...owners.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  return result;
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
