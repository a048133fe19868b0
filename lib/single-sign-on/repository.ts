import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

type Tx = Prisma.TransactionClient;

const accountSelect = { id: true, email: true, name: true, role: true, disabledAt: true, passwordHash: true } as const;

export async function findIdentityAccount(tx: Tx, issuer: string, subject: string) {
  return tx.singleSignOnIdentity.findUnique({
    where: { issuer_subject: { issuer, subject } },
    select: { id: true, user: { select: accountSelect } },
  });
}

export async function findAccountByEmail(tx: Tx, email: string) {
  return tx.user.findUnique({ where: { email }, select: accountSelect });
}

export async function findAccountById(tx: Tx, id: string) {
  return tx.user.findUnique({ where: { id }, select: accountSelect });
}

export async function createAccount(tx: Tx, input: { email: string; name: string; role: Role }) {
  return tx.user.create({ data: input, select: accountSelect });
}

export async function createIdentity(tx: Tx, input: { userId: string; issuer: string; subject: string; lastSignInAt: Date | null }) {
  return tx.singleSignOnIdentity.create({ data: input, select: { id: true, issuer: true, subject: true } });
}

export async function touchIdentity(tx: Tx, id: string, at: Date): Promise<void> {
  await tx.singleSignOnIdentity.update({ where: { id }, data: { lastSignInAt: at } });
}

export async function recordAccountSignIn(tx: Tx, userId: string, at: Date): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { lastSignInAt: at } });
}

/** A role from the provider's claims; like any role change it ends the user's other sessions. */
export async function setRoleFromClaims(tx: Tx, userId: string, role: Role): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } } });
}

/** The user's memberships among the given teams, by slug. */
export async function findManagedMemberships(tx: Tx, userId: string, slugs: readonly string[]): Promise<string[]> {
  const rows = await tx.teamMembership.findMany({ where: { userId, team: { slug: { in: [...slugs] } } }, select: { team: { select: { slug: true } } } });
  return rows.map((row) => row.team.slug).sort();
}

export async function setManagedMemberships(tx: Tx, userId: string, managed: readonly string[], member: readonly string[]): Promise<void> {
  const teams = await tx.team.findMany({ where: { slug: { in: [...managed] } }, select: { id: true, slug: true } });
  const wanted = new Set(member);
  await tx.teamMembership.deleteMany({ where: { userId, teamId: { in: teams.filter((t) => !wanted.has(t.slug)).map((t) => t.id) } } });
  await tx.teamMembership.createMany({
    data: teams.filter((t) => wanted.has(t.slug)).map((t) => ({ userId, teamId: t.id })),
    skipDuplicates: true,
  });
}

export async function findIdentitiesOf(db: Tx, userId: string) {
  return db.singleSignOnIdentity.findMany({
    where: { userId },
    select: { id: true, issuer: true, subject: true, createdAt: true, lastSignInAt: true },
    orderBy: { createdAt: "asc" },
  });
}

export async function findIdentityForUpdate(tx: Tx, id: string) {
  return tx.singleSignOnIdentity.findUnique({
    where: { id },
    select: { id: true, issuer: true, subject: true, user: { select: { ...accountSelect, _count: { select: { singleSignOnIdentities: true } } } } },
  });
}

export async function deleteIdentity(tx: Tx, id: string): Promise<void> {
  await tx.singleSignOnIdentity.delete({ where: { id } });
}
