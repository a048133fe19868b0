import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { outputSelect, ref, toOutput } from "@/lib/catalog/integrations/integration-rows";
import type { IntegrationOutput } from "@/lib/catalog/integrations/schemas";

// Detail reads: one integration, what surrounds it on its page, and what archiving it would affect.

type Db = PrismaClient | Prisma.TransactionClient;

/** Accepts the cuid or the human key (INT-0042; imports may bring other prefixes): keys have a dash, cuids never. */
export function byIdOrKey(idOrKey: string): Prisma.IntegrationWhereUniqueInput {
  return idOrKey.includes("-") ? { key: idOrKey.toUpperCase() } : { id: idOrKey };
}

export async function findIntegration(db: Db, idOrKey: string): Promise<IntegrationOutput | null> {
  const row = await db.integration.findUnique({ where: byIdOrKey(idOrKey), select: outputSelect });
  return row ? toOutput(row) : null;
}

/** Everything the detail page shows beyond the record itself: contracts, versions, consumers, neighbours. */
export async function findIntegrationSurroundings(db: PrismaClient, integration: Pick<IntegrationOutput, "id" | "sourceSystem" | "targetSystem">) {
  const neighbourSelect = { id: true, key: true, name: true, healthStatus: true, sourceSystem: ref, targetSystem: ref } as const;
  const [contracts, upstream, downstream] = await Promise.all([
    db.contract.findMany({
      where: { integrationId: integration.id },
      orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { name: "asc" }],
      select: {
        id: true,
        slug: true,
        name: true,
        type: true,
        archivedAt: true,
        versions: {
          orderBy: { createdAt: "desc" },
          select: {
            id: true,
            version: true,
            status: true,
            publishedAt: true,
            glossary: { select: { field: true, meaning: true }, orderBy: { field: "asc" } },
            consumers: {
              where: { archivedAt: null },
              orderBy: { name: "asc" },
              select: { id: true, name: true, kind: true, fieldsUsed: true, purpose: true, ownerTeam: ref },
            },
          },
        },
      },
    }),
    db.integration.findMany({
      where: { archivedAt: null, targetSystemId: integration.sourceSystem.id, id: { not: integration.id } },
      select: neighbourSelect,
      orderBy: { key: "asc" },
      take: 20,
    }),
    db.integration.findMany({
      where: { archivedAt: null, sourceSystemId: integration.targetSystem.id, id: { not: integration.id } },
      select: neighbourSelect,
      orderBy: { key: "asc" },
      take: 20,
    }),
  ]);
  return { contracts, upstream, downstream };
}
export type IntegrationSurroundings = Awaited<ReturnType<typeof findIntegrationSurroundings>>;

/** Non-archived consumers of versions of the integration's non-archived contracts. */
export async function countActiveConsumers(db: Db, integrationId: string): Promise<number> {
  return db.consumer.count({ where: { archivedAt: null, contractVersion: { contract: { archivedAt: null, integrationId } } } });
}
