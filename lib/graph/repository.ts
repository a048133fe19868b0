import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CatalogGraph } from "@/lib/graph/model";
import { prepareGraph, type PreparedGraph } from "@/lib/graph/prepared-graph";

const team = { select: { id: true, slug: true, name: true } } as const;
const person = { select: { id: true, name: true, email: true } } as const;
const capabilities = { select: { capability: { select: { slug: true, name: true } } } } as const;

/** Every live record the graph needs, in five queries. */
export async function loadCatalogGraph(db: PrismaClient): Promise<CatalogGraph> {
  const [systems, integrations, contractVersions, consumers] = await Promise.all([
    db.system.findMany({
      where: { archivedAt: null },
      select: { id: true, slug: true, name: true, kind: true, businessDomain: true, criticality: true, lifecycle: true, isExternal: true, ownerTeam: team },
      orderBy: { name: "asc" },
    }),
    db.integration.findMany({
      where: { archivedAt: null },
      select: {
        id: true,
        key: true,
        name: true,
        sourceSystemId: true,
        targetSystemId: true,
        direction: true,
        mechanism: true,
        criticality: true,
        lifecycle: true,
        healthStatus: true,
        ownerTeam: team,
        owners: { select: { role: true, user: person }, orderBy: { role: "asc" } },
        capabilities,
      },
      orderBy: { key: "asc" },
    }),
    db.contractVersion.findMany({
      where: { contract: { archivedAt: null } },
      select: {
        id: true,
        version: true,
        status: true,
        contract: { select: { id: true, slug: true, name: true, integrationId: true, systemId: true, ownerTeam: team, ownerUser: person } },
      },
    }),
    db.consumer.findMany({
      where: { archivedAt: null },
      select: {
        id: true,
        name: true,
        kind: true,
        systemId: true,
        contractVersionId: true,
        purpose: true,
        ownerTeam: team,
        ownerUser: person,
        capabilities,
      },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    systems,
    integrations: integrations.map(({ owners, capabilities: links, ...integration }) => ({
      ...integration,
      owners: owners.map((owner) => ({ role: owner.role, person: owner.user })),
      capabilities: links.map((link) => link.capability),
    })),
    contractVersions,
    consumers: consumers.map(({ capabilities: links, ...consumer }) => ({ ...consumer, capabilities: links.map((link) => link.capability) })),
  };
}

// One row that changes whenever anything the graph shows changes: row counts and last updates of the tables with
// an updatedAt, and a checksum of the link tables that have none (an owner swapped keeps the count). People and
// teams are left out: every sign-in updates a user, and a renamed owner is not worth reloading the graph for.
const FINGERPRINT_SQL = `SELECT concat_ws('|',
  (SELECT count(*) || '/' || coalesce(max("updatedAt")::text, '') FROM "System"),
  (SELECT count(*) || '/' || coalesce(max("updatedAt")::text, '') FROM "Integration"),
  (SELECT count(*) || '/' || coalesce(max("updatedAt")::text, '') FROM "Contract"),
  (SELECT count(*) || '/' || coalesce(max("updatedAt")::text, '') FROM "ContractVersion"),
  (SELECT count(*) || '/' || coalesce(max("updatedAt")::text, '') FROM "Consumer"),
  (SELECT count(*) || '/' || coalesce(sum(hashtext("integrationId" || "role"::text || "userId")), 0) FROM "IntegrationOwner"),
  (SELECT count(*) || '/' || coalesce(sum(hashtext("integrationId" || "capabilityId")), 0) FROM "IntegrationCapability"),
  (SELECT count(*) || '/' || coalesce(sum(hashtext("consumerId" || "capabilityId")), 0) FROM "ConsumerCapability"),
  (SELECT count(*) || '/' || coalesce(sum(hashtext("slug" || "name")), 0) FROM "BusinessCapability")
) AS fingerprint`;

async function catalogFingerprint(db: PrismaClient): Promise<string> {
  const rows = await db.$queryRawUnsafe<{ fingerprint: string }[]>(FINGERPRINT_SQL);
  return rows[0]?.fingerprint ?? "";
}

// The fingerprint scans tables (hundreds of milliseconds at 10,000 integrations on PGlite). The transaction
// snapshot ("xmin:xmax:in-progress ids") costs one millisecond and changes whenever any transaction starts
// writing or finishes: while it stays the same, nothing was written and the fingerprint need not be computed.
async function writeSnapshot(db: PrismaClient): Promise<string> {
  const rows = await db.$queryRawUnsafe<{ snapshot: string }[]>(`SELECT txid_current_snapshot()::text AS snapshot`);
  return rows[0]?.snapshot ?? "";
}

interface CachedGraph {
  snapshot: string;
  fingerprint: string;
  prepared: Promise<PreparedGraph>;
}

// Per database client: tests open several databases in one process. See docs/decisions/009-dependency-graph.md.
const cache = new WeakMap<PrismaClient, CachedGraph>();

/**
 * The prepared catalog graph, rebuilt only when the catalog changed since the last call: one one-millisecond
 * query per request while nothing is written, a fingerprint after a write, a reload only when the catalog changed.
 */
export async function getPreparedGraph(db: PrismaClient): Promise<PreparedGraph> {
  const snapshot = await writeSnapshot(db);
  const cached = cache.get(db);
  if (cached && cached.snapshot === snapshot) return cached.prepared;
  const fingerprint = await catalogFingerprint(db);
  if (cached && cached.fingerprint === fingerprint) {
    cached.snapshot = snapshot;
    return cached.prepared;
  }
  const prepared = loadCatalogGraph(db).then(prepareGraph);
  const entry = { snapshot, fingerprint, prepared };
  cache.set(db, entry);
  prepared.catch(() => {
    if (cache.get(db) === entry) cache.delete(db);
  });
  return prepared;
}
