import type {
  ConsumerKind,
  ContractVersionStatus,
  Criticality,
  HealthStatus,
  IntegrationDirection,
  IntegrationMechanism,
  Lifecycle,
  OwnerRole,
  PermittedUse,
  SystemKind,
} from "@/lib/generated/prisma/enums";

/**
 * The catalog as the graph sees it: every live (not archived) system, integration, contract version and consumer
 * with just the facts the graph, the side panel and impact analysis need. Loaded once (lib/graph/repository.ts)
 * and then queried by pure functions, so the page and the API answer from the same traversal.
 */
export interface TeamRef {
  id: string;
  slug: string;
  name: string;
}

export interface PersonRef {
  id: string;
  name: string;
  email: string;
}

export interface CapabilityRef {
  slug: string;
  name: string;
}

export interface GraphSystem {
  id: string;
  slug: string;
  name: string;
  kind: SystemKind;
  businessDomain: string;
  criticality: Criticality;
  lifecycle: Lifecycle;
  isExternal: boolean;
  ownerTeam: TeamRef | null;
}

export interface GraphIntegration {
  id: string;
  key: string;
  name: string;
  sourceSystemId: string;
  targetSystemId: string;
  direction: IntegrationDirection;
  mechanism: IntegrationMechanism;
  criticality: Criticality;
  lifecycle: Lifecycle;
  healthStatus: HealthStatus;
  ownerTeam: TeamRef | null;
  owners: { role: OwnerRole; person: PersonRef }[];
  capabilities: CapabilityRef[];
  /** What it carries: lineage and impact by field or data object follow only the integrations that carry it. */
  dataObjects: string[];
  fieldsExchanged: string[];
  /** What the data it carries may be used for downstream (checked along lineage: lib/graph/permitted-uses.ts). */
  permittedUses: PermittedUse[];
}

export interface GraphContractVersion {
  id: string;
  version: string;
  status: ContractVersionStatus;
  contract: {
    id: string;
    slug: string;
    name: string;
    integrationId: string | null;
    systemId: string | null;
    ownerTeam: TeamRef | null;
    ownerUser: PersonRef | null;
  };
}

export interface GraphConsumer {
  id: string;
  name: string;
  kind: ConsumerKind;
  /** Set when the consumer is a registered system: the data flows on from that system. */
  systemId: string | null;
  contractVersionId: string;
  purpose: string;
  /** The fields it declares it reads: impact by field reaches only the consumers that declare it. */
  fieldsUsed: string[];
  ownerTeam: TeamRef | null;
  ownerUser: PersonRef | null;
  capabilities: CapabilityRef[];
}

export interface CatalogGraph {
  systems: GraphSystem[];
  integrations: GraphIntegration[];
  contractVersions: GraphContractVersion[];
  consumers: GraphConsumer[];
}

/** Anything impact analysis can start from or reach. */
export const ENTITY_KINDS = ["system", "integration", "contractVersion", "consumer"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface EntityRef {
  kind: EntityKind;
  id: string;
}

export const entityKey = (ref: EntityRef): string => `${ref.kind}:${ref.id}`;

/** One indexed entity with its record, so that walking a traversal's result needs no string parsing or lookup. */
export type IndexedEntity =
  | { kind: "system"; record: GraphSystem }
  | { kind: "integration"; record: GraphIntegration }
  | { kind: "contractVersion"; record: GraphContractVersion }
  | { kind: "consumer"; record: GraphConsumer };
