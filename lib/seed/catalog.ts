import type { Prisma } from "@/lib/generated/prisma/client";
import { insertRows } from "@/lib/db/insert-rows";
import { stableId } from "./stable-id";
import type { ConsumerInput, ContractVersionInput, IntegrationInput, UserInput } from "@/test/factories";

/**
 * Everything the seed and the synthetic generator write, as factory outputs with ids already assigned, so rows can
 * reference each other before insertion and the whole catalog goes in with a handful of bulk inserts.
 */
export interface SeedCatalog {
  teams: Prisma.TeamCreateManyInput[];
  users: UserInput[];
  capabilities: Prisma.BusinessCapabilityCreateManyInput[];
  systems: Prisma.SystemCreateManyInput[];
  integrations: IntegrationInput[];
  contracts: Prisma.ContractCreateManyInput[];
  contractVersions: ContractVersionInput[];
  consumers: ConsumerInput[];
}

export interface CatalogCounts {
  teams: number;
  users: number;
  teamMemberships: number;
  businessCapabilities: number;
  systems: number;
  integrations: number;
  integrationOwners: number;
  escalationSteps: number;
  integrationCapabilities: number;
  validationRules: number;
  exceptionRoutes: number;
  contracts: number;
  contractVersions: number;
  glossaryEntries: number;
  consumers: number;
  consumerCapabilities: number;
}

export function emptyCatalog(): SeedCatalog {
  return { teams: [], users: [], capabilities: [], systems: [], integrations: [], contracts: [], contractVersions: [], consumers: [] };
}

export function countCatalog(catalog: SeedCatalog): CatalogCounts {
  const sum = <T>(rows: T[], count: (row: T) => number) => rows.reduce((total, row) => total + count(row), 0);
  return {
    teams: catalog.teams.length,
    users: catalog.users.length,
    teamMemberships: sum(catalog.users, (user) => user.memberships.createMany.data.length),
    businessCapabilities: catalog.capabilities.length,
    systems: catalog.systems.length,
    integrations: catalog.integrations.length,
    integrationOwners: sum(catalog.integrations, (row) => row.owners.createMany.data.length),
    escalationSteps: sum(catalog.integrations, (row) => row.escalationPath.createMany.data.length),
    integrationCapabilities: sum(catalog.integrations, (row) => row.capabilities.createMany.data.length),
    validationRules: sum(catalog.integrations, (row) => row.validationRules.createMany.data.length),
    exceptionRoutes: sum(catalog.integrations, (row) => row.exceptionRoutes.createMany.data.length),
    contracts: catalog.contracts.length,
    contractVersions: catalog.contractVersions.length,
    glossaryEntries: sum(catalog.contractVersions, (row) => row.glossary.createMany.data.length),
    consumers: catalog.consumers.length,
    consumerCapabilities: sum(catalog.consumers, (row) => row.capabilities.createMany.data.length),
  };
}

type Table = Prisma.ModelName;

/**
 * Inserts the catalog in foreign-key order. Run it inside a transaction.
 *
 * Rows go in through `insertRows` (one JSON document per batch) rather than through `createMany`: through the PGlite
 * driver adapter `createMany` took close to a minute for 10,000 integrations, the JSON path about a tenth of that. The rows are still typed as Prisma create inputs, so the schema
 * checks them at compile time; ids that Prisma would generate are derived here instead, which keeps reruns stable.
 */
export async function writeCatalog(db: Prisma.TransactionClient, catalog: SeedCatalog): Promise<void> {
  const now = new Date();
  const insert = <T extends object>(table: Table, rows: T[]) => insertRows(db, table, rows, now);

  await insert("Team", catalog.teams);
  await insert(
    "User",
    catalog.users.map((user) => scalarColumns(user, ["memberships"])),
  );
  await insert(
    "TeamMembership",
    catalog.users.flatMap((user) => user.memberships.createMany.data.map((row) => ({ isLead: false, ...row, userId: idOf(user, "user") }))),
  );
  await insert("BusinessCapability", catalog.capabilities);
  await insert("System", catalog.systems);

  const integrations = catalog.integrations.map((row) => ({ row, id: idOf(row, "integration") }));
  await insert(
    "Integration",
    integrations.map(({ row }) => scalarColumns(row, ["owners", "escalationPath", "capabilities", "validationRules", "exceptionRoutes"])),
  );
  await insert(
    "IntegrationOwner",
    integrations.flatMap(({ row, id }) => row.owners.createMany.data.map((owner) => ({ ...owner, integrationId: id }))),
  );
  await insert(
    "EscalationStep",
    integrations.flatMap(({ row, id }) =>
      row.escalationPath.createMany.data.map((step) => ({ id: stableId("escalation-step", `${id}:${step.position}`), ...step, integrationId: id })),
    ),
  );
  await insert(
    "IntegrationCapability",
    integrations.flatMap(({ row, id }) => row.capabilities.createMany.data.map((link) => ({ ...link, integrationId: id }))),
  );
  await insert(
    "ValidationRule",
    integrations.flatMap(({ row, id }) =>
      row.validationRules.createMany.data.map((rule, index) => ({ id: stableId("validation-rule", `${id}:${index}`), ...rule, integrationId: id })),
    ),
  );
  await insert(
    "ExceptionRoute",
    integrations.flatMap(({ row, id }) =>
      row.exceptionRoutes.createMany.data.map((route) => ({ id: stableId("exception-route", `${id}:${route.errorType}`), ...route, integrationId: id })),
    ),
  );

  await insert("Contract", catalog.contracts);
  await insert(
    "ContractVersion",
    catalog.contractVersions.map((version) => scalarColumns(version, ["glossary"])),
  );
  await insert(
    "GlossaryEntry",
    catalog.contractVersions.flatMap((version) => {
      const versionId = idOf(version, "contract version");
      return version.glossary.createMany.data.map((entry) => ({
        id: stableId("glossary-entry", `${versionId}:${entry.field}`),
        ...entry,
        contractVersionId: versionId,
      }));
    }),
  );
  await insert(
    "Consumer",
    catalog.consumers.map((consumer) => scalarColumns(consumer, ["capabilities"])),
  );
  await insert(
    "ConsumerCapability",
    catalog.consumers.flatMap((consumer) => consumer.capabilities.createMany.data.map((link) => ({ ...link, consumerId: idOf(consumer, "consumer") }))),
  );
}

/** The row without its nested relation writes: a bulk insert takes columns only. */
function scalarColumns<T extends object, K extends keyof T>(row: T, nested: readonly K[]): Omit<T, K> {
  const copy: Partial<T> = { ...row };
  for (const key of nested) delete copy[key];
  return copy as Omit<T, K>;
}

function idOf(row: { id?: string }, entity: string): string {
  if (!row.id) throw new Error(`Every ${entity} in a seed catalog needs an id assigned before insertion.`);
  return row.id;
}
