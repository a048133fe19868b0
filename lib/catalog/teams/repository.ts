import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { decodeCursor, toCursorPage, type CursorPage } from "@/lib/pagination/cursor";
import type {
  CreateTeamInput,
  TeamApiListQuery,
  TeamDetailOutput,
  TeamListQuery,
  TeamMemberOutput,
  TeamOutput,
  UpdateTeamInput,
} from "@/lib/catalog/teams/schemas";

export const TEAMS_PAGE_SIZE = 25;

const teamSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { memberships: true, systems: true, integrations: true, contracts: true, consumers: true } },
} as const satisfies Prisma.TeamSelect;

type TeamRow = Prisma.TeamGetPayload<{ select: typeof teamSelect }>;

function toTeamOutput({ _count, ...team }: TeamRow): TeamOutput {
  return {
    ...team,
    memberCount: _count.memberships,
    owns: { systems: _count.systems, integrations: _count.integrations, contracts: _count.contracts, consumers: _count.consumers },
  };
}

function searchWhere(q: string | undefined): Prisma.TeamWhereInput {
  return q
    ? {
        OR: [
          { name: { contains: q, mode: "insensitive" } },
          { slug: { contains: q, mode: "insensitive" } },
          { description: { contains: q, mode: "insensitive" } },
        ],
      }
    : {};
}

export async function findTeams(db: PrismaClient, query: TeamListQuery): Promise<{ teams: TeamOutput[]; total: number }> {
  const where = searchWhere(query.q);
  const [rows, total] = await Promise.all([
    db.team.findMany({ where, select: teamSelect, orderBy: [{ name: "asc" }, { id: "asc" }], skip: (query.page - 1) * TEAMS_PAGE_SIZE, take: TEAMS_PAGE_SIZE }),
    db.team.count({ where }),
  ]);
  return { teams: rows.map(toTeamOutput), total };
}

/** Keyset pagination by (name, id). */
export async function findTeamPage(db: PrismaClient, query: TeamApiListQuery): Promise<CursorPage<TeamOutput>> {
  let where = searchWhere(query.q);
  if (query.cursor) {
    const [name, id] = decodeCursor(query.cursor, 2).map(String);
    where = { AND: [where, { OR: [{ name: { gt: name } }, { name, id: { gt: id } }] }] };
  }
  const rows = await db.team.findMany({ where, select: teamSelect, orderBy: [{ name: "asc" }, { id: "asc" }], take: query.limit + 1 });
  return toCursorPage(rows.map(toTeamOutput), query.limit, (team) => [team.name, team.id]);
}

const bySlugOrId = (slugOrId: string): Prisma.TeamWhereInput => ({ OR: [{ slug: slugOrId }, { id: slugOrId }] });

export async function findTeamDetail(db: PrismaClient, slugOrId: string): Promise<TeamDetailOutput | null> {
  const row = await db.team.findFirst({
    where: bySlugOrId(slugOrId),
    select: {
      ...teamSelect,
      memberships: {
        select: { isLead: true, user: { select: { id: true, name: true, email: true, title: true, role: true } } },
        orderBy: [{ isLead: "desc" }, { user: { name: "asc" } }],
      },
    },
  });
  if (!row) return null;
  const { memberships, ...team } = row;
  return { ...toTeamOutput(team), members: memberships.map((m) => ({ ...m.user, isLead: m.isLead })) };
}

const OWNED_LIST_LIMIT = 100;

/** What the team owns, for its page (the first hundred of each, by name). */
export async function findTeamOwnedRecords(db: PrismaClient, teamId: string) {
  const [systems, integrations, contracts] = await Promise.all([
    db.system.findMany({
      where: { ownerTeamId: teamId, archivedAt: null },
      select: { slug: true, name: true, criticality: true },
      orderBy: { name: "asc" },
      take: OWNED_LIST_LIMIT,
    }),
    db.integration.findMany({
      where: { ownerTeamId: teamId, archivedAt: null },
      select: { key: true, name: true, criticality: true, healthStatus: true },
      orderBy: { name: "asc" },
      take: OWNED_LIST_LIMIT,
    }),
    db.contract.findMany({
      where: { ownerTeamId: teamId, archivedAt: null },
      select: { slug: true, name: true, type: true },
      orderBy: { name: "asc" },
      take: OWNED_LIST_LIMIT,
    }),
  ]);
  return { systems, integrations, contracts, limit: OWNED_LIST_LIMIT };
}

export async function findTeamForUpdate(tx: Prisma.TransactionClient, slugOrId: string) {
  return tx.team.findFirst({ where: bySlugOrId(slugOrId), select: { id: true, slug: true, name: true, description: true, updatedAt: true } });
}

export async function isTeamSlugTaken(tx: Prisma.TransactionClient, slug: string, exceptId?: string): Promise<boolean> {
  return (await tx.team.count({ where: { slug, ...(exceptId ? { id: { not: exceptId } } : {}) } })) > 0;
}

export async function insertTeam(tx: Prisma.TransactionClient, input: CreateTeamInput): Promise<TeamOutput> {
  return toTeamOutput(await tx.team.create({ data: { slug: input.slug, name: input.name, description: input.description ?? null }, select: teamSelect }));
}

/** Compare-and-set on updatedAt: null when someone else changed the team meanwhile. */
export async function updateTeamIfUnchanged(tx: Prisma.TransactionClient, id: string, updatedAt: Date, input: UpdateTeamInput): Promise<TeamOutput | null> {
  const { count } = await tx.team.updateMany({ where: { id, updatedAt }, data: input });
  if (count === 0) return null;
  return toTeamOutput(await tx.team.findUniqueOrThrow({ where: { id }, select: teamSelect }));
}

// ------------------------------------------------------------------------------------------------------------
// Membership (inside runMutation's transaction)
// ------------------------------------------------------------------------------------------------------------

/** The team and whether `actorId` leads it: leads manage their team's members (see team.membership.manage). */
export async function findTeamForMembership(tx: Prisma.TransactionClient, slugOrId: string, actorId: string) {
  const team = await tx.team.findFirst({
    where: bySlugOrId(slugOrId),
    select: { id: true, slug: true, name: true, memberships: { where: { userId: actorId, isLead: true }, select: { userId: true } } },
  });
  if (!team) return null;
  const { memberships, ...rest } = team;
  return { ...rest, actorLeads: memberships.length > 0 };
}
export type TeamForMembership = NonNullable<Awaited<ReturnType<typeof findTeamForMembership>>>;

const memberSelect = { isLead: true, user: { select: { id: true, email: true, name: true } } } as const satisfies Prisma.TeamMembershipSelect;

function toMember(row: Prisma.TeamMembershipGetPayload<{ select: typeof memberSelect }>): TeamMemberOutput {
  return { userId: row.user.id, email: row.user.email, name: row.user.name, isLead: row.isLead };
}

export async function findTeamMember(tx: Prisma.TransactionClient, teamId: string, userId: string): Promise<TeamMemberOutput | null> {
  const row = await tx.teamMembership.findUnique({ where: { userId_teamId: { userId, teamId } }, select: memberSelect });
  return row ? toMember(row) : null;
}

export async function findUserIdByEmail(tx: Prisma.TransactionClient, email: string): Promise<string | null> {
  return (await tx.user.findUnique({ where: { email }, select: { id: true } }))?.id ?? null;
}

export async function insertTeamMember(tx: Prisma.TransactionClient, teamId: string, userId: string, isLead: boolean): Promise<TeamMemberOutput> {
  return toMember(await tx.teamMembership.create({ data: { teamId, userId, isLead }, select: memberSelect }));
}

export async function setTeamMemberLead(tx: Prisma.TransactionClient, teamId: string, userId: string, isLead: boolean): Promise<TeamMemberOutput> {
  return toMember(await tx.teamMembership.update({ where: { userId_teamId: { userId, teamId } }, data: { isLead }, select: memberSelect }));
}

export async function deleteTeamMember(tx: Prisma.TransactionClient, teamId: string, userId: string): Promise<void> {
  await tx.teamMembership.delete({ where: { userId_teamId: { userId, teamId } } });
}

/** People who can be added: enabled accounts not yet in the team, by name. */
export async function findPeopleOutsideTeam(db: PrismaClient, teamId: string) {
  return db.user.findMany({ where: { disabledAt: null, memberships: { none: { teamId } } }, select: { email: true, name: true }, orderBy: { name: "asc" } });
}
