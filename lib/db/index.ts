import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openDatabase, type OpenDatabase } from "./open-database";

export { openDatabase, DatabaseUnreachableError, type OpenDatabase } from "./open-database";
export { DatabaseLockedError, type LockHolder } from "./pglite-lock";
export { isDatabaseUnavailable } from "./database-unavailable";
export type { SqlQueryable, SqlSession } from "./sql-session";
export { describeDatabaseTarget, InvalidDatabaseUrlError, resolveDatabaseTarget, resolveOwnerDatabaseTarget, type DatabaseTarget } from "./target";
export { provisionRuntimeRoleFromEnvironment } from "./runtime-role";
export {
  applyMigrations,
  markMigrationRolledBack,
  MigrationBlockedError,
  MigrationFailedError,
  type ApplyMigrationsResult,
} from "./migrations/apply-migrations";

// On globalThis rather than in a module variable: Next.js dev re-evaluates modules on every edit (HMR), and a
// second open of the same PGlite directory would be refused by its lock.
interface DbGlobal {
  interchangeDb?: Promise<OpenDatabase>;
  interchangeDbShutdownHooked?: boolean;
}
const shared = globalThis as typeof globalThis & DbGlobal;

/** The server's one database connection, opened on first use. */
export async function getDb(): Promise<PrismaClient> {
  if (!shared.interchangeDb) {
    hookShutdown();
    const opening = openDatabase();
    shared.interchangeDb = opening;
    // A failed open must not be cached: the next request retries (e.g. PostgreSQL came up meanwhile).
    opening.catch(() => {
      if (shared.interchangeDb === opening) shared.interchangeDb = undefined;
    });
  }
  return (await shared.interchangeDb).prisma;
}

export async function closeDb(): Promise<void> {
  const opening = shared.interchangeDb;
  shared.interchangeDb = undefined;
  if (!opening) return;
  const db = await opening.catch(() => undefined);
  await db?.close();
}

function hookShutdown(): void {
  if (shared.interchangeDbShutdownHooked) return;
  shared.interchangeDbShutdownHooked = true;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      // PGlite must flush and unlock its directory before the process ends.
      closeDb().finally(() => process.exit(0));
    });
  }
}
