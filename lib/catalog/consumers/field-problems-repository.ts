import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The live consumers' declarations (all, or one), with their owners: what is checked against their versions. */
export async function loadLiveDeclarations(db: PrismaClient, consumerId?: string) {
  return db.consumer.findMany({
    where: { archivedAt: null, ...(consumerId ? { id: consumerId } : {}) },
    select: {
      id: true,
      name: true,
      fieldsUsed: true,
      contractVersionId: true,
      ownerTeam: { select: { id: true, name: true } },
      ownerUser: { select: { id: true, name: true } },
    },
    orderBy: { name: "asc" },
  });
}

/** The documents of the versions consumed, once each however many consumers read them. */
export async function loadVersionDocuments(db: PrismaClient, ids: string[]) {
  return db.contractVersion.findMany({
    where: { id: { in: ids } },
    select: { id: true, version: true, updatedAt: true, specText: true, contract: { select: { slug: true, name: true } } },
  });
}
