import type { PGlite, Transaction } from "@electric-sql/pglite";
import type { Pool, PoolClient } from "pg";

/**
 * Raw SQL straight on the driver, for what Prisma's adapters do not do reliably: running a whole migration
 * script (pglite-prisma-adapter does not await executeScript; @prisma/adapter-pg splits scripts on ";", which
 * breaks function bodies) and holding a session-level advisory lock.
 */
export interface SqlQueryable {
  query<Row extends object = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs several statements separated by ";" (simple query protocol, no parameters). */
  runScript(script: string): Promise<void>;
}

export interface SqlSession extends SqlQueryable {
  /** Commits when `work` resolves, rolls back when it throws. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /** Holds pg_advisory_lock(key) while `work` runs; other sessions asking for the same key wait. */
  withAdvisoryLock<T>(key: bigint, work: () => Promise<T>): Promise<T>;
}

export function pgliteSqlSession(pglite: PGlite): SqlSession {
  return {
    ...pgliteQueryable(pglite),
    transaction: (work) => pglite.transaction((tx) => work(pgliteQueryable(tx))),
    // One PGlite instance is one connection, so the lock only matters to the (locked-out) other processes;
    // taking it anyway keeps both backends on the same code path.
    withAdvisoryLock: async (key, work) => {
      await pglite.query("SELECT pg_advisory_lock($1)", [key.toString()]);
      try {
        return await work();
      } finally {
        await pglite.query("SELECT pg_advisory_unlock($1)", [key.toString()]);
      }
    },
  };
}

function pgliteQueryable(db: PGlite | Transaction): SqlQueryable {
  return {
    query: async <Row extends object>(text: string, params: readonly unknown[] = []) => (await db.query<Row>(text, [...params])).rows,
    runScript: async (script) => {
      await db.exec(script);
    },
  };
}

export function postgresSqlSession(pool: Pool): SqlSession {
  return {
    ...postgresQueryable(pool),
    transaction: (work) =>
      withClient(pool, async (client) => {
        await client.query("BEGIN");
        try {
          const result = await work(postgresQueryable(client));
          await client.query("COMMIT");
          return result;
        } catch (error) {
          await client.query("ROLLBACK");
          throw error;
        }
      }),
    // The lock belongs to the connection that took it, so that connection stays checked out until the end.
    withAdvisoryLock: (key, work) =>
      withClient(pool, async (client) => {
        await client.query("SELECT pg_advisory_lock($1)", [key.toString()]);
        try {
          return await work();
        } finally {
          await client.query("SELECT pg_advisory_unlock($1)", [key.toString()]);
        }
      }),
  };
}

function postgresQueryable(db: Pool | PoolClient): SqlQueryable {
  return {
    query: async <Row extends object>(text: string, params: readonly unknown[] = []) => (await db.query(text, [...params])).rows as Row[],
    runScript: async (script) => {
      // Without parameters pg uses the simple query protocol, which accepts several statements at once.
      await db.query(script);
    },
  };
}

async function withClient<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await work(client);
  } finally {
    client.release();
  }
}
