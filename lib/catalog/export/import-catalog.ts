import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { countCatalogRecords } from "@/lib/catalog/export/repository";
import { zCatalogExport, type CatalogExport, type CatalogImportOutput } from "@/lib/catalog/export/schemas";
import { Conflict } from "@/lib/errors/domain-errors";

type Ids = Map<string, string>;

function idOf(ids: Ids, key: string, what: string): string {
  const id = ids.get(key);
  // The schema's reference check makes this unreachable; it guards against the two drifting apart.
  if (!id) throw new Error(`Import: no ${what} “${key}”.`);
  return id;
}
const optionalIdOf = (ids: Ids, key: string | null, what: string) => (key === null ? null : idOf(ids, key, what));
/** A record's own columns: the file nests child lists the database keeps in tables of their own. */
function columnsOf<T extends object, K extends keyof T>(record: T, nested: readonly K[]): Omit<T, K> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !(nested as readonly PropertyKey[]).includes(key))) as Omit<T, K>;
}
const toMap = <T>(rows: T[], keyOf: (row: T) => string, idOfRow: (row: T) => string): Ids => new Map(rows.map((row) => [keyOf(row), idOfRow(row)]));

/**
 * Loads an export file into an EMPTY catalog, all or nothing (one transaction). People are matched by e-mail:
 * existing accounts (such as the importing admin) are kept as they are; the others are created without a password.
 */
export async function importCatalog(db: PrismaClient, { actor, input }: { actor: Actor; input: unknown }): Promise<CatalogImportOutput> {
  return runMutation(db, {
    actor,
    permission: "user.manage",
    action: "catalog.import",
    schema: zCatalogExport,
    input,
    // The demo imports in about a second; a catalog of thousands of integrations needs longer.
    transactionTimeoutMs: 120_000,
    write: async (tx, { input: file }) => {
      const present = Object.entries(await countCatalogRecords(tx)).filter(([, count]) => count > 0);
      if (present.length > 0) {
        throw new Conflict(`The catalog is not empty (${present.map(([what, count]) => `${count} ${what}`).join(", ")}). Import into a fresh installation.`);
      }
      const imported = await writeCatalog(tx, file);
      return { result: { imported }, target: { type: "catalog", id: "catalog", label: "Catalog import" }, after: imported };
    },
  });
}

async function writeCatalog(tx: Prisma.TransactionClient, file: CatalogExport): Promise<CatalogImportOutput["imported"]> {
  const lower = (email: string) => email.toLowerCase();
  const existing = await tx.user.findMany({
    where: { email: { in: file.people.map((p) => p.email), mode: "insensitive" } },
    select: { id: true, email: true },
  });
  const existingEmails = new Set(existing.map((u) => lower(u.email)));
  const created = await tx.user.createManyAndReturn({
    data: file.people.filter((p) => !existingEmails.has(lower(p.email))).map((p) => ({ ...p, passwordHash: null })),
    select: { id: true, email: true },
  });
  const people = toMap(
    [...existing, ...created],
    (u) => lower(u.email),
    (u) => u.id,
  );
  const person = (email: string) => idOf(people, lower(email), "person");
  const optionalPerson = (email: string | null) => (email === null ? null : person(email));

  const teams = toMap(
    await tx.team.createManyAndReturn({ data: file.teams.map((team) => columnsOf(team, ["members"])), select: { id: true, slug: true } }),
    (t) => t.slug,
    (t) => t.id,
  );
  await tx.teamMembership.createMany({
    data: file.teams.flatMap((team) => team.members.map((m) => ({ teamId: idOf(teams, team.slug, "team"), userId: person(m.email), isLead: m.isLead }))),
  });

  const capabilities = toMap(
    await tx.businessCapability.createManyAndReturn({ data: file.capabilities, select: { id: true, slug: true } }),
    (c) => c.slug,
    (c) => c.id,
  );

  const systems = toMap(
    await tx.system.createManyAndReturn({
      data: file.systems.map(({ ownerTeam, ...system }) => ({ ...system, ownerTeamId: optionalIdOf(teams, ownerTeam, "team") })),
      select: { id: true, slug: true },
    }),
    (s) => s.slug,
    (s) => s.id,
  );

  const integrations = toMap(
    await tx.integration.createManyAndReturn({
      data: file.integrations.map((integration) => ({
        ...columnsOf(integration, [
          "sourceSystem",
          "targetSystem",
          "ownerTeam",
          "owners",
          "escalationPath",
          "capabilities",
          "validationRules",
          "exceptionRoutes",
        ]),
        sourceSystemId: idOf(systems, integration.sourceSystem, "system"),
        targetSystemId: idOf(systems, integration.targetSystem, "system"),
        ownerTeamId: optionalIdOf(teams, integration.ownerTeam, "team"),
      })),
      select: { id: true, key: true },
    }),
    (i) => i.key,
    (i) => i.id,
  );
  const integrationId = (key: string) => idOf(integrations, key, "integration");
  await tx.integrationOwner.createMany({
    data: file.integrations.flatMap((i) => i.owners.map((o) => ({ integrationId: integrationId(i.key), role: o.role, userId: person(o.email) }))),
  });
  await tx.escalationStep.createMany({
    data: file.integrations.flatMap((i) =>
      i.escalationPath.map((s) => ({ integrationId: integrationId(i.key), position: s.position, userId: optionalPerson(s.email), contact: s.contact })),
    ),
  });
  await tx.integrationCapability.createMany({
    data: file.integrations.flatMap((i) =>
      i.capabilities.map((slug) => ({ integrationId: integrationId(i.key), capabilityId: idOf(capabilities, slug, "capability") })),
    ),
  });
  await tx.validationRule.createMany({ data: file.integrations.flatMap((i) => i.validationRules.map((r) => ({ ...r, integrationId: integrationId(i.key) }))) });
  await tx.exceptionRoute.createMany({ data: file.integrations.flatMap((i) => i.exceptionRoutes.map((r) => ({ ...r, integrationId: integrationId(i.key) }))) });

  const contracts = toMap(
    await tx.contract.createManyAndReturn({
      data: file.contracts.map((contract) => ({
        ...columnsOf(contract, ["ownerTeam", "ownerEmail", "integration", "system", "versions"]),
        ownerTeamId: optionalIdOf(teams, contract.ownerTeam, "team"),
        ownerUserId: optionalPerson(contract.ownerEmail),
        integrationId: optionalIdOf(integrations, contract.integration, "integration"),
        systemId: optionalIdOf(systems, contract.system, "system"),
      })),
      select: { id: true, slug: true },
    }),
    (c) => c.slug,
    (c) => c.id,
  );
  const contractSlugById = new Map([...contracts].map(([slug, id]) => [id, slug]));
  const versions = toMap(
    await tx.contractVersion.createManyAndReturn({
      data: file.contracts.flatMap((c) =>
        c.versions.map((version) => ({ ...columnsOf(version, ["glossary"]), contractId: idOf(contracts, c.slug, "contract") })),
      ),
      select: { id: true, contractId: true, version: true },
    }),
    (v) => `${contractSlugById.get(v.contractId)}@${v.version}`,
    (v) => v.id,
  );
  await tx.glossaryEntry.createMany({
    data: file.contracts.flatMap((c) =>
      c.versions.flatMap((v) => v.glossary.map((g) => ({ ...g, contractVersionId: idOf(versions, `${c.slug}@${v.version}`, "contract version") }))),
    ),
  });

  // Consumers have no human key to map returned ids back to: their ids are made here instead.
  const consumers = file.consumers.map((consumer) => ({ id: randomUUID(), consumer }));
  await tx.consumer.createMany({
    data: consumers.map(({ id, consumer }) => ({
      ...columnsOf(consumer, ["system", "contract", "contractVersion", "ownerEmail", "ownerTeam", "capabilities"]),
      id,
      systemId: optionalIdOf(systems, consumer.system, "system"),
      contractVersionId: idOf(versions, `${consumer.contract}@${consumer.contractVersion}`, "contract version"),
      ownerUserId: optionalPerson(consumer.ownerEmail),
      ownerTeamId: optionalIdOf(teams, consumer.ownerTeam, "team"),
    })),
  });
  await tx.consumerCapability.createMany({
    data: consumers.flatMap(({ id, consumer }) =>
      consumer.capabilities.map((slug) => ({ consumerId: id, capabilityId: idOf(capabilities, slug, "capability") })),
    ),
  });

  return {
    teams: teams.size,
    people: created.length,
    existingPeople: existing.length,
    capabilities: capabilities.size,
    systems: systems.size,
    integrations: integrations.size,
    contracts: contracts.size,
    contractVersions: versions.size,
    consumers: file.consumers.length,
  };
}
