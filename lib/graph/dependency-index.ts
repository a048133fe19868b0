import { entityKey, type CatalogGraph, type EntityKind, type EntityRef } from "@/lib/graph/model";

/**
 * Links in the direction data flows. Parties (systems, consumers) hold data; connectors (integrations, contract
 * versions) carry it. Data flows source system -> integration -> target system (both ways when bidirectional),
 * governed system or integration -> contract version -> its consumers, and a consumer that is a registered system
 * -> that system. Retired integrations and retired contract versions carry nothing and are left out.
 */
export interface DependencyIndex {
  /** Entity keys by number; links are stored as numbers (compressed rows) so a traversal of 10,000 integrations
   * touches typed arrays, not strings. */
  keys: string[];
  numberOf: Map<string, number>;
  party: Uint8Array;
  downstream: Links;
  upstream: Links;
}

interface Links {
  offsets: Int32Array;
  targets: Int32Array;
}

const PARTY_KINDS: ReadonlySet<EntityKind> = new Set(["system", "consumer"]);

export const isParty = (key: string): boolean => PARTY_KINDS.has(key.slice(0, key.indexOf(":")) as EntityKind);

export function parseEntityKey(key: string): EntityRef {
  const colon = key.indexOf(":");
  return { kind: key.slice(0, colon) as EntityKind, id: key.slice(colon + 1) };
}

export function buildDependencyIndex(graph: CatalogGraph): DependencyIndex {
  const keys: string[] = [];
  const numberOf = new Map<string, number>();
  const from: number[] = [];
  const to: number[] = [];
  const number = (ref: EntityRef) => {
    const key = entityKey(ref);
    let n = numberOf.get(key);
    if (n === undefined) {
      n = keys.length;
      keys.push(key);
      numberOf.set(key, n);
    }
    return n;
  };
  const link = (a: EntityRef, b: EntityRef) => {
    from.push(number(a));
    to.push(number(b));
  };
  const systemIds = new Set(graph.systems.map((system) => system.id));
  for (const system of graph.systems) number({ kind: "system", id: system.id });
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
  const party = new Uint8Array(keys.length);
  keys.forEach((key, n) => (party[n] = isParty(key) ? 1 : 0));
  return { keys, numberOf, party, downstream: compress(keys.length, from, to), upstream: compress(keys.length, to, from) };
}

function compress(size: number, from: number[], to: number[]): Links {
  const offsets = new Int32Array(size + 1);
  for (const a of from) offsets[a + 1]++;
  for (let i = 0; i < size; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, size);
  const targets = new Int32Array(from.length);
  for (let i = 0; i < from.length; i++) targets[fill[from[i]]++] = to[i];
  return { offsets, targets };
}

export interface TraversalOptions {
  direction: "downstream" | "upstream";
  /** Integration or contract hops; undefined follows every path to its end. */
  depth?: number;
  /** By entity number, 0 for what the walk may not enter (lineage by field: an integration that does not carry it). */
  passable?: Uint8Array;
}

/**
 * Everything reachable from `start`, with its depth: the number of hops (an integration or a contract) between the
 * start and it. Entering a connector from a party costs one hop; moving on from a connector costs none, so an
 * integration, its target system and the consumers of its contract share one depth. Starting from a connector
 * puts it at depth 1 ("the change"), so what it feeds is at depth 1 too. Cycles (bidirectional syncs, loops,
 * self-loops) are visited once: a 0-1 breadth-first search keeps each entity's smallest depth.
 */
export function traverseDependencies(index: DependencyIndex, start: EntityRef, options: TraversalOptions): Map<string, number> {
  const reached = new Map<string, number>();
  const walk = walkDependencies(index, start, options);
  if (!walk) return reached;
  const { depths, startNumber } = walk;
  for (let n = 0; n < depths.length; n++) if (depths[n] !== -1 && n !== startNumber) reached.set(index.keys[n], depths[n]);
  return reached;
}

/**
 * The traversal itself, by entity number: `depths[n]` is the depth of `index.keys[n]`, or -1 when not reached.
 * Null when the start is linked to nothing (it may still exist in the catalog).
 */
export function walkDependencies(index: DependencyIndex, start: EntityRef, options: TraversalOptions): { depths: Int32Array; startNumber: number } | null {
  const startNumber = index.numberOf.get(entityKey(start));
  if (startNumber === undefined) return null;
  const { offsets, targets } = options.direction === "downstream" ? index.downstream : index.upstream;
  const limit = options.depth ?? Number.POSITIVE_INFINITY;
  const depths = new Int32Array(index.keys.length).fill(-1);
  depths[startNumber] = index.party[startNumber] ? 0 : 1;
  // Two frontiers: `front` holds the current depth (zero-cost moves join it), `back` the next one.
  let front: number[] = [startNumber];
  let back: number[] = [];
  while (front.length > 0 || back.length > 0) {
    if (front.length === 0) {
      front = back;
      back = [];
    }
    const n = front.pop()!;
    const depth = depths[n];
    const fromParty = index.party[n] === 1;
    for (let i = offsets[n]; i < offsets[n + 1]; i++) {
      const next = targets[i];
      const cost = fromParty && index.party[next] === 0 ? 1 : 0;
      const nextDepth = depth + cost;
      if (nextDepth > limit) continue;
      if (options.passable && options.passable[next] === 0) continue;
      if (depths[next] !== -1 && depths[next] <= nextDepth) continue;
      depths[next] = nextDepth;
      if (cost === 0) front.push(next);
      else back.push(next);
    }
  }
  return { depths, startNumber };
}
