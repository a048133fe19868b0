import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { provisionRuntimeRole, runtimeRoleOf } from "@/lib/db/runtime-role";
import { adminQuery, urlForDatabase } from "@/test/support/postgres-admin";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

/**
 * Roles exist only on a PostgreSQL server: PGlite is one superuser in the application's own process (what holds
 * there is in docs/decisions/020-audit-trail-database-roles.md). CI runs this file on PostgreSQL 15.
 */
const plan = inject("testDatabasePlan");

describe.runIf(plan.kind === "postgres")("the runtime role on PostgreSQL", () => {
  const serverUrl = plan.kind === "postgres" ? plan.serverUrl : "";
  const roleName = `ix_runtime_${randomBytes(4).toString("hex")}`;
  let owner: TestDatabase;
  let runtime: pg.Client;
  let runtimeUrl: string;

  beforeAll(async () => {
    owner = await createTestDatabase();
    const [{ name }] = await owner.sql.query<{ name: string }>("SELECT current_database() AS name");
    const url = new URL(urlForDatabase(serverUrl, name));
    url.username = roleName;
    url.password = "runtime-pw";
    runtimeUrl = url.toString();
    // What the start script does when DATABASE_OWNER_URL is set: the owner creates and grants the runtime role.
    await provisionRuntimeRole(owner.sql, runtimeRoleOf(runtimeUrl));
    await owner.prisma.auditEvent.create({ data: { actorLabel: "system", action: "seed", targetType: "Team", targetId: "t1" } });
    runtime = new pg.Client({ connectionString: runtimeUrl });
    await runtime.connect();
  });

  afterAll(async () => {
    await runtime?.end();
    await owner?.close();
    await adminQuery(serverUrl, `DROP ROLE IF EXISTS "${roleName}"`);
  });

  it("does the application's work: reads, writes and deletes its records and appends to the audit trail", async () => {
    await runtime.query(`INSERT INTO "Team" (id, name, slug, "updatedAt") VALUES ('team-rt', 'Runtime', 'runtime', now())`);
    await runtime.query(`UPDATE "Team" SET name = 'Runtime team' WHERE id = 'team-rt'`);
    await runtime.query(
      `INSERT INTO "AuditEvent" (id, "actorLabel", action, "targetType", "targetId") VALUES ('ae-rt', 'system', 'team.create', 'Team', 'team-rt')`,
    );
    await runtime.query(`DELETE FROM "Team" WHERE id = 'team-rt'`);
    expect((await runtime.query(`SELECT count(*)::int AS n FROM "AuditEvent"`)).rows[0].n).toBe(2);
  });

  it("cannot TRUNCATE the audit trail", async () => {
    await expect(runtime.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/permission denied/);
  });

  it("cannot disable or drop its append-only trigger, nor alter or drop the table", async () => {
    await expect(runtime.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`)).rejects.toThrow(/must be owner/);
    await expect(runtime.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
    await expect(runtime.query(`DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent"`)).rejects.toThrow(/must be owner/);
    await expect(runtime.query(`ALTER TABLE "AuditEvent" ADD COLUMN x int`)).rejects.toThrow(/must be owner/);
    await expect(runtime.query(`DROP TABLE "AuditEvent"`)).rejects.toThrow(/must be owner/);
  });

  it("cannot switch triggers off with session_replication_role = replica", async () => {
    await expect(runtime.query(`SET session_replication_role = replica`)).rejects.toThrow(/permission denied/);
  });

  it("still cannot update or delete audit rows, and the trail is whole", async () => {
    await expect(runtime.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied|append-only/);
    await expect(runtime.query(`UPDATE "AuditEvent" SET action = 'x'`)).rejects.toThrow(/permission denied|append-only/);
    expect(await owner.prisma.auditEvent.count()).toBe(2);
  });

  it("is refused when it would be the owner itself or a superuser: then nothing protects the trail", async () => {
    const [{ user }] = await owner.sql.query<{ user: string }>("SELECT current_user AS user");
    await expect(provisionRuntimeRole(owner.sql, { name: user, password: null })).rejects.toThrow(/DATABASE_OWNER_URL/);
  });

  it("provisions again without error (every start does)", async () => {
    await provisionRuntimeRole(owner.sql, runtimeRoleOf(runtimeUrl));
    await expect(runtime.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/permission denied/);
  });
});
