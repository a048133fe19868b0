import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CatalogForBackstage } from "@/lib/backstage/catalog-entities";

/** Everything the Backstage export writes, in a stable order (by slug, e-mail, key), not archived. */
export async function readCatalogForBackstage(db: PrismaClient): Promise<CatalogForBackstage> {
  const [teams, people, systems, contracts, consumers, integrations] = await Promise.all([
    db.team.findMany({ select: { slug: true, name: true, description: true }, orderBy: { slug: "asc" } }),
    db.user.findMany({
      where: { memberships: { some: {} }, disabledAt: null },
      select: { email: true, name: true, memberships: { select: { team: { select: { slug: true } } } } },
      orderBy: { email: "asc" },
    }),
    db.system.findMany({
      where: { archivedAt: null },
      select: {
        id: true,
        slug: true,
        name: true,
        description: true,
        businessDomain: true,
        lifecycle: true,
        links: true,
        backstageRef: true,
        ownerTeam: { select: { slug: true } },
      },
      orderBy: { slug: "asc" },
    }),
    db.contract.findMany({
      where: { archivedAt: null },
      select: {
        id: true,
        slug: true,
        name: true,
        description: true,
        type: true,
        links: true,
        backstageRef: true,
        systemId: true,
        ownerTeam: { select: { slug: true } },
        versions: { select: { version: true, status: true, specText: true } },
      },
      orderBy: { slug: "asc" },
    }),
    db.consumer.findMany({
      where: { archivedAt: null, systemId: { not: null } },
      select: { systemId: true, contractVersion: { select: { contractId: true } } },
    }),
    db.integration.findMany({ where: { archivedAt: null }, select: { sourceSystemId: true, targetSystemId: true }, orderBy: { key: "asc" } }),
  ]);
  return {
    teams,
    people: people.map((p) => ({ email: p.email, name: p.name, teams: p.memberships.map((m) => m.team.slug).sort() })),
    systems: systems.map(({ ownerTeam, ...s }) => ({ ...s, ownerTeam: ownerTeam?.slug ?? null })),
    contracts: contracts.map(({ ownerTeam, ...c }) => ({ ...c, ownerTeam: ownerTeam?.slug ?? null })),
    consumers: consumers.map((c) => ({ systemId: c.systemId!, contractId: c.contractVersion.contractId })),
    integrations,
  };
}
