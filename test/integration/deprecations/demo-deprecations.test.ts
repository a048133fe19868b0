import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countDeprecationStats } from "@/lib/deprecations/repository";
import { seedDemo } from "@/lib/seed/seed-demo";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

let database: TestDatabase;
const now = new Date("2026-06-01T09:00:00Z");

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.prisma, { now });
});
afterAll(async () => database?.close());

describe("the demo deprecations", () => {
  it("show one overdue deprecation, a blocked consumer and owners who have not acknowledged", async () => {
    expect(await countDeprecationStats(database.prisma, now)).toEqual({ open: 3, overdue: 1, blocked: 1, awaitingAcknowledgement: 1 });
    const blocked = await database.prisma.migrationItem.findFirstOrThrow({ where: { status: "blocked" }, include: { consumer: true } });
    expect(blocked.consumer.name).toBe("Dunning Escalation Workflow");
  });

  it("schedules only the reminders still ahead", async () => {
    const reminders = await database.prisma.job.findMany({ where: { kind: "deprecation.reminder" }, select: { runAt: true } });
    expect(reminders.length).toBeGreaterThan(0);
    for (const reminder of reminders) expect(reminder.runAt.getTime()).toBeGreaterThan(now.getTime());
  });
});
