import "server-only";
import { storedLinks } from "@/lib/catalog/links/schemas";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { CATALOG_EXPORT_FORMAT, CATALOG_EXPORT_VERSION, type CatalogExportInput } from "@/lib/catalog/export/schemas";

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const byText =
  <T>(keyOf: (item: T) => string) =>
  (a: T, b: T) =>
    keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0;

/**
 * Reads the whole catalog in the export format. Every list is in a fixed order (by its human key) so that two
 * exports of the same catalog are identical but for `exportedAt`.
 */
export async function readCatalogForExport(db: PrismaClient | Prisma.TransactionClient, now = new Date()): Promise<CatalogExportInput> {
  const [teams, people, capabilities, systems, integrations, contracts, consumers] = await Promise.all([
    db.team.findMany({
      select: { slug: true, name: true, description: true, memberships: { select: { isLead: true, user: { select: { email: true } } } } },
      orderBy: { slug: "asc" },
    }),
    db.user.findMany({ select: { email: true, name: true, role: true, title: true, disabledAt: true }, orderBy: { email: "asc" } }),
    db.businessCapability.findMany({ select: { slug: true, name: true, description: true }, orderBy: { slug: "asc" } }),
    db.system.findMany({ include: { ownerTeam: { select: { slug: true } } }, orderBy: { slug: "asc" } }),
    db.integration.findMany({
      include: {
        sourceSystem: { select: { slug: true } },
        targetSystem: { select: { slug: true } },
        ownerTeam: { select: { slug: true } },
        owners: { select: { role: true, user: { select: { email: true } } } },
        escalationPath: { select: { position: true, contact: true, user: { select: { email: true } } }, orderBy: { position: "asc" } },
        capabilities: { select: { capability: { select: { slug: true } } } },
        validationRules: { select: { kind: true, field: true, description: true } },
        exceptionRoutes: { select: { errorType: true, action: true, handler: true } },
      },
      orderBy: { key: "asc" },
    }),
    db.contract.findMany({
      include: {
        ownerTeam: { select: { slug: true } },
        ownerUser: { select: { email: true } },
        integration: { select: { key: true } },
        system: { select: { slug: true } },
        versions: { include: { glossary: { select: { field: true, meaning: true, rules: true }, orderBy: { field: "asc" } } }, orderBy: { version: "asc" } },
      },
      orderBy: { slug: "asc" },
    }),
    db.consumer.findMany({
      include: {
        system: { select: { slug: true } },
        contractVersion: { select: { version: true, contract: { select: { slug: true } } } },
        ownerUser: { select: { email: true } },
        ownerTeam: { select: { slug: true } },
        capabilities: { select: { capability: { select: { slug: true } } } },
      },
    }),
  ]);

  const exportedConsumers = consumers.map((c) => ({
    name: c.name,
    kind: c.kind,
    system: c.system?.slug ?? null,
    contract: c.contractVersion.contract.slug,
    contractVersion: c.contractVersion.version,
    fieldsUsed: c.fieldsUsed,
    purpose: c.purpose,
    ownerEmail: c.ownerUser?.email ?? null,
    ownerTeam: c.ownerTeam?.slug ?? null,
    archivedAt: iso(c.archivedAt),
    archiveReason: c.archiveReason,
    capabilities: c.capabilities.map((x) => x.capability.slug).sort(),
  }));
  // Consumers have no human key: order by everything that tells them apart.
  exportedConsumers.sort(byText((c) => JSON.stringify([c.contract, c.contractVersion, c.name, c.kind, c.system, c.purpose, c.fieldsUsed])));

  return {
    format: CATALOG_EXPORT_FORMAT,
    version: CATALOG_EXPORT_VERSION,
    exportedAt: now.toISOString(),
    teams: teams.map((t) => ({
      slug: t.slug,
      name: t.name,
      description: t.description,
      members: t.memberships.map((m) => ({ email: m.user.email, isLead: m.isLead })).sort(byText((m) => m.email)),
    })),
    people: people.map((p) => ({ ...p, disabledAt: iso(p.disabledAt) })),
    capabilities,
    systems: systems.map((s) => ({
      slug: s.slug,
      name: s.name,
      description: s.description,
      kind: s.kind,
      businessDomain: s.businessDomain,
      vendor: s.vendor,
      ownerTeam: s.ownerTeam?.slug ?? null,
      criticality: s.criticality,
      lifecycle: s.lifecycle,
      isExternal: s.isExternal,
      links: storedLinks(s.links),
      backstageRef: s.backstageRef,
      serviceNowId: s.serviceNowId,
      leanIxId: s.leanIxId,
      archivedAt: iso(s.archivedAt),
      archiveReason: s.archiveReason,
    })),
    integrations: integrations.map((i) => ({
      key: i.key,
      name: i.name,
      description: i.description,
      sourceSystem: i.sourceSystem.slug,
      targetSystem: i.targetSystem.slug,
      ownerTeam: i.ownerTeam?.slug ?? null,
      direction: i.direction,
      mechanism: i.mechanism,
      pattern: i.pattern,
      frequency: i.frequency,
      dataObjects: i.dataObjects,
      fieldsExchanged: i.fieldsExchanged,
      format: i.format,
      volumePerDay: i.volumePerDay,
      dataClassification: i.dataClassification,
      containsPersonalData: i.containsPersonalData,
      permittedUses: i.permittedUses,
      criticality: i.criticality,
      businessValue: i.businessValue,
      complexity: i.complexity,
      lifecycle: i.lifecycle,
      approvalState: i.approvalState,
      healthStatus: i.healthStatus,
      healthCheckedAt: iso(i.healthCheckedAt),
      monitoring: i.monitoring,
      monitoringNotes: i.monitoringNotes,
      expectedLatencySeconds: i.expectedLatencySeconds,
      links: storedLinks(i.links),
      backstageRef: i.backstageRef,
      serviceNowId: i.serviceNowId,
      leanIxId: i.leanIxId,
      archivedAt: iso(i.archivedAt),
      archiveReason: i.archiveReason,
      owners: i.owners.map((o) => ({ role: o.role, email: o.user.email })).sort(byText((o) => o.role)),
      escalationPath: i.escalationPath.map((s) => ({ position: s.position, email: s.user?.email ?? null, contact: s.contact })),
      capabilities: i.capabilities.map((c) => c.capability.slug).sort(),
      validationRules: i.validationRules.sort(byText((r) => JSON.stringify([r.kind, r.field, r.description]))),
      exceptionRoutes: i.exceptionRoutes.sort(byText((r) => r.errorType)),
    })),
    contracts: contracts.map((c) => ({
      slug: c.slug,
      name: c.name,
      description: c.description,
      type: c.type,
      ownerTeam: c.ownerTeam?.slug ?? null,
      ownerEmail: c.ownerUser?.email ?? null,
      integration: c.integration?.key ?? null,
      system: c.system?.slug ?? null,
      links: storedLinks(c.links),
      backstageRef: c.backstageRef,
      serviceNowId: c.serviceNowId,
      leanIxId: c.leanIxId,
      archivedAt: iso(c.archivedAt),
      archiveReason: c.archiveReason,
      versions: c.versions.map((v) => ({
        version: v.version,
        status: v.status,
        specText: v.specText,
        changelog: v.changelog,
        publishedAt: iso(v.publishedAt),
        glossary: v.glossary,
      })),
    })),
    consumers: exportedConsumers,
  };
}

/** Counts of what an import needs to be empty: anything here means the catalog is not. */
export async function countCatalogRecords(tx: Prisma.TransactionClient) {
  const [teams, capabilities, systems, integrations, contracts, consumers] = await Promise.all([
    tx.team.count(),
    tx.businessCapability.count(),
    tx.system.count(),
    tx.integration.count(),
    tx.contract.count(),
    tx.consumer.count(),
  ]);
  return { teams, capabilities, systems, integrations, contracts, consumers };
}
