import path from "node:path";

export type DatabaseTarget = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

export const DEFAULT_PGLITE_DATA_DIR = ".data/pglite";

export class InvalidDatabaseUrlError extends Error {
  override name = "InvalidDatabaseUrlError";
}

/**
 * DATABASE_URL selects a PostgreSQL server; without it the app runs on an embedded PGlite database so that
 * `npm start` works on a machine with nothing else installed.
 */
export function resolveDatabaseTarget(env: Readonly<Record<string, string | undefined>> = process.env, cwd: string = process.cwd()): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: "postgres", url: validatePostgresUrl(url) };
  const dataDir = env.INTERCHANGE_DATA_DIR?.trim() || DEFAULT_PGLITE_DATA_DIR;
  return { kind: "pglite", dataDir: path.resolve(cwd, dataDir) };
}

/**
 * The database as its owner sees it, for migrations and the seed: `DATABASE_OWNER_URL` when set (then
 * `DATABASE_URL` is the application's runtime role, which owns nothing), else the same target as the application.
 */
export function resolveOwnerDatabaseTarget(env: Readonly<Record<string, string | undefined>> = process.env, cwd: string = process.cwd()): DatabaseTarget {
  const ownerUrl = env.DATABASE_OWNER_URL?.trim();
  if (!ownerUrl) return resolveDatabaseTarget(env, cwd);
  if (!env.DATABASE_URL?.trim()) {
    throw new InvalidDatabaseUrlError("DATABASE_OWNER_URL is set but DATABASE_URL is not: set DATABASE_URL to the role the application runs as.");
  }
  return { kind: "postgres", url: validatePostgresUrl(ownerUrl, "DATABASE_OWNER_URL") };
}

/** A human-readable name for logs and error messages; never includes the password. */
export function describeDatabaseTarget(target: DatabaseTarget, cwd: string = process.cwd()): string {
  if (target.kind === "pglite") return `PGlite in ${displayPath(target.dataDir, cwd)}`;
  const url = new URL(target.url);
  return `PostgreSQL at ${postgresHostPort(url)}${url.pathname}`;
}

/** host:port as the pg driver will dial it (the default port is implicit in the URL). */
export function postgresHostPort(url: URL): string {
  return `${url.hostname || "localhost"}:${url.port || "5432"}`;
}

/** Paths inside the working directory are shown relative to it: that is how people typed them. */
export function displayPath(absolutePath: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, absolutePath);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : absolutePath;
}

function validatePostgresUrl(raw: string, variable = "DATABASE_URL"): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InvalidDatabaseUrlError(
      `${variable} is not a valid URL; expected postgres://user:password@host:5432/database (unset it to use the embedded PGlite database).`,
    );
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new InvalidDatabaseUrlError(
      `${variable} must start with postgres:// or postgresql:// (it starts with ${url.protocol}//); unset it to use the embedded PGlite database.`,
    );
  }
  return raw;
}
