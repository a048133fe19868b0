import { appendFile, cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  applyMigrations,
  DEFAULT_MIGRATIONS_DIR,
  markMigrationRolledBack,
  MigrationBlockedError,
  MigrationFailedError,
} from "@/lib/db/migrations/apply-migrations";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

const BROKEN_MIGRATION = "20991231000000_broken";

let db: TestDatabase;
let migrationsDir: string;

beforeEach(async () => {
  db = await createTestDatabase({ empty: true });
  // A copy, so that tests can add and edit migrations freely.
  migrationsDir = await mkdtemp(path.join(os.tmpdir(), "interchange-migrations-"));
  await cp(DEFAULT_MIGRATIONS_DIR, migrationsDir, { recursive: true });
});

afterEach(async () => {
  await db.close();
  await rm(migrationsDir, { recursive: true, force: true });
});

async function committedMigrationNames(): Promise<string[]> {
  const entries = await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function tableExists(name: string): Promise<boolean> {
  const rows = await db.sql.query<{ found: string | null }>("SELECT to_regclass($1)::text AS found", [`public."${name}"`]);
  return rows[0].found !== null;
}

describe("applyMigrations", () => {
  it("applies every migration in order and records it the way Prisma does", async () => {
    const names = await committedMigrationNames();
    const result = await applyMigrations(db.sql, { migrationsDir });

    expect(result).toEqual({ applied: names, alreadyApplied: 0, warnings: [] });
    expect(await tableExists("Team")).toBe(true);
    expect(await tableExists("AuditEvent")).toBe(true);

    const rows = await db.sql.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("creates _prisma_migrations with Prisma's exact columns, so prisma migrate deploy accepts the database", async () => {
    await applyMigrations(db.sql, { migrationsDir });
    const columns = await db.sql.query(
      `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
         FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      { column_name: "id", data_type: "character varying", character_maximum_length: 36, is_nullable: "NO", column_default: null },
      { column_name: "checksum", data_type: "character varying", character_maximum_length: 64, is_nullable: "NO", column_default: null },
      { column_name: "finished_at", data_type: "timestamp with time zone", character_maximum_length: null, is_nullable: "YES", column_default: null },
      { column_name: "migration_name", data_type: "character varying", character_maximum_length: 255, is_nullable: "NO", column_default: null },
      { column_name: "logs", data_type: "text", character_maximum_length: null, is_nullable: "YES", column_default: null },
      { column_name: "rolled_back_at", data_type: "timestamp with time zone", character_maximum_length: null, is_nullable: "YES", column_default: null },
      { column_name: "started_at", data_type: "timestamp with time zone", character_maximum_length: null, is_nullable: "NO", column_default: "now()" },
      { column_name: "applied_steps_count", data_type: "integer", character_maximum_length: null, is_nullable: "NO", column_default: "0" },
    ]);
  });

  it("applies nothing when run again", async () => {
    const first = await applyMigrations(db.sql, { migrationsDir });
    const second = await applyMigrations(db.sql, { migrationsDir });

    expect(second).toEqual({ applied: [], alreadyApplied: first.applied.length, warnings: [] });
    const [{ count }] = await db.sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM "_prisma_migrations"`);
    expect(count).toBe(first.applied.length);
  });

  it("rolls a failing migration back, records it as failed, and refuses to continue until it is resolved", async () => {
    await applyMigrations(db.sql, { migrationsDir });
    const brokenFile = path.join(migrationsDir, BROKEN_MIGRATION, "migration.sql");
    await mkdir(path.dirname(brokenFile));
    await writeFile(brokenFile, 'CREATE TABLE "HalfDone" (id INT);\nSELECT * FROM "NoSuchTable";\n');

    const failure = await applyMigrations(db.sql, { migrationsDir }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationFailedError);
    expect((failure as Error).message).toMatch(
      new RegExp(`^Migration ${BROKEN_MIGRATION} failed: relation "NoSuchTable" does not exist\\. Nothing from it was applied; `),
    );
    expect((failure as Error).message).not.toContain("\n");
    expect(await tableExists("HalfDone")).toBe(false);

    const [row] = await db.sql.query<{ finished_at: Date | null; logs: string | null; rolled_back_at: Date | null }>(
      `SELECT finished_at, logs, rolled_back_at FROM "_prisma_migrations" WHERE migration_name = $1`,
      [BROKEN_MIGRATION],
    );
    expect(row).toMatchObject({ finished_at: null, rolled_back_at: null });
    expect(row.logs).toContain('relation "NoSuchTable" does not exist');

    const blocked = await applyMigrations(db.sql, { migrationsDir }).catch((error: unknown) => error);
    expect(blocked).toBeInstanceOf(MigrationBlockedError);
    expect((blocked as Error).message).toContain(`Migration ${BROKEN_MIGRATION} failed on `);
    expect((blocked as Error).message).toContain(`npm run db:migrate -- --rolled-back ${BROKEN_MIGRATION}`);

    // The documented way out: fix the file, mark the failure rolled back, run again.
    await writeFile(brokenFile, 'CREATE TABLE "HalfDone" (id INT);\n');
    await markMigrationRolledBack(db.sql, BROKEN_MIGRATION);
    const retried = await applyMigrations(db.sql, { migrationsDir });
    expect(retried.applied).toEqual([BROKEN_MIGRATION]);
    expect(await tableExists("HalfDone")).toBe(true);
  });

  it("warns, without failing, when an applied migration was edited afterwards", async () => {
    const [firstMigration] = await committedMigrationNames();
    await applyMigrations(db.sql, { migrationsDir });
    await appendFile(path.join(migrationsDir, firstMigration, "migration.sql"), "\n-- edited after the fact\n");

    const result = await applyMigrations(db.sql, { migrationsDir });

    expect(result.applied).toEqual([]);
    expect(result.warnings).toEqual([
      `Migration ${firstMigration} was modified after it was applied; the database keeps the old version. Revert the file and put the change in a new migration.`,
    ]);
  });
});
