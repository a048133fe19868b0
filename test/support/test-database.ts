import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { inject } from "vitest";
import { openDatabase } from "@/lib/db/open-database";
import { PGLITE_EXTENSIONS } from "@/lib/db/pglite-extensions";
import { pgliteSqlSession, type SqlSession } from "@/lib/db/sql-session";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { adminQuery, urlForDatabase } from "./postgres-admin";
import { TEST_DATABASE_PREFIX } from "./test-database-plan";

export interface TestDatabase {
  prisma: PrismaClient;
  sql: SqlSession;
  close(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** A database with no migration applied, for testing the migration runner itself. */
  empty?: boolean;
}

/**
 * A private database for one test file (or one test): an in-memory PGlite loaded from the snapshot
 * global-setup.ts migrated, or, when DATABASE_URL is set, a throwaway database on that PostgreSQL server.
 * Always `await close()` it (afterAll), which also drops the throwaway database.
 */
export async function createTestDatabase({ empty = false }: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const plan = inject("testDatabasePlan");
  if (!plan) throw new Error("createTestDatabase() needs test/support/global-setup.ts: run it in the integration project.");
  if (plan.kind === "pglite") return loadPGliteSnapshot(empty ? plan.emptySnapshot : plan.migratedSnapshot);
  return createThrowawayDatabase(plan.serverUrl, empty ? "template0" : plan.migratedTemplate, plan.runId);
}

async function loadPGliteSnapshot(snapshot: string): Promise<TestDatabase> {
  const pglite = await PGlite.create({ loadDataDir: new Blob([await readFile(snapshot)]), extensions: PGLITE_EXTENSIONS });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    sql: pgliteSqlSession(pglite),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

async function createThrowawayDatabase(serverUrl: string, template: string, runId: string): Promise<TestDatabase> {
  const name = `${TEST_DATABASE_PREFIX}${runId}_${randomBytes(4).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const db = await openDatabase({ kind: "postgres", url: urlForDatabase(serverUrl, name) });
  return {
    prisma: db.prisma,
    sql: db.sql,
    close: async () => {
      await db.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
