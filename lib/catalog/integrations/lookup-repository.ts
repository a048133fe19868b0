import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// Lookups into other domains (systems, teams, people, capabilities) that resolve an input's references to ids.

type Db = PrismaClient | Prisma.TransactionClient;

export async function findSystemIdsBySlug(tx: Db, slugs: string[]) {
  const rows = await tx.system.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, archivedAt: true } });
  return new Map(rows.map((r) => [r.slug, r]));
}
export async function findTeamIdsBySlug(tx: Db, slugs: string[]) {
  const rows = await tx.team.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  return new Map(rows.map((r) => [r.slug, r.id]));
}
export async function findUserIdsByEmail(tx: Db, emails: string[]) {
  const rows = await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  return new Map(rows.map((r) => [r.email.toLowerCase(), r.id]));
}
export async function findCapabilityIdsBySlug(tx: Db, slugs: string[]) {
  const rows = await tx.businessCapability.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  return new Map(rows.map((r) => [r.slug, r.id]));
}
