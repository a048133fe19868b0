import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type ThrowawayDatabase = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

/**
 * A database that exists only for `body`: a temporary PGlite directory, or, when `serverUrl` names a PostgreSQL
 * server, a database created on it and dropped (with its connections) afterwards. The database `serverUrl` names
 * is never written to.
 */
export async function withThrowawayDatabase<T>(serverUrl: string | undefined, label: string, body: (database: ThrowawayDatabase) => Promise<T>): Promise<T> {
  if (!serverUrl) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), `interchange-${label}-`));
    try {
      return await body({ kind: "pglite", dataDir });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const name = `ix_${label.replace(/\W/g, "_")}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    try {
      return await body({ kind: "postgres", url: url.toString() });
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}

/** The environment that points `npm start` and the scripts at the throwaway database. */
export function environmentFor(database: ThrowawayDatabase): Record<string, string> {
  return database.kind === "pglite" ? { DATABASE_URL: "", INTERCHANGE_DATA_DIR: database.dataDir } : { DATABASE_URL: database.url };
}
