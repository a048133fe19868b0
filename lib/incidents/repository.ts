import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { IncidentCause } from "@/lib/generated/prisma/enums";
import { fromJsonColumn, toJsonColumn } from "@/lib/db/json-column";
import { decodeCursor, toCursorPage, type CursorPage } from "@/lib/pagination/cursor";
import { byIdOrKey } from "@/lib/catalog/integrations/detail-repository";
import { zIncidentFigures, type IncidentFigures, type IncidentListQuery, type IncidentOutput, type IncidentState } from "./schemas";

type Db = PrismaClient | Prisma.TransactionClient;

const person = { select: { id: true, name: true } } as const;

const incidentSelect = {
  id: true,
  cause: true,
  text: true,
  openingFigures: true,
  latestFigures: true,
  openedAt: true,
  lastSeenAt: true,
  acknowledgedAt: true,
  acknowledgementNote: true,
  resolvedAt: true,
  resolutionNote: true,
  updatedAt: true,
  integration: { select: { id: true, key: true, name: true } },
  acknowledgedBy: person,
  resolvedBy: person,
} as const satisfies Prisma.IncidentSelect;

type IncidentRow = Prisma.IncidentGetPayload<{ select: typeof incidentSelect }>;

export function incidentState(row: { acknowledgedAt: Date | null; resolvedAt: Date | null }): IncidentState {
  if (row.resolvedAt) return "resolved";
  return row.acknowledgedAt ? "acknowledged" : "open";
}

function toOutput(row: IncidentRow): IncidentOutput {
  return {
    id: row.id,
    integration: row.integration,
    cause: row.cause,
    state: incidentState(row),
    text: row.text,
    openingFigures: fromJsonColumn(zIncidentFigures, row.openingFigures, "Incident.openingFigures"),
    latestFigures: fromJsonColumn(zIncidentFigures, row.latestFigures, "Incident.latestFigures"),
    openedAt: row.openedAt,
    lastSeenAt: row.lastSeenAt,
    acknowledgedAt: row.acknowledgedAt,
    acknowledgedBy: row.acknowledgedBy,
    acknowledgementNote: row.acknowledgementNote,
    resolvedAt: row.resolvedAt,
    resolvedBy: row.resolvedBy,
    resolutionNote: row.resolutionNote,
    updatedAt: row.updatedAt,
  };
}

function stateFilter(state: IncidentListQuery["state"]): Prisma.IncidentWhereInput {
  switch (state) {
    case "open":
      return { resolvedAt: null, acknowledgedAt: null };
    case "acknowledged":
      return { resolvedAt: null, acknowledgedAt: { not: null } };
    case "resolved":
      return { resolvedAt: { not: null } };
    case "unresolved":
      return { resolvedAt: null };
    default:
      return {};
  }
}

/** Newest first. An unknown integration answers an empty page, like any filter that matches nothing. */
export async function findIncidentsPage(db: Db, query: IncidentListQuery): Promise<CursorPage<IncidentOutput>> {
  const and: Prisma.IncidentWhereInput[] = [stateFilter(query.state)];
  if (query.integration) and.push({ integration: byIdOrKey(query.integration) });
  if (query.cursor) {
    const [openedAt, id] = decodeCursor(query.cursor, 2) as [string, string];
    and.push({ OR: [{ openedAt: { lt: new Date(openedAt) } }, { openedAt: new Date(openedAt), id: { lt: id } }] });
  }
  const rows = await db.incident.findMany({
    where: { AND: and },
    select: incidentSelect,
    orderBy: [{ openedAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const page = toCursorPage(rows, query.limit, (row) => [row.openedAt.toISOString(), row.id]);
  return { items: page.items.map(toOutput), nextCursor: page.nextCursor };
}

export async function findIncident(db: Db, id: string): Promise<IncidentOutput | null> {
  const row = await db.incident.findUnique({ where: { id }, select: incidentSelect });
  return row ? toOutput(row) : null;
}

/** The integration page's list: unresolved first, then the most recent resolved ones. */
export async function findIncidentsOfIntegration(db: Db, integrationId: string, limit = 20): Promise<IncidentOutput[]> {
  const rows = await db.incident.findMany({
    where: { integrationId },
    select: incidentSelect,
    orderBy: [{ openSlot: { sort: "asc", nulls: "last" } }, { openedAt: "desc" }],
    take: limit,
  });
  return rows.map(toOutput);
}

/** What acknowledging or resolving needs: the owning team (authorization) and the state. */
export async function findIncidentForUpdate(tx: Db, id: string) {
  return tx.incident.findUnique({
    where: { id },
    select: {
      id: true,
      cause: true,
      text: true,
      acknowledgedAt: true,
      resolvedAt: true,
      updatedAt: true,
      integration: { select: { id: true, key: true, name: true, ownerTeamId: true } },
    },
  });
}
export type IncidentForUpdate = NonNullable<Awaited<ReturnType<typeof findIncidentForUpdate>>>;

/** Compare-and-set on updatedAt: false when someone else changed the incident meanwhile. */
export async function acknowledgeIncidentRow(tx: Db, incident: IncidentForUpdate, { actorId, at, note }: { actorId: string; at: Date; note: string | null }) {
  const { count } = await tx.incident.updateMany({
    where: { id: incident.id, updatedAt: incident.updatedAt, resolvedAt: null, acknowledgedAt: null },
    data: { acknowledgedAt: at, acknowledgedById: actorId, acknowledgementNote: note },
  });
  return count === 1;
}

export async function resolveIncidentRow(
  tx: Db,
  incidentId: string,
  { actorId, at, note, version }: { actorId: string | null; at: Date; note: string; version?: Date },
) {
  const { count } = await tx.incident.updateMany({
    where: { id: incidentId, resolvedAt: null, ...(version ? { updatedAt: version } : {}) },
    data: { resolvedAt: at, resolvedById: actorId, resolutionNote: note, openSlot: null },
  });
  return count === 1;
}

// ------------------------------------------------------------------------------------------------------------
// The evaluation's side (lib/incidents/reconcile-incidents.ts)
// ------------------------------------------------------------------------------------------------------------

export interface OpenIncidentRef {
  id: string;
  integrationId: string;
  cause: IncidentCause;
}

export async function findUnresolvedIncidents(db: Db, integrationIds?: readonly string[]): Promise<OpenIncidentRef[]> {
  return db.incident.findMany({
    where: { openSlot: true, ...(integrationIds ? { integrationId: { in: [...integrationIds] } } : {}) },
    select: { id: true, integrationId: true, cause: true },
  });
}

export interface NewIncident {
  integrationId: string;
  cause: IncidentCause;
  text: string;
  figures: IncidentFigures;
  at: Date;
}

/**
 * Opens the incidents; one that is already open for the same integration and cause is skipped by the unique index
 * (two evaluators racing open it once). Answers only the incidents this call created, so only those notify.
 */
export async function insertIncidents(tx: Db, incidents: readonly NewIncident[]) {
  if (incidents.length === 0) return [];
  return tx.incident.createManyAndReturn({
    data: incidents.map((incident) => ({
      integrationId: incident.integrationId,
      cause: incident.cause,
      text: incident.text,
      openingFigures: toJsonColumn(incident.figures),
      latestFigures: toJsonColumn(incident.figures),
      windowStart: new Date(incident.figures.windowStart),
      openedAt: incident.at,
      lastSeenAt: incident.at,
    })),
    skipDuplicates: true,
    select: { id: true, integrationId: true, cause: true, text: true },
  });
}

export async function touchIncident(tx: Db, incidentId: string, { text, figures, at }: { text: string; figures: IncidentFigures; at: Date }) {
  await tx.incident.updateMany({ where: { id: incidentId, resolvedAt: null }, data: { text, latestFigures: toJsonColumn(figures), lastSeenAt: at } });
}

/** Who an incident on these integrations concerns, and what it says about them (names of what they feed). */
export async function findIncidentSubjects(db: Db, integrationIds: readonly string[]) {
  const rows = await db.integration.findMany({
    where: { id: { in: [...integrationIds] } },
    select: {
      id: true,
      key: true,
      name: true,
      owners: { select: { userId: true } },
      escalationPath: { where: { userId: { not: null } }, orderBy: { position: "asc" }, take: 1, select: { userId: true } },
      capabilities: { select: { capability: { select: { name: true } } }, orderBy: { capability: { name: "asc" } } },
      contracts: {
        where: { archivedAt: null },
        select: {
          versions: {
            select: {
              consumers: {
                where: { archivedAt: null },
                select: { name: true, capabilities: { select: { capability: { select: { name: true } } } } },
              },
            },
          },
        },
      },
    },
  });
  return new Map(
    rows.map((row) => {
      const consumers = row.contracts.flatMap((contract) => contract.versions.flatMap((version) => version.consumers));
      const capabilities = new Set([
        ...row.capabilities.map((link) => link.capability.name),
        ...consumers.flatMap((consumer) => consumer.capabilities.map((link) => link.capability.name)),
      ]);
      return [
        row.id,
        {
          key: row.key,
          name: row.name,
          capabilities: [...capabilities],
          consumers: [...new Set(consumers.map((consumer) => consumer.name))].sort(),
          // The owners, and the first person on the escalation path: who is called first when it breaks.
          recipientIds: [...new Set([...row.owners.map((owner) => owner.userId), ...row.escalationPath.map((step) => step.userId!)])],
        },
      ] as const;
    }),
  );
}
export type IncidentSubjects = Awaited<ReturnType<typeof findIncidentSubjects>>;
