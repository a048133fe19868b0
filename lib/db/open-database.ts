import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PGLITE_EXTENSIONS } from "./pglite-extensions";
import { acquirePGliteLock } from "./pglite-lock";
import { pgliteSqlSession, postgresSqlSession, type SqlSession } from "./sql-session";
import { postgresHostPort, resolveDatabaseTarget, type DatabaseTarget } from "./target";

export interface OpenDatabase {
  target: DatabaseTarget;
  prisma: PrismaClient;
  sql: SqlSession;
  close(): Promise<void>;
}

export class DatabaseUnreachableError extends Error {
  override name = "DatabaseUnreachableError";
}

// Fail within seconds instead of pg's default of waiting forever on a host that drops packets.
const CONNECT_TIMEOUT_MS = 5_000;

export async function openDatabase(target: DatabaseTarget = resolveDatabaseTarget()): Promise<OpenDatabase> {
  return target.kind === "pglite" ? openPGlite(target) : openPostgres(target);
}

async function openPGlite(target: Extract<DatabaseTarget, { kind: "pglite" }>): Promise<OpenDatabase> {
  const lock = acquirePGliteLock(target.dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(target.dataDir, { extensions: PGLITE_EXTENSIONS });
  } catch (error) {
    lock.release();
    throw error;
  }
  return {
    target,
    prisma: new PrismaClient({ adapter: new PrismaPGlite(pglite) }),
    sql: pgliteSqlSession(pglite),
    close: onlyOnce(async () => {
      try {
        // close() also stops PGlite's internal 10 s timer, which would otherwise keep the process alive.
        await pglite.close();
      } finally {
        lock.release();
      }
    }),
  };
}

async function openPostgres(target: Extract<DatabaseTarget, { kind: "postgres" }>): Promise<OpenDatabase> {
  const pool = new pg.Pool({ connectionString: target.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // An idle client losing its connection (server restart) must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    await pool.end();
    throw new DatabaseUnreachableError(
      `Cannot connect to PostgreSQL at ${postgresHostPort(new URL(target.url))}: ${describeConnectError(error)}. Check DATABASE_URL and that the server is running.`,
    );
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    target,
    prisma,
    sql: postgresSqlSession(pool),
    close: onlyOnce(async () => {
      await prisma.$disconnect();
      await pool.end();
    }),
  };
}

function describeConnectError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // AggregateError (one attempt per resolved address, e.g. ::1 and 127.0.0.1) has an empty message.
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "host not found";
  if (error.message.includes("timeout")) return `no answer within ${CONNECT_TIMEOUT_MS / 1000} s`;
  return error.message.split("\n")[0] || code || error.name;
}

function onlyOnce(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}
