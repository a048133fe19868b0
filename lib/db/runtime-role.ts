import type { SqlQueryable } from "./sql-session";

/** The role the application runs as: the user (and password) of DATABASE_URL. */
export interface RuntimeRole {
  name: string;
  password: string | null;
}

export function runtimeRoleOf(databaseUrl: string): RuntimeRole {
  const url = new URL(databaseUrl);
  if (!url.username) throw new Error("DATABASE_URL names no user: with DATABASE_OWNER_URL set, it must name the role the application runs as.");
  return { name: decodeURIComponent(url.username), password: url.password ? decodeURIComponent(url.password) : null };
}

export class RuntimeRoleError extends Error {
  override name = "RuntimeRoleError";
}

// Tables the application only appends to and reads. The migrations' bookkeeping is the owner's alone.
const APPEND_ONLY_TABLES = ['"AuditEvent"'];
const OWNER_ONLY_TABLES = ['"_prisma_migrations"'];

/**
 * Run as the database owner (DATABASE_OWNER_URL), after the migrations: creates the runtime role when missing and
 * grants it what the application needs and nothing more. It owns nothing, so it cannot TRUNCATE, ALTER or drop a
 * table nor disable a trigger (those need ownership), and, not being a superuser, it cannot
 * `SET session_replication_role` either; on the audit trail it may only read and append. Idempotent: every start
 * runs it, so tables added by new migrations are granted too.
 */
export async function provisionRuntimeRole(sql: SqlQueryable, role: RuntimeRole): Promise<{ created: boolean }> {
  const [owner] = await sql.query<{ current: string; owner: string }>(
    "SELECT current_user AS current, pg_get_userbyid(d.datdba) AS owner FROM pg_database d WHERE d.datname = current_database()",
  );
  if (role.name === owner.current || role.name === owner.owner) {
    throw new RuntimeRoleError(
      `DATABASE_URL and DATABASE_OWNER_URL both sign in as "${role.name}": the application would own the audit trail it must not be able to erase. Give DATABASE_URL another role.`,
    );
  }
  const [existing] = await sql.query<{ rolsuper: boolean }>("SELECT rolsuper FROM pg_roles WHERE rolname = $1", [role.name]);
  if (existing?.rolsuper) {
    throw new RuntimeRoleError(
      `The role "${role.name}" of DATABASE_URL is a superuser: it could switch the audit trail's protection off. Give DATABASE_URL a plain role (DATABASE_OWNER_URL keeps the owner).`,
    );
  }
  // format() quotes the name and the password on the server: no hand-written escaping.
  const statement = async (template: string, ...args: string[]) => {
    const [{ text }] = await sql.query<{ text: string }>(`SELECT format($1::text, ${args.map((_, i) => `$${i + 2}::text`).join(", ")}) AS text`, [
      template,
      ...args,
    ]);
    await sql.query(text);
  };
  if (!existing) {
    if (role.password === null) await statement("CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE", role.name);
    else await statement("CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L", role.name, role.password);
  }
  await statement("GRANT CONNECT ON DATABASE %I TO %I", (await sql.query<{ db: string }>("SELECT current_database() AS db"))[0].db, role.name);
  await statement("GRANT USAGE ON SCHEMA public TO %I", role.name);
  await statement("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I", role.name);
  await statement("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %I", role.name);
  // Tables of later migrations (created by this owner) get the same grants; each start re-applies the revokes.
  await statement("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I", role.name);
  await statement("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I", role.name);
  for (const table of APPEND_ONLY_TABLES) await statement(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${table} FROM %I`, role.name);
  for (const table of OWNER_ONLY_TABLES) await statement(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${table} FROM %I`, role.name);
  return { created: !existing };
}

/**
 * The start script's and `db:migrate`'s step after migrating: with DATABASE_OWNER_URL set, provision DATABASE_URL's
 * role; without it there is one role, which owns the tables (and so could erase the audit trail): say so.
 */
export async function provisionRuntimeRoleFromEnvironment(sql: SqlQueryable, env: Readonly<Record<string, string | undefined>> = process.env): Promise<string> {
  const databaseUrl = env.DATABASE_URL?.trim();
  if (!databaseUrl) return "Embedded PGlite: one role, the audit trail is protected by its triggers (docs/decisions/020).";
  if (!env.DATABASE_OWNER_URL?.trim()) {
    return "Warning: DATABASE_OWNER_URL is not set, so the application's role owns the tables and could erase the audit trail. See README, Run it in production on PostgreSQL.";
  }
  const role = runtimeRoleOf(databaseUrl);
  const { created } = await provisionRuntimeRole(sql, role);
  return `Runtime role "${role.name}" ${created ? "created and " : ""}granted: it may read and append to the audit trail, never change or erase it.`;
}
