import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { insertRows } from "@/lib/db/insert-rows";
import { byIdOrKey, findIntegration } from "@/lib/catalog/integrations/detail-repository";
import type { IntegrationOutput } from "@/lib/catalog/integrations/schemas";

// Writes, inside runMutation's transaction: keys, single creates and updates, and the bulk writes of an import.

export async function findIntegrationForUpdate(tx: Prisma.TransactionClient, idOrKey: string) {
  return tx.integration.findUnique({
    where: byIdOrKey(idOrKey),
    select: { id: true, key: true, name: true, ownerTeamId: true, updatedAt: true, archivedAt: true },
  });
}
export type IntegrationForUpdate = NonNullable<Awaited<ReturnType<typeof findIntegrationForUpdate>>>;

/**
 * Serializes whatever gives an integration its key until the transaction ends. Without it, two creates at once read
 * the same MAX and the second insert failed on the unique key (a 500); with it, the second waits, then sees the first.
 */
export async function lockIntegrationKeys(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext('interchange.integration-key'))`;
}

/**
 * The next free INT-NNNN key; takes the key lock first, so the key stays free until the transaction commits.
 * Keys of other shapes (imports may bring their own) are ignored.
 */
export async function nextIntegrationKey(tx: Prisma.TransactionClient): Promise<string> {
  await lockIntegrationKeys(tx);
  const rows = await tx.$queryRaw<
    { max: number | null }[]
  >`SELECT MAX(CAST(SUBSTRING("key" FROM 5) AS INTEGER)) AS max FROM "Integration" WHERE "key" ~ '^INT-[0-9]{1,9}$'`;
  const next = Number(rows[0]?.max ?? 0) + 1;
  return `INT-${String(next).padStart(4, "0")}`;
}

export async function integrationKeyExists(tx: Prisma.TransactionClient, key: string): Promise<boolean> {
  return (await tx.integration.count({ where: { key } })) > 0;
}

type ChildRows = "owners" | "escalationPath" | "capabilities" | "validationRules" | "exceptionRoutes";

/** Scalar columns and resolved relations of a create or update; absent keys are left unchanged. */
type HealthColumns =
  | "healthStatus"
  | "derivedHealth"
  | "healthReason"
  | "healthCheckedAt"
  | "healthOverride"
  | "healthOverrideReason"
  | "healthOverrideUntil"
  | "healthOverrideById";

export interface IntegrationWrite {
  // Health is derived (decision 050) or overridden (decision 051), never written with the record.
  scalars: Omit<Prisma.IntegrationUncheckedUpdateInput, ChildRows | "key" | "id" | HealthColumns>;
  owners?: { role: IntegrationOutput["owners"][number]["role"]; userId: string }[];
  escalationPath?: { position: number; userId: string | null; contact: string | null }[];
  capabilityIds?: string[];
  validationRules?: IntegrationOutput["validationRules"];
  exceptionRoutes?: IntegrationOutput["exceptionRoutes"];
}

export async function insertIntegration(tx: Prisma.TransactionClient, key: string, write: IntegrationWrite): Promise<IntegrationOutput> {
  const created = await tx.integration.create({
    data: {
      ...(write.scalars as Prisma.IntegrationUncheckedCreateInput),
      key,
      owners: { createMany: { data: write.owners ?? [] } },
      escalationPath: { createMany: { data: write.escalationPath ?? [] } },
      capabilities: { createMany: { data: (write.capabilityIds ?? []).map((capabilityId) => ({ capabilityId })) } },
      validationRules: { createMany: { data: write.validationRules ?? [] } },
      exceptionRoutes: { createMany: { data: write.exceptionRoutes ?? [] } },
    },
    select: { id: true },
  });
  return (await findIntegration(tx, created.id))!;
}

/**
 * Compare-and-set on updatedAt: the row changes only if nobody changed it since it was loaded. Returns false when
 * someone did (the caller answers 412), so two concurrent editors cannot both win.
 */
export async function updateIntegrationIfUnchanged(tx: Prisma.TransactionClient, id: string, loadedAt: Date, write: IntegrationWrite): Promise<boolean> {
  return (await updateIntegrationsIfUnchanged(tx, [{ id, loadedAt, write }])) === 1;
}

const UPDATE_BATCH_SIZE = 1_000;
const COLUMN_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * The compare-and-set update of many integrations in a handful of statements (an import of thousands of rows took
 * one round trip per row and relation before): one UPDATE ... FROM json_populate_recordset per batch of rows naming
 * the same columns, then each relation replaced for all rows at once. Returns how many rows were unchanged since
 * loaded and therefore updated; when that is fewer than asked, no relation is touched and the caller must roll back.
 */
export async function updateIntegrationsIfUnchanged(
  tx: Prisma.TransactionClient,
  updates: { id: string; loadedAt: Date; write: IntegrationWrite }[],
): Promise<number> {
  const now = new Date().toISOString();
  const byColumns = new Map<string, typeof updates>();
  for (const update of updates) {
    const columns = Object.keys(update.write.scalars)
      .filter((c) => update.write.scalars[c as keyof IntegrationWrite["scalars"]] !== undefined)
      .sort()
      .join(",");
    byColumns.set(columns, [...(byColumns.get(columns) ?? []), update]);
  }
  let updated = 0;
  for (const [columnList, group] of byColumns) {
    const columns = columnList ? columnList.split(",") : [];
    for (const column of columns) if (!COLUMN_NAME.test(column)) throw new Error(`Refusing to update unexpected column "${column}".`);
    const assignments = [...columns.map((c) => `"${c}" = x."${c}"`), `"updatedAt" = $2::timestamp(3)`].join(", ");
    for (let start = 0; start < group.length; start += UPDATE_BATCH_SIZE) {
      const batch = group.slice(start, start + UPDATE_BATCH_SIZE).map(({ id, loadedAt, write }) => ({ ...write.scalars, id, updatedAt: loadedAt }));
      updated += await tx.$executeRawUnsafe(
        `UPDATE "Integration" AS i SET ${assignments} FROM json_populate_recordset(NULL::"Integration", $1::json) AS x WHERE i.id = x.id AND i."updatedAt" = x."updatedAt"`,
        JSON.stringify(batch),
        now,
      );
    }
  }
  if (updated !== updates.length) return updated;
  await replaceChildRows(tx, updates);
  return updated;
}

const CHILD_TABLES = {
  owners: "IntegrationOwner",
  escalationPath: "EscalationStep",
  capabilityIds: "IntegrationCapability",
  validationRules: "ValidationRule",
  exceptionRoutes: "ExceptionRoute",
} as const satisfies Partial<Record<keyof IntegrationWrite, Prisma.ModelName>>;

/** Each relation's new rows for one integration, as table columns. */
function childRows(id: string, write: IntegrationWrite): { [K in keyof typeof CHILD_TABLES]: object[] | undefined } {
  const withId = <T extends object>(rows: T[] | undefined) => rows?.map((row) => ({ id: randomUUID(), ...row, integrationId: id }));
  return {
    owners: write.owners?.map((o) => ({ ...o, integrationId: id })),
    escalationPath: withId(write.escalationPath),
    capabilityIds: write.capabilityIds?.map((capabilityId) => ({ capabilityId, integrationId: id })),
    validationRules: withId(write.validationRules),
    exceptionRoutes: withId(write.exceptionRoutes),
  };
}

/**
 * Replaces, for every update that names a relation, all of that relation's rows: one DELETE with the ids as a single
 * JSON parameter, then bulk inserts (Prisma's deleteMany/createMany with thousands of bound values took seconds each).
 */
async function replaceChildRows(tx: Prisma.TransactionClient, updates: { id: string; write: IntegrationWrite }[]): Promise<void> {
  for (const [relation, table] of Object.entries(CHILD_TABLES) as [keyof typeof CHILD_TABLES, Prisma.ModelName][]) {
    const ids = updates.filter((u) => u.write[relation] !== undefined).map((u) => u.id);
    if (ids.length)
      await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "integrationId" IN (SELECT json_array_elements_text($1::json))`, JSON.stringify(ids));
  }
  await insertChildRows(tx, updates);
}

/** Bulk-inserts the relation rows of many integrations (new ones from an import, or updated ones after the delete). */
export async function insertChildRows(tx: Prisma.TransactionClient, integrations: { id: string; write: IntegrationWrite }[]): Promise<void> {
  const now = new Date();
  const rowsOf = integrations.map((i) => childRows(i.id, i.write));
  for (const [relation, table] of Object.entries(CHILD_TABLES) as [keyof typeof CHILD_TABLES, Prisma.ModelName][]) {
    await insertRows(
      tx,
      table,
      rowsOf.flatMap((rows) => rows[relation] ?? []),
      now,
    );
  }
}

/** The current version and owning team of each existing key, for an import that updates what exists. */
export async function findIntegrationsByKeys(tx: Prisma.TransactionClient, keys: string[]) {
  const rows = await tx.integration.findMany({
    where: { key: { in: keys } },
    select: { id: true, key: true, ownerTeamId: true, updatedAt: true, archivedAt: true },
  });
  return new Map(rows.map((r) => [r.key, r]));
}

export async function archiveIntegrationIfUnchanged(tx: Prisma.TransactionClient, id: string, loadedAt: Date, reason: string): Promise<boolean> {
  const { count } = await tx.integration.updateMany({
    where: { id, updatedAt: loadedAt },
    data: { archivedAt: new Date(), archiveReason: reason, updatedAt: new Date() },
  });
  return count === 1;
}
