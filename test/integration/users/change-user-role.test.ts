import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { ForbiddenError, NotFoundError, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors/domain-errors";
import { domainProblem } from "@/lib/http/domain-problem";
import { changeUserRole } from "@/lib/users/change-user-role";
import { findUsers } from "@/lib/users/repository";
import { createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

let db: TestDatabase;
let admin: Actor;
let viewer: Actor;
let targetId: string;

const asActor = (user: { id: string; email: string; name: string; role: Actor["role"] }): Actor => ({ ...user, teamIds: [] });

beforeAll(async () => {
  db = await createTestDatabase();
  admin = asActor(await createUser(db.prisma, { role: "admin", email: "root@acme.test", name: "Root Admin" }));
  viewer = asActor(await createUser(db.prisma, { role: "viewer", email: "exec@acme.test", name: "Eve Exec" }));
  targetId = (await createUser(db.prisma, { role: "viewer", email: "rui@acme.test", name: "Rui Reviewer" })).id;
});
afterAll(() => db.close());

const auditCount = () => db.prisma.auditEvent.count();

describe("changeUserRole (the mutation pipeline)", () => {
  it("changes the role and appends one audit row with before and after, in the same transaction", async () => {
    const before = await auditCount();
    const updated = await changeUserRole(db.prisma, { actor: admin, userId: targetId, input: { role: "reviewer" } });
    expect(updated.role).toBe("reviewer");
    expect(await auditCount()).toBe(before + 1);
    const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { targetId }, orderBy: { at: "desc" } });
    expect(event).toMatchObject({ action: "user.role.change", targetType: "user", actorId: admin.id, before: { role: "viewer" }, after: { role: "reviewer" } });
    expect(event.actorLabel).toBe("Root Admin <root@acme.test>");
  });

  it("refuses a viewer before validating, and writes nothing", async () => {
    const before = await auditCount();
    await expect(changeUserRole(db.prisma, { actor: viewer, userId: targetId, input: { role: "nonsense" } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await auditCount()).toBe(before);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: targetId } })).role).toBe("reviewer");
  });

  it("rejects an invalid role or an unknown field and writes nothing", async () => {
    const before = await auditCount();
    await expect(changeUserRole(db.prisma, { actor: admin, userId: targetId, input: { role: "superuser" } })).rejects.toBeInstanceOf(ZodError);
    await expect(changeUserRole(db.prisma, { actor: admin, userId: targetId, input: { role: "owner", extra: 1 } })).rejects.toBeInstanceOf(ZodError);
    expect(await auditCount()).toBe(before);
  });

  it("answers not found for an unknown user", async () => {
    await expect(changeUserRole(db.prisma, { actor: admin, userId: "no-such-user", input: { role: "owner" } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps the last admin an admin", async () => {
    const error = await changeUserRole(db.prisma, { actor: admin, userId: admin.id, input: { role: "viewer" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(domainProblem(error as DomainError).status).toBe(409);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
  });

  it("audit rows cannot be edited afterwards", async () => {
    const event = await db.prisma.auditEvent.findFirstOrThrow();
    await expect(db.prisma.auditEvent.update({ where: { id: event.id }, data: { action: "tampered" } })).rejects.toThrow();
  });
});

describe("findUsers", () => {
  it("searches by name or e-mail, filters by role and counts the total", async () => {
    expect((await findUsers(db.prisma, { q: "RUI", page: 1 })).users.map((u) => u.email)).toEqual(["rui@acme.test"]);
    const viewers = await findUsers(db.prisma, { role: "viewer", page: 1 });
    expect(viewers.total).toBe(1);
    expect(viewers.users[0].email).toBe("exec@acme.test");
  });
});
