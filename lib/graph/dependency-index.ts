import { entityKey, type CatalogGraph, type EntityKind, type EntityRef } from "@/lib/graph/model";

/**
 * Links in the direction data flows. Parties (systems, consumers) hold data; connectors (integrations, contract
 * versions) carry it. Data flows source system -> integration -> target system (both ways when bidirectional),
 * governed system or integration -> contract version -> its consumers, and a consumer that is a registered system
 * -> that system. Retired integrations and retired contract versions carry nothing and are left out.
 */
export interface DependencyIndex {
  downstream: Map<string, string[]>;
  upstream: Map<string, string[]>;
}

const PARTY_KINDS: ReadonlySet<EntityKind> = new Set(["system", "consumer"]);

export const isParty = (key: string): boolean => PARTY_KINDS.has(key.slice(0, key.indexOf(":")) as EntityKind);

export function parseEntityKey(key: string): EntityRef {
  const colon = key.indexOf(":");
  return { kind: key.slice(0, colon) as EntityKind, id: key.slice(colon + 1) };
}

export function buildDependencyIndex(graph: CatalogGraph): DependencyIndex {
  const downstream = new Map<string, string[]>();
  const upstream = new Map<string, string[]>();
  const link = (from: EntityRef, to: EntityRef) => {
    const a = entityKey(from);
    const b = entityKey(to);
    (downstream.get(a) ?? downstream.set(a, []).get(a)!).push(b);
    (upstream.get(b) ?? upstream.set(b, []).get(b)!).push(a);
  };
  const systemIds = new Set(graph.systems.map((system) => system.id));
  const carrying = new Set<string>();
  for (const integration of graph.integrations) {
    if (integration.lifecycle === "retired") continue;
    if (!systemIds.has(integration.sourceSystemId) || !systemIds.has(integration.targetSystemId)) continue;
    carrying.add(integration.id);
    const self: EntityRef = { kind: "integration", id: integration.id };
    const source: EntityRef = { kind: "system", id: integration.sourceSystemId };
    const target: EntityRef = { kind: "system", id: integration.targetSystemId };
    link(source, self);
    link(self, target);
    if (integration.direction === "bidirectional") {
      link(target, self);
      link(self, source);
    }
  }
  const liveVersions = new Set<string>();
  for (const version of graph.contractVersions) {
    if (version.status === "retired") continue;
    const self: EntityRef = { kind: "contractVersion", id: version.id };
    const { integrationId, systemId } = version.contract;
    if (integrationId && carrying.has(integrationId)) link({ kind: "integration", id: integrationId }, self);
    else if (systemId && systemIds.has(systemId)) link({ kind: "system", id: systemId }, self);
    else continue;
    liveVersions.add(version.id);
  }
  for (const consumer of graph.consumers) {
    if (!liveVersions.has(consumer.contractVersionId)) continue;
    const self: EntityRef = { kind: "consumer", id: consumer.id };
    link({ kind: "contractVersion", id: consumer.contractVersionId }, self);
    if (consumer.systemId && systemIds.has(consumer.systemId)) link(self, { kind: "system", id: consumer.systemId });
  }
  return { downstream, upstream };
}

export interface TraversalOptions {
  direction: "downstream" | "upstream";
  /** Integration or contract hops; undefined follows every path to its end. */
  depth?: number;
}

/**
 * Everything reachable from `start`, with its depth: the number of hops (an integration or a contract) between the
 * start and it. Entering a connector from a party costs one hop; moving on from a connector costs none, so an
 * integration, its target system and the consumers of its contract share one depth. Starting from a connector
 * puts it at depth 1 ("the change"), so what it feeds is at depth 1 too. Cycles (bidirectional syncs, loops,
 * self-loops) are visited once: a 0-1 breadth-first search keeps each entity's smallest depth.
 */
export function traverseDependencies(index: DependencyIndex, start: EntityRef, options: TraversalOptions): Map<string, number> {
  const links = options.direction === "downstream" ? index.downstream : index.upstream;
  const limit = options.depth ?? Number.POSITIVE_INFINITY;
  const startKey = entityKey(start);
  const depths = new Map<string, number>([[startKey, isParty(startKey) ? 0 : 1]]);
  // Two frontiers: `front` holds the current depth (zero-cost moves join it), `back` the next one.
  let front: string[] = [startKey];
  let back: string[] = [];
  while (front.length > 0 || back.length > 0) {
    if (front.length === 0) {
      front = back;
      back = [];
    }
    const key = front.pop()!;
    const depth = depths.get(key)!;
    const fromParty = isParty(key);
    for (const next of links.get(key) ?? []) {
      const cost = fromParty && !isParty(next) ? 1 : 0;
      const nextDepth = depth + cost;
      if (nextDepth > limit) continue;
      const known = depths.get(next);
      if (known !== undefined && known <= nextDepth) continue;
      depths.set(next, nextDepth);
      if (cost === 0) front.push(next);
      else back.push(next);
    }
  }
  depths.delete(startKey);
  return depths;
}
