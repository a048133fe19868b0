import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { OwnerRole } from "@/lib/generated/prisma/enums";
import { applyCatalogChanges, type CatalogChanges, type Changed, type LiveCounts } from "@/lib/graph/catalog-changes";
import type { CapabilityRef, CatalogGraph, GraphConsumer, GraphIntegration, PersonRef } from "@/lib/graph/model";
import { prepareGraphBetweenRequests, type PreparedGraph } from "@/lib/graph/prepared-graph";

const team = { select: { id: true, slug: true, name: true } } as const;
const person = { select: { id: true, name: true, email: true } } as const;
const capabilities = { select: { capability: { select: { slug: true, name: true } } } } as const;

const systemSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  businessDomain: true,
  criticality: true,
  lifecycle: true,
  isExternal: true,
  ownerTeam: team,
} as const;
const integrationSelect = {
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
  dataObjects: true,
  fieldsExchanged: true,
  permittedUses: true,
  ownerTeam: team,
  // Not sorted here: an ordered relation is read in one query whose IN list holds every integration id, which
  // PostgreSQL refuses past 32,766 bind parameters (Prisma P2029); unsorted, Prisma splits it. Sorted in toIntegration.
  owners: { select: { role: true, user: person } },
  capabilities,
} as const;
const contractSelect = { id: true, slug: true, name: true, integrationId: true, systemId: true, ownerTeam: team, ownerUser: person } as const;
const contractVersionSelect = { id: true, version: true, status: true, contract: { select: contractSelect } } as const;
const consumerSelect = {
  id: true,
  name: true,
  kind: true,
  systemId: true,
  contractVersionId: true,
  purpose: true,
  fieldsUsed: true,
  ownerTeam: team,
  ownerUser: person,
  capabilities,
} as const;

type IntegrationRow = { owners: { role: GraphIntegration["owners"][number]["role"]; user: PersonRef }[]; capabilities: { capability: CapabilityRef }[] } & Omit<
  GraphIntegration,
  "owners" | "capabilities"
>;
type ConsumerRow = { capabilities: { capability: CapabilityRef }[] } & Omit<GraphConsumer, "capabilities">;

// The order of the enum's declaration, as PostgreSQL sorts enum values.
const ROLE_ORDER = new Map(Object.values(OwnerRole).map((role, position) => [role, position]));
const byRole = (a: { role: OwnerRole }, b: { role: OwnerRole }) => ROLE_ORDER.get(a.role)! - ROLE_ORDER.get(b.role)!;

const toIntegration = ({ owners, capabilities: links, ...integration }: IntegrationRow): GraphIntegration => ({
  ...integration,
  owners: owners.toSorted(byRole).map((owner) => ({ role: owner.role, person: owner.user })),
  capabilities: links.map((link) => link.capability),
});
const toConsumer = ({ capabilities: links, ...consumer }: ConsumerRow): GraphConsumer => ({ ...consumer, capabilities: links.map((link) => link.capability) });

/** Every live record the graph needs, in five queries. */
export async function loadCatalogGraph(db: PrismaClient): Promise<CatalogGraph> {
  const [systems, integrations, contractVersions, consumers] = await Promise.all([
    db.system.findMany({ where: { archivedAt: null }, select: systemSelect, orderBy: { name: "asc" } }),
    db.integration.findMany({ where: { archivedAt: null }, select: integrationSelect, orderBy: { key: "asc" } }),
    db.contractVersion.findMany({ where: { contract: { archivedAt: null } }, select: contractVersionSelect }),
    db.consumer.findMany({ where: { archivedAt: null }, select: consumerSelect, orderBy: { name: "asc" } }),
  ]);
  return { systems, integrations: integrations.map(toIntegration), contractVersions, consumers: consumers.map(toConsumer) };
}

/**
 * The records updated after `since` (archived ones included, to be removed): a contract version also when its
 * contract changed. A few rows after an edit, instead of the whole catalog.
 */
export async function loadCatalogChanges(db: PrismaClient, since: Date): Promise<CatalogChanges> {
  const changed = { updatedAt: { gt: since } };
  const archivedAt = { archivedAt: true } as const;
  const [systems, integrations, contractVersions, consumers] = await Promise.all([
    db.system.findMany({ where: changed, select: { ...systemSelect, ...archivedAt } }),
    db.integration.findMany({ where: changed, select: { ...integrationSelect, ...archivedAt } }),
    db.contractVersion.findMany({
      where: { OR: [changed, { contract: changed }] },
      select: { ...contractVersionSelect, contract: { select: { ...contractSelect, ...archivedAt } } },
    }),
    db.consumer.findMany({ where: changed, select: { ...consumerSelect, ...archivedAt } }),
  ]);
  const change = <R extends { id: string }, T>(row: R, archived: boolean, record: (row: R) => T): Changed<T> =>
    archived ? { live: false, id: row.id } : { live: true, record: record(row) };
  return {
    systems: systems.map(({ archivedAt: at, ...row }) => change(row, at !== null, (system) => system)),
    integrations: integrations.map(({ archivedAt: at, ...row }) => change(row, at !== null, toIntegration)),
    contractVersions: contractVersions.map(({ contract: { archivedAt: at, ...contract }, ...row }) =>
      change({ ...row, contract }, at !== null, (version) => version),
    ),
    consumers: consumers.map(({ archivedAt: at, ...row }) => change(row, at !== null, toConsumer)),
  };
}

/**
 * What decides whether the catalog changed: per table the live row count, the row count and the last update, and
 * checksums of the link tables that have no updatedAt (an owner swapped keeps the count). People and teams are
 * left out: every sign-in updates a user, and a renamed owner is not worth reloading the graph for.
 */
interface Fingerprint {
  live: LiveCounts;
  /** The latest updatedAt of the catalog tables (ms since the epoch): later updates are the next changes. */
  lastUpdate: number;
  /** Everything above and the link checksums, per table: a reload reads only the tables whose part moved. */
  parts: Record<"systems" | "integrations" | "contracts" | "contractVersions" | "consumers" | "integrationLinks" | "consumerLinks" | "capabilities", string>;
}

const FINGERPRINT_SQL = `SELECT
  (SELECT count(*) || '/' || count(*) FILTER (WHERE "archivedAt" IS NULL) || '/' || coalesce(max("updatedAt")::text, '') FROM "System") AS systems,
  (SELECT count(*) || '/' || count(*) FILTER (WHERE "archivedAt" IS NULL) || '/' || coalesce(max("updatedAt")::text, '') FROM "Integration") AS integrations,
  (SELECT count(*) || '/' || count(*) FILTER (WHERE "archivedAt" IS NULL) || '/' || coalesce(max("updatedAt")::text, '') FROM "Contract") AS contracts,
  (SELECT count(*) || '/' || count(*) FILTER (WHERE c."archivedAt" IS NULL) || '/' || coalesce(max(v."updatedAt")::text, '')
     FROM "ContractVersion" v JOIN "Contract" c ON c.id = v."contractId") AS "contractVersions",
  (SELECT count(*) || '/' || count(*) FILTER (WHERE "archivedAt" IS NULL) || '/' || coalesce(max("updatedAt")::text, '') FROM "Consumer") AS consumers,
  (SELECT count(*) || '/' || coalesce(sum(hashtext("integrationId" || "role"::text || "userId")), 0) FROM "IntegrationOwner")
    || '|' || (SELECT count(*) || '/' || coalesce(sum(hashtext("integrationId" || "capabilityId")), 0) FROM "IntegrationCapability") AS "integrationLinks",
  (SELECT count(*) || '/' || coalesce(sum(hashtext("consumerId" || "capabilityId")), 0) FROM "ConsumerCapability") AS "consumerLinks",
  (SELECT count(*) || '/' || coalesce(sum(hashtext("slug" || "name")), 0) FROM "BusinessCapability") AS capabilities`;

async function catalogFingerprint(db: PrismaClient): Promise<Fingerprint> {
  const [parts] = await db.$queryRawUnsafe<Fingerprint["parts"][]>(FINGERPRINT_SQL);
  const table = (part: string) => {
    const [, live, updated] = part.split("/");
    // A timestamp without time zone, written by Prisma in UTC.
    return { live: Number(live), updated: updated ? Date.parse(`${updated.replace(" ", "T")}Z`) : 0 };
  };
  const [systems, integrations, contracts, contractVersions, consumers] = [
    parts.systems,
    parts.integrations,
    parts.contracts,
    parts.contractVersions,
    parts.consumers,
  ].map(table);
  return {
    live: { systems: systems.live, integrations: integrations.live, contractVersions: contractVersions.live, consumers: consumers.live },
    lastUpdate: Math.max(systems.updated, integrations.updated, contracts.updated, contractVersions.updated, consumers.updated),
    parts,
  };
}

const sameFingerprint = (a: Fingerprint, b: Fingerprint) =>
  (Object.keys(a.parts) as (keyof Fingerprint["parts"])[]).every((part) => a.parts[part] === b.parts[part]);

// The transaction snapshot ("xmin:xmax:in-progress ids") costs one millisecond and changes whenever any
// transaction starts writing or finishes: while it stays the same, nothing was written and the fingerprint (which
// scans tables: hundreds of milliseconds at 10,000 integrations on PGlite) need not be computed.
async function writeSnapshot(db: PrismaClient): Promise<string> {
  const rows = await db.$queryRawUnsafe<{ snapshot: string }[]>(`SELECT txid_current_snapshot()::text AS snapshot`);
  return rows[0]?.snapshot ?? "";
}

interface CheckedGraph {
  /** The write snapshot at which the catalog was last found to match `prepared`. */
  snapshot: string;
  fingerprint: Fingerprint;
  prepared: PreparedGraph;
  /** When the whole catalog was last read (Date.now()). */
  fullyLoadedAt: number;
}

interface GraphCache {
  current: CheckedGraph | null;
  /** The latest check (and reload, when the catalog changed) under way, if any. */
  refresh: { snapshot: string; done: Promise<CheckedGraph> } | null;
  /** Checks are numbered so that one finishing late never replaces the answer of a later one. */
  started: number;
  applied: number;
  /** The last failed check: until `retryAt` requests get the previous graph, or this error when there is none. */
  failure: { error: unknown; retryAt: number; backoffMs: number } | null;
}

// A failed reload is not retried by every request (each retry may read the whole catalog again: seconds of CPU at
// 100,000 integrations) but after a pause that doubles with each failure in a row.
const FIRST_RETRY_AFTER_MS = 1_000;
const LAST_RETRY_AFTER_MS = 60_000;

/**
 * From this many integrations a reload takes long enough (about 2 s at 10,000) that a request does not wait for it:
 * it waits at most REFRESH_GRACE_MS, then answers from the previous graph while the reload finishes in the
 * background. Smaller catalogs reload in well under a second and are always answered fresh.
 */
export const ANSWER_WHILE_RELOADING_FROM = 1_000;
const REFRESH_GRACE_MS = 150;

// Per database client: tests open several databases in one process. See docs/decisions/009-dependency-graph.md.
const caches = new WeakMap<PrismaClient, GraphCache>();

/**
 * A change committed with an updatedAt this much older than the last one seen (a transaction that ran long before
 * it committed, or another server's clock) is still read as a change; reading a record twice is harmless. A
 * longer transaction that only updates records (counts unchanged) is caught by the full reload that follows at
 * least every FULL_RELOAD_AFTER_MS.
 */
const CHANGE_WINDOW_MS = 5 * 60_000;
const FULL_RELOAD_AFTER_MS = 60 * 60_000;

async function checkCatalog(db: PrismaClient, snapshot: string, previous: CheckedGraph | null): Promise<CheckedGraph> {
  const fingerprint = await catalogFingerprint(db);
  if (previous && sameFingerprint(previous.fingerprint, fingerprint)) return { ...previous, snapshot };
  if (previous && Date.now() - previous.fullyLoadedAt < FULL_RELOAD_AFTER_MS && canReadChangesOnly(previous.fingerprint, fingerprint)) {
    const changes = await loadCatalogChanges(db, new Date(previous.fingerprint.lastUpdate - CHANGE_WINDOW_MS));
    const graph = applyCatalogChanges(previous.prepared.graph, changes, fingerprint.live);
    if (graph) return { snapshot, fingerprint, prepared: await prepareGraphBetweenRequests(graph), fullyLoadedAt: previous.fullyLoadedAt };
  }
  const fullyLoadedAt = Date.now();
  return { snapshot, fingerprint, prepared: await prepareGraphBetweenRequests(await loadCatalogGraph(db)), fullyLoadedAt };
}

/**
 * Link rows (owners, capabilities) are rewritten only together with their record, whose updatedAt then moves; a
 * link change without that, or a renamed business capability, is read by a full reload.
 */
function canReadChangesOnly(before: Fingerprint, after: Fingerprint): boolean {
  const moved = (part: keyof Fingerprint["parts"]) => before.parts[part] !== after.parts[part];
  if (moved("capabilities")) return false;
  if (moved("integrationLinks") && !moved("integrations")) return false;
  if (moved("consumerLinks") && !moved("consumers")) return false;
  return true;
}

function startRefresh(db: PrismaClient, cache: GraphCache, snapshot: string): Promise<CheckedGraph> {
  const number = ++cache.started;
  const refresh = { snapshot, done: checkCatalog(db, snapshot, cache.current) };
  cache.refresh = refresh;
  const settled = () => {
    if (cache.refresh === refresh) cache.refresh = null;
  };
  refresh.done
    .then(
      (checked) => {
        if (number > cache.applied) {
          cache.current = checked;
          cache.applied = number;
          cache.failure = null;
        }
      },
      (error: unknown) => {
        const backoffMs = cache.failure ? Math.min(cache.failure.backoffMs * 2, LAST_RETRY_AFTER_MS) : FIRST_RETRY_AFTER_MS;
        cache.failure = { error, retryAt: Date.now() + backoffMs, backoffMs };
      },
    )
    .finally(settled);
  return refresh.done;
}

const isLarge = (checked: CheckedGraph) => checked.prepared.graph.integrations.length >= ANSWER_WHILE_RELOADING_FROM;

/**
 * The prepared catalog graph. While nothing was written (a one-millisecond snapshot query) the cached graph is
 * served; after a write a fingerprint decides whether the catalog changed, and only then is it reloaded. A large
 * catalog's reload never holds a request for more than REFRESH_GRACE_MS: the request gets the previous graph and
 * the next ones the new graph once it is ready.
 */
export async function getPreparedGraph(db: PrismaClient): Promise<PreparedGraph> {
  const snapshot = await writeSnapshot(db);
  let cache = caches.get(db);
  if (!cache) {
    cache = { current: null, refresh: null, started: 0, applied: 0, failure: null };
    caches.set(db, cache);
  }
  const { current, failure } = cache;
  if (current && current.snapshot === snapshot) return current.prepared;
  if (failure && Date.now() < failure.retryAt) {
    if (current) return current.prepared;
    throw failure.error;
  }
  if (!current || !isLarge(current)) {
    // Small: always fresh. Reuse a check under way only if it started from this very snapshot.
    const refresh = cache.refresh?.snapshot === snapshot ? cache.refresh.done : startRefresh(db, cache, snapshot);
    return (await refresh).prepared;
  }
  if (cache.refresh) return current.prepared;
  const refresh = startRefresh(db, cache, snapshot);
  refresh.catch((error: unknown) => console.error("The dependency graph could not be reloaded; answering from the previous one.", error));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const grace = new Promise<CheckedGraph>((resolve) => (timer = setTimeout(() => resolve(current), REFRESH_GRACE_MS)));
  const checked = await Promise.race([refresh.catch(() => current), grace]);
  clearTimeout(timer);
  return checked.prepared;
}
