import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { UserListQuery, UserOutput } from "@/lib/users/schemas";

export const USERS_PAGE_SIZE = 25;

const userSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  title: true,
  passwordHash: true,
  lastSignInAt: true,
  memberships: { select: { team: { select: { id: true, name: true } } }, orderBy: { team: { name: "asc" } } },
} as const satisfies Prisma.UserSelect;

type UserRow = Prisma.UserGetPayload<{ select: typeof userSelect }>;

function toUserOutput(row: UserRow): UserOutput {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    title: row.title,
    canSignIn: row.passwordHash !== null,
    lastSignInAt: row.lastSignInAt,
    teams: row.memberships.map((m) => m.team),
  };
}

export async function findUsers(db: PrismaClient, query: UserListQuery): Promise<{ users: UserOutput[]; total: number }> {
  const where: Prisma.UserWhereInput = {
    ...(query.role ? { role: query.role } : {}),
    ...(query.q ? { OR: [{ name: { contains: query.q, mode: "insensitive" } }, { email: { contains: query.q, mode: "insensitive" } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      select: userSelect,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
    }),
    db.user.count({ where }),
  ]);
  return { users: rows.map(toUserOutput), total };
}

export async function findUserForUpdate(tx: Prisma.TransactionClient, id: string) {
  return tx.user.findUnique({ where: { id }, select: { id: true, name: true, email: true, role: true } });
}

export async function updateUserRole(tx: Prisma.TransactionClient, id: string, role: UserOutput["role"]): Promise<UserOutput> {
  // A new role ends the user's sessions: they sign in again and see what the role allows.
  return toUserOutput(await tx.user.update({ where: { id }, data: { role, sessionVersion: { increment: 1 } }, select: userSelect }));
}

export async function countAdmins(tx: Prisma.TransactionClient): Promise<number> {
  return tx.user.count({ where: { role: "admin", disabledAt: null } });
}
