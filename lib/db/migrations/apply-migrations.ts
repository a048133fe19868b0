import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SqlSession } from "../sql-session";

export const DEFAULT_MIGRATIONS_DIR = path.resolve("prisma/migrations");

// Prisma's own advisory lock key: our runner and `prisma migrate deploy` also exclude each other.
const MIGRATION_LOCK_KEY = 72707369n;

// Byte for byte the table Prisma creates, so that `prisma migrate deploy` accepts a database migrated by us.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationFailedError extends Error {
  override name = "MigrationFailedError";

  constructor(
    readonly migrationName: string,
    readonly databaseMessage: string,
  ) {
    super(
      `Migration ${migrationName} failed: ${databaseMessage}. Nothing from it was applied; ` +
        `fix it and run npm run db:migrate -- --rolled-back ${migrationName} to apply it again.`,
    );
  }
}

/** Like Prisma's P3009: a failed migration must be resolved by a person before anything else runs. */
export class MigrationBlockedError extends Error {
  override name = "MigrationBlockedError";

  constructor(
    readonly migrationName: string,
    failedAt: Date,
  ) {
    super(
      `Migration ${migrationName} failed on ${failedAt.toISOString()} and blocks further migrations. ` +
        `Make sure nothing from it remains in the database, then run npm run db:migrate -- --rolled-back ${migrationName} to mark it rolled back and apply it again.`,
    );
  }
}

export interface ApplyMigrationsResult {
  applied: string[];
  alreadyApplied: number;
  /** Applied migrations whose file changed since, or that no longer exist: worth a look, never fatal. */
  warnings: string[];
}

export interface ApplyMigrationsOptions {
  migrationsDir?: string;
  onMigrationApplied?: (migrationName: string, durationMs: number) => void;
}

interface MigrationFile {
  name: string;
  script: string;
  checksum: string;
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  started_at: Date;
}

export async function applyMigrations(
  sql: SqlSession,
  { migrationsDir = DEFAULT_MIGRATIONS_DIR, onMigrationApplied }: ApplyMigrationsOptions = {},
): Promise<ApplyMigrationsResult> {
  const migrations = await readMigrations(migrationsDir);
  return sql.withAdvisoryLock(MIGRATION_LOCK_KEY, async () => {
    await sql.runScript(CREATE_MIGRATIONS_TABLE);
    const rows = await sql.query<MigrationRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, started_at
         FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at`,
    );
    const failed = rows.find((row) => row.finished_at === null);
    if (failed) throw new MigrationBlockedError(failed.migration_name, failed.started_at);

    const appliedChecksums = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    const warnings = checkHistory(migrations, appliedChecksums, migrationsDir);
    const applied: string[] = [];
    for (const migration of migrations) {
      if (appliedChecksums.has(migration.name)) continue;
      const startedAt = Date.now();
      await applyOne(sql, migration);
      applied.push(migration.name);
      onMigrationApplied?.(migration.name, Date.now() - startedAt);
    }
    return { applied, alreadyApplied: migrations.length - applied.length, warnings };
  });
}

/** The equivalent of `prisma migrate resolve --rolled-back`, which needs Prisma's native engine. */
export async function markMigrationRolledBack(sql: SqlSession, migrationName: string): Promise<void> {
  await sql.runScript(CREATE_MIGRATIONS_TABLE);
  const marked = await sql.query(
    `UPDATE "_prisma_migrations" SET rolled_back_at = now()
      WHERE migration_name = $1 AND finished_at IS NULL AND rolled_back_at IS NULL
      RETURNING id`,
    [migrationName],
  );
  if (marked.length === 0) throw new Error(`There is no failed migration named ${migrationName} to mark rolled back.`);
}

async function readMigrations(migrationsDir: string): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    // Prisma's order, so both tools agree on what comes next.
    .sort((a, b) => a.localeCompare(b));
  return Promise.all(
    names.map(async (name) => {
      const script = await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, script, checksum: createHash("sha256").update(script).digest("hex") };
    }),
  );
}

function checkHistory(migrations: MigrationFile[], appliedChecksums: Map<string, string>, migrationsDir: string): string[] {
  const warnings: string[] = [];
  for (const migration of migrations) {
    const checksum = appliedChecksums.get(migration.name);
    if (checksum !== undefined && checksum !== migration.checksum) {
      warnings.push(
        `Migration ${migration.name} was modified after it was applied; the database keeps the old version. Revert the file and put the change in a new migration.`,
      );
    }
  }
  const onDisk = new Set(migrations.map((migration) => migration.name));
  for (const name of appliedChecksums.keys()) {
    if (!onDisk.has(name)) warnings.push(`Migration ${name} is applied to the database but missing from ${migrationsDir}.`);
  }
  return warnings;
}

async function applyOne(sql: SqlSession, migration: MigrationFile): Promise<void> {
  const startedAt = new Date();
  try {
    await sql.transaction(async (tx) => {
      await tx.runScript(migration.script);
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count)
         VALUES ($1, $2, now(), $3, NULL, $4, 1)`,
        [randomUUID(), migration.checksum, migration.name, startedAt],
      );
    });
  } catch (error) {
    const message = oneLine(error);
    // Recorded outside the rolled-back transaction, the way Prisma records a failure, so that this runner and
    // `prisma migrate deploy` both refuse to continue until someone looks at it.
    await sql.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count)
       VALUES ($1, $2, NULL, $3, $4, $5, 0)`,
      [randomUUID(), migration.checksum, migration.name, message, startedAt],
    );
    throw new MigrationFailedError(migration.name, message);
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").trim().replace(/\.$/, "");
}
