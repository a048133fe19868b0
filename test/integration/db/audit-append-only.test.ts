import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

let db: TestDatabase;
let eventId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const actor = await db.prisma.user.create({ data: { email: "auditor@example.test", name: "Audrey Auditor" } });
  const event = await db.prisma.auditEvent.create({
    data: { actorId: actor.id, actorLabel: actor.name, action: "team.create", targetType: "Team", targetId: "t1" },
  });
  eventId = event.id;
});

afterAll(async () => {
  await db.close();
});

describe("AuditEvent is append-only", () => {
  it("accepts new events", async () => {
    await db.prisma.auditEvent.create({ data: { actorLabel: "system", action: "seed", targetType: "Team", targetId: "t2" } });
    expect(await db.prisma.auditEvent.count()).toBe(2);
  });

  it("refuses UPDATE, through Prisma and in raw SQL", async () => {
    await expect(db.prisma.auditEvent.update({ where: { id: eventId }, data: { action: "tampered" } })).rejects.toThrow(/AuditEvent rows are append-only/);
    await expect(db.sql.query(`UPDATE "AuditEvent" SET "actorLabel" = 'someone else'`)).rejects.toThrow(/AuditEvent rows are append-only/);
    const unchanged = await db.prisma.auditEvent.findUniqueOrThrow({ where: { id: eventId } });
    expect(unchanged.action).toBe("team.create");
  });

  it("refuses DELETE, through Prisma and in raw SQL", async () => {
    await expect(db.prisma.auditEvent.delete({ where: { id: eventId } })).rejects.toThrow(/AuditEvent rows are append-only/);
    await expect(db.prisma.auditEvent.deleteMany()).rejects.toThrow(/AuditEvent rows are append-only/);
    await expect(db.sql.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/AuditEvent rows are append-only/);
    expect(await db.prisma.auditEvent.count()).toBe(2);
  });
});
