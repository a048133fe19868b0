import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/migrations/apply-migrations";
import { openDatabase } from "@/lib/db/open-database";
import { PGLITE_EXTENSIONS } from "@/lib/db/pglite-extensions";
import { pgliteSqlSession } from "@/lib/db/sql-session";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { adminQuery, urlForDatabase } from "./postgres-admin";
import { TEST_DATABASE_PREFIX } from "./test-database-plan";

/**
 * Migrates once per run what every test file then copies: a PGlite snapshot (loading one takes well under a
 * second, creating and migrating a database several), or, when DATABASE_URL names a PostgreSQL server, a
 * template database there.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const target = resolveDatabaseTarget();
  return target.kind === "postgres" ? preparePostgres(project, target.url) : preparePGlite(project);
}

async function preparePGlite(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "interchange-test-"));
  const emptySnapshot = path.join(dir, "empty.tar");
  const migratedSnapshot = path.join(dir, "migrated.tar");
  const pglite = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  try {
    await writeSnapshot(pglite, emptySnapshot);
    await applyMigrations(pgliteSqlSession(pglite));
    await writeSnapshot(pglite, migratedSnapshot);
  } finally {
    await pglite.close();
  }
  project.provide("testDatabasePlan", { kind: "pglite", emptySnapshot, migratedSnapshot });
  return () => rm(dir, { recursive: true, force: true });
}

async function writeSnapshot(pglite: PGlite, file: string): Promise<void> {
  // Uncompressed: every test file loads it, and gunzip would cost more than the disk space saves.
  const dump = await pglite.dumpDataDir("none");
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
}

async function preparePostgres(project: TestProject, serverUrl: string): Promise<() => Promise<void>> {
  const runId = randomBytes(4).toString("hex");
  const migratedTemplate = `ix_template_${runId}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${migratedTemplate}"`);
  const db = await openDatabase({ kind: "postgres", url: urlForDatabase(serverUrl, migratedTemplate) });
  try {
    await applyMigrations(db.sql);
  } finally {
    // CREATE DATABASE ... TEMPLATE refuses a template that still has connections.
    await db.close();
  }
  project.provide("testDatabasePlan", { kind: "postgres", serverUrl, migratedTemplate, runId });

  return async () => {
    // Test files drop their own databases; this catches the ones a crashed worker left behind.
    const leftovers = await adminQuery<{ datname: string }>(serverUrl, "SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `${TEST_DATABASE_PREFIX}${runId}_%`,
    ]);
    for (const { datname } of leftovers) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${migratedTemplate}" WITH (FORCE)`);
  };
}
