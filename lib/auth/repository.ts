import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
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

export interface CountedAttempt {
  /** The counter's state before this attempt was counted. */
  before: ThrottleState;
  lastSucceededAt: Date | null;
}

/**
 * Counts one attempt on a throttle key and answers the state it found, in one statement: the sub-select locks
 * the row, so parallel attempts are counted one after the other and each sees the count left by the previous one.
 * Failures older than `windowStart` are forgiven first.
 */
export async function countAttempt(db: PrismaClient, key: string, now: Date, windowStart: Date): Promise<CountedAttempt> {
  await db.$executeRaw`INSERT INTO "SignInThrottle" ("key", "failures", "lastFailedAt") VALUES (${key}, 0, ${now}::timestamp(3)) ON CONFLICT ("key") DO NOTHING`;
  const rows = await db.$queryRaw<{ failures: number; lastFailedAt: Date; lastSucceededAt: Date | null }[]>`
    UPDATE "SignInThrottle" AS t
    SET "failures" = CASE WHEN previous."lastFailedAt" < ${windowStart}::timestamp(3) THEN 1 ELSE previous."failures" + 1 END,
        "lastFailedAt" = ${now}::timestamp(3)
    FROM (SELECT "key", "failures", "lastFailedAt" FROM "SignInThrottle" WHERE "key" = ${key} FOR UPDATE) AS previous
    WHERE t."key" = previous."key"
    RETURNING previous."failures" AS "failures", previous."lastFailedAt" AS "lastFailedAt", t."lastSucceededAt" AS "lastSucceededAt"`;
  const row = rows[0];
  if (!row) throw new Error(`The sign-in throttle row ${key} vanished while it was counted.`);
  return {
    before: { failures: Number(row.failures), lastFailedAt: new Date(row.lastFailedAt) },
    lastSucceededAt: row.lastSucceededAt ? new Date(row.lastSucceededAt) : null,
  };
}

/** A correct password takes its own attempt back off a counter. */
export async function uncountAttempt(db: PrismaClient, key: string): Promise<void> {
  await db.$executeRaw`UPDATE "SignInThrottle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "key" = ${key}`;
}

/** A correct password from an address clears its account + address counter and remembers the success. */
export async function recordSuccessfulAddress(db: PrismaClient, key: string, now: Date): Promise<void> {
  await db.signInThrottle.update({ where: { key }, data: { failures: 0, lastSucceededAt: now } });
}

export async function recordSignIn(db: PrismaClient, userId: string, at: Date): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { lastSignInAt: at } });
}

/**
 * The actor behind a session cookie, or null when the cookie was revoked: its session version is older than the
 * user's (raised at sign-out, role change and unlinking an identity). Cookies from before versions existed carry none
 * and count as version 0.
 */
export async function findSessionActor(db: PrismaClient, session: { id?: string; sessionVersion?: number }): Promise<Actor | null> {
  if (!session.id) return null;
  const user = await db.user.findUnique({ where: { id: session.id }, select: { ...actorSelect, sessionVersion: true } });
  if (!user || user.disabledAt || user.sessionVersion !== (session.sessionVersion ?? 0)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, teamIds: user.memberships.map((m) => m.teamId) };
}

export async function findSessionVersion(db: PrismaClient, userId: string): Promise<number | null> {
  return (await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } }))?.sessionVersion ?? null;
}

/** Ends every session of the user: the cookies they hold carry an older version from now on. */
export async function endSessions(db: PrismaClient | Prisma.TransactionClient, userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
