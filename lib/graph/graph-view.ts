import { entityKey, type CapabilityRef, type EntityRef, type GraphIntegration, type GraphSystem, type PersonRef, type TeamRef } from "@/lib/graph/model";
import type {
  ConsumerKind,
  Criticality,
  HealthStatus,
  IntegrationDirection,
  IntegrationMechanism,
  Lifecycle,
  OwnerRole,
  SystemKind,
} from "@/lib/generated/prisma/enums";
import { traverseDependencies } from "@/lib/graph/dependency-index";
import type { PreparedGraph } from "@/lib/graph/prepared-graph";
import { DEFAULT_NEIGHBOURHOOD_DEPTH, type GraphFilters, type NeighbourhoodFocus } from "@/lib/graph/schemas";

/**
 * What the graph page draws and GET /api/v1/graph answers: systems and downstream assets as nodes, integrations
 * and contract consumption as directed edges. Node and edge ids are entity keys ("system:<id>",
 * "integration:<id>", ...) so that an impact result highlights them without a lookup.
 */
export interface SystemNode {
  type: "system";
  id: string;
  entityId: string;
  slug: string;
  name: string;
  kind: SystemKind;
  businessDomain: string;
  criticality: Criticality;
  lifecycle: Lifecycle;
  isExternal: boolean;
  ownerTeam: TeamRef | null;
}

export interface ConsumerNode {
  type: "consumer";
  id: string;
  entityId: string;
  name: string;
  kind: ConsumerKind;
  purpose: string;
  /** The domain of the system whose data it reads, so that clusters keep an asset next to its source. */
  businessDomain: string;
  ownerTeam: TeamRef | null;
  ownerUser: PersonRef | null;
}

export type GraphNode = SystemNode | ConsumerNode;

export interface IntegrationEdge {
  type: "integration";
  id: string;
  entityId: string;
  source: string;
  target: string;
  key: string;
  name: string;
  direction: IntegrationDirection;
  mechanism: IntegrationMechanism;
  healthStatus: HealthStatus;
  lifecycle: Lifecycle;
  criticality: Criticality;
  ownerTeam: TeamRef | null;
  owners: { role: OwnerRole; person: PersonRef }[];
  capabilities: CapabilityRef[];
}

export interface ConsumptionEdge {
  type: "consumption";
  /** "consumption:<consumer id>": one consumer reads one contract version. */
  id: string;
  consumerId: string;
  source: string;
  target: string;
  contract: { slug: string; name: string; version: string };
}

export type GraphEdge = IntegrationEdge | ConsumptionEdge;

export interface DependencyGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const systemNodeId = (id: string) => entityKey({ kind: "system", id });

function systemNode(system: GraphSystem): SystemNode {
  return { type: "system", id: systemNodeId(system.id), entityId: system.id, ...pick(system) };
}

function pick({ slug, name, kind, businessDomain, criticality, lifecycle, isExternal, ownerTeam }: GraphSystem) {
  return { slug, name, kind, businessDomain, criticality, lifecycle, isExternal, ownerTeam };
}

function integrationEdge(integration: GraphIntegration): IntegrationEdge {
  const { id, sourceSystemId, targetSystemId, ...facts } = integration;
  return {
    type: "integration",
    id: entityKey({ kind: "integration", id }),
    entityId: id,
    source: systemNodeId(sourceSystemId),
    target: systemNodeId(targetSystemId),
    ...facts,
  };
}

/**
 * Adds the consumers of every contract governing a shown system or integration. An integration's consumers read
 * what it delivers, so their edge leaves its target system; a consumer that is a registered system points at that
 * system (drawn only when it is shown), any other consumer is an asset node of its own.
 */
function addConsumers(prepared: PreparedGraph, nodes: Map<string, GraphNode>, edges: GraphEdge[], shownIntegrations: Set<string>, onlyConsumers?: Set<string>) {
  // A neighbourhood names its few consumers: look them up rather than walk the whole catalog's.
  const consumers = onlyConsumers ? [...onlyConsumers].flatMap((id) => prepared.consumers.get(id) ?? []) : prepared.graph.consumers;
  for (const consumer of consumers) {
    const version = prepared.contractVersions.get(consumer.contractVersionId);
    if (!version) continue;
    const { integrationId, systemId } = version.contract;
    let sourceSystemId: string | undefined;
    if (integrationId) sourceSystemId = shownIntegrations.has(integrationId) ? prepared.integrations.get(integrationId)?.targetSystemId : undefined;
    else if (systemId) sourceSystemId = systemId;
    if (!sourceSystemId || !nodes.has(systemNodeId(sourceSystemId))) continue;
    let target: string;
    if (consumer.systemId) {
      target = systemNodeId(consumer.systemId);
      if (!nodes.has(target)) continue;
    } else {
      target = entityKey({ kind: "consumer", id: consumer.id });
      nodes.set(target, {
        type: "consumer",
        id: target,
        entityId: consumer.id,
        name: consumer.name,
        kind: consumer.kind,
        purpose: consumer.purpose,
        businessDomain: prepared.systems.get(sourceSystemId)?.businessDomain ?? "",
        ownerTeam: consumer.ownerTeam,
        ownerUser: consumer.ownerUser,
      });
    }
    edges.push({
      type: "consumption",
      id: `consumption:${consumer.id}`,
      consumerId: consumer.id,
      source: systemNodeId(sourceSystemId),
      target,
      contract: { slug: version.contract.slug, name: version.contract.name, version: version.version },
    });
  }
}

function finish(nodes: Map<string, GraphNode>, edges: GraphEdge[]): DependencyGraph {
  return { nodes: [...nodes.values()], edges };
}

const INTEGRATION_ONLY_FILTERS = ["health", "mechanism", "capability", "lifecycle"] as const;

/**
 * The graph under filters. Integration filters (health, mechanism, capability, lifecycle) keep the integrations
 * that match and their two systems; system filters (domain, team, criticality) keep the systems that match and
 * every integration touching one of them. No filter: the whole catalog, disconnected systems included.
 */
export function selectFilteredGraph(prepared: PreparedGraph, filters: GraphFilters): DependencyGraph {
  const systemMatches = (system: GraphSystem | undefined) =>
    !!system &&
    (!filters.domain || system.businessDomain === filters.domain) &&
    (!filters.systemKind || system.kind === filters.systemKind) &&
    (!filters.team || system.ownerTeam?.slug === filters.team) &&
    (!filters.criticality || system.criticality === filters.criticality);
  const hasSystemFilter = !!(filters.domain || filters.systemKind || filters.team || filters.criticality);
  const integrationOnly = INTEGRATION_ONLY_FILTERS.some((name) => filters[name] !== undefined);

  const nodes = new Map<string, GraphNode>();
  if (!integrationOnly) {
    for (const system of prepared.graph.systems) if (!hasSystemFilter || systemMatches(system)) nodes.set(systemNodeId(system.id), systemNode(system));
  }
  const edges: GraphEdge[] = [];
  const shown = new Set<string>();
  for (const integration of prepared.graph.integrations) {
    const source = prepared.systems.get(integration.sourceSystemId);
    const target = prepared.systems.get(integration.targetSystemId);
    if (!source || !target) continue;
    if (filters.health && integration.healthStatus !== filters.health) continue;
    if (filters.mechanism && integration.mechanism !== filters.mechanism) continue;
    if (filters.lifecycle && integration.lifecycle !== filters.lifecycle) continue;
    if (filters.capability && !integration.capabilities.some((c) => c.slug === filters.capability)) continue;
    if (hasSystemFilter) {
      const ownTeam =
        !!filters.team &&
        integration.ownerTeam?.slug === filters.team &&
        (!filters.domain || [source, target].some((s) => s.businessDomain === filters.domain));
      const ownCriticality = !!filters.criticality && !filters.domain && !filters.team && integration.criticality === filters.criticality;
      if (!systemMatches(source) && !systemMatches(target) && !ownTeam && !ownCriticality) continue;
    }
    nodes.set(systemNodeId(source.id), systemNode(source));
    nodes.set(systemNodeId(target.id), systemNode(target));
    edges.push(integrationEdge(integration));
    shown.add(integration.id);
  }
  addConsumers(prepared, nodes, edges, shown);
  return finish(nodes, edges);
}

/** Everything within `depth` hops of a system or integration, upstream and downstream. */
export function selectNeighbourhood(prepared: PreparedGraph, focus: NeighbourhoodFocus, depth = DEFAULT_NEIGHBOURHOOD_DEPTH): DependencyGraph {
  const start: EntityRef = focus;
  const reached = new Set<string>([entityKey(start)]);
  for (const direction of ["downstream", "upstream"] as const) {
    for (const key of traverseDependencies(prepared.index, start, { direction, depth }).keys()) reached.add(key);
  }
  return selectEntities(prepared, reached);
}

/**
 * The part of the graph made of the given entities (keys as in lib/graph/model.ts), e.g. an impact result. An
 * integration brings its two systems, so that its edge can be drawn.
 */
export function selectEntities(prepared: PreparedGraph, keys: ReadonlySet<string>): DependencyGraph {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const shown = new Set<string>();
  // A contract version is drawn through the integration it governs: its consumers' edges leave that integration's target.
  const viaVersions = new Set<string>();
  for (const key of keys) {
    const integrationId = key.startsWith("contractVersion:")
      ? prepared.contractVersions.get(key.slice("contractVersion:".length))?.contract.integrationId
      : null;
    if (integrationId) viaVersions.add(integrationId);
  }
  // Looked up by key, not found by walking the catalog: a neighbourhood of 30 elements in a catalog of 100,000
  // integrations. Sorted as the catalog is loaded (integrations by key, systems by name), for a stable drawing.
  const integrationIds = new Set(viaVersions);
  const systemIds = new Set<string>();
  for (const key of keys) {
    if (key.startsWith("integration:")) integrationIds.add(key.slice("integration:".length));
    else if (key.startsWith("system:")) systemIds.add(key.slice("system:".length));
  }
  const integrations = [...integrationIds].flatMap((id) => prepared.integrations.get(id) ?? []).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const integration of integrations) {
    systemIds.add(integration.sourceSystemId);
    systemIds.add(integration.targetSystemId);
  }
  const systems = [...systemIds].flatMap((id) => prepared.systems.get(id) ?? []).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const system of systems) nodes.set(systemNodeId(system.id), systemNode(system));
  for (const integration of integrations) {
    edges.push(integrationEdge(integration));
    shown.add(integration.id);
  }
  const consumers = new Set([...keys].filter((key) => key.startsWith("consumer:")).map((key) => key.slice("consumer:".length)));
  addConsumers(prepared, nodes, edges, shown, consumers);
  return finish(nodes, edges);
}

export interface GraphFacets {
  domains: string[];
  teams: TeamRef[];
  capabilities: CapabilityRef[];
}

// The menus change only with the catalog; computing them walks every integration (tens of milliseconds at 100,000).
const facetsOf = new WeakMap<PreparedGraph, GraphFacets>();

/** The values the filter menus offer: only those present in the catalog. */
export function graphFacets(prepared: PreparedGraph): GraphFacets {
  let facets = facetsOf.get(prepared);
  if (!facets) facetsOf.set(prepared, (facets = computeFacets(prepared)));
  return facets;
}

function computeFacets(prepared: PreparedGraph): GraphFacets {
  const teams = new Map<string, TeamRef>();
  const capabilities = new Map<string, CapabilityRef>();
  for (const system of prepared.graph.systems) if (system.ownerTeam) teams.set(system.ownerTeam.slug, system.ownerTeam);
  for (const integration of prepared.graph.integrations) {
    if (integration.ownerTeam) teams.set(integration.ownerTeam.slug, integration.ownerTeam);
    for (const capability of integration.capabilities) capabilities.set(capability.slug, capability);
  }
  return {
    domains: [...new Set(prepared.graph.systems.map((system) => system.businessDomain))].sort(),
    teams: [...teams.values()].sort((a, b) => a.name.localeCompare(b.name)),
    capabilities: [...capabilities.values()].sort((a, b) => a.name.localeCompare(b.name)),
  };
}
