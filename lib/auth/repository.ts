import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import type { ThrottleState } from "@/lib/auth/sign-in-throttle";

const actorSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  memberships: { select: { teamId: true } },
} as const;

export async function findActorById(db: PrismaClient, id: string): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { id }, select: actorSelect });
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, teamIds: user.memberships.map((m) => m.teamId) };
}

export async function findSignInAccount(db: PrismaClient, email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, disabledAt: true },
  });
}

export async function findOrCreateSingleSignOnUser(db: PrismaClient, input: { email: string; name: string }) {
  return db.user.upsert({
    where: { email: input.email },
    update: {},
    create: { email: input.email, name: input.name, role: "viewer" },
    select: { id: true, disabledAt: true },
  });
}

export async function findThrottle(db: PrismaClient, key: string): Promise<ThrottleState | null> {
  return db.signInThrottle.findUnique({ where: { key }, select: { failures: true, lastFailedAt: true } });
}

export async function saveThrottle(db: PrismaClient, key: string, state: ThrottleState): Promise<void> {
  await db.signInThrottle.upsert({ where: { key }, update: state, create: { key, ...state } });
}

export async function clearThrottle(db: PrismaClient, key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}

export async function recordSignIn(db: PrismaClient, userId: string, at: Date): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { lastSignInAt: at } });
}
