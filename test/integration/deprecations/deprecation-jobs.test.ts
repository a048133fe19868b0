import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { announceDeprecation, updateSunset } from "@/lib/deprecations/deprecation-use-cases";
import { runDeprecationEscalation, runDeprecationReminder } from "@/lib/deprecations/deprecation-jobs";
import { DEPRECATION_ESCALATION_JOB, DEPRECATION_REMINDER_JOB } from "@/lib/deprecations/deprecation-schedule";
import { acknowledgeMigration } from "@/lib/deprecations/migration-use-cases";
import { JOB_HANDLERS } from "@/lib/jobs/job-handlers";
import { runDueJobs, type JobHandlers } from "@/lib/jobs/run-due-jobs";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";
import { announceInput, createDeprecationFixture, DAY, type DeprecationFixture } from "./deprecation-fixture";

const start = new Date("2026-06-01T09:00:00Z");
const at = (days: number) => () => new Date(start.getTime() + days * DAY);

/** A fresh handler table each time, as a restarted worker would build. */
const freshHandlers = (): JobHandlers => ({ [DEPRECATION_REMINDER_JOB]: runDeprecationReminder, [DEPRECATION_ESCALATION_JOB]: runDeprecationEscalation });

let database: TestDatabase;
afterAll(async () => database?.close());

async function setUp(): Promise<{ fixture: DeprecationFixture; id: string }> {
  await database?.close();
  database = await createTestDatabase();
  const fixture = await createDeprecationFixture(database.prisma);
  // Sunset in 120 days: reminders at days 90, 106 and 113; first escalation after 14 days (tier 1).
  const { id } = await announceDeprecation(database.prisma, { actor: fixture.actors.owner, input: announceInput(fixture, start), clock: at(0) });
  return { fixture, id };
}

const countNotifications = (kind: string) => database.prisma.notification.count({ where: { kind } });

describe("deprecation jobs with a moved clock", () => {
  beforeAll(() => {
    expect(Object.keys(JOB_HANDLERS)).toEqual(expect.arrayContaining([DEPRECATION_REMINDER_JOB, DEPRECATION_ESCALATION_JOB]));
  });

  it("sends each reminder once, when it is due, to owners who have not migrated", async () => {
    await setUp();
    const db = database.prisma;
    expect((await runDueJobs({ db, handlers: freshHandlers(), clock: at(89) })).succeeded).toBe(1); // the escalation at day 14
    expect(await countNotifications("deprecation.reminder")).toBe(0);
    expect((await runDueJobs({ db, handlers: freshHandlers(), clock: at(90) })).succeeded).toBe(1);
    expect(await countNotifications("deprecation.reminder")).toBe(2);
    expect((await runDueJobs({ db, handlers: freshHandlers(), clock: at(95) })).succeeded).toBe(0);
    expect(await countNotifications("deprecation.reminder")).toBe(2);
  });

  it("sends no duplicate when a worker died after sending but before recording success", async () => {
    await setUp();
    const db = database.prisma;
    await runDueJobs({ db, handlers: freshHandlers(), clock: at(90) });
    const reminder = await db.job.findFirstOrThrow({ where: { kind: DEPRECATION_REMINDER_JOB, status: "succeeded" } });
    // The crash: the job still looks claimed by a worker that is gone, and its claim has expired.
    await db.job.update({ where: { id: reminder.id }, data: { status: "running", completedAt: null, lockedUntil: at(90.01)() } });
    const restarted = await runDueJobs({ db, handlers: freshHandlers(), clock: at(91) });
    expect(restarted.succeeded).toBe(1);
    expect(await countNotifications("deprecation.reminder")).toBe(2);
    expect(await db.job.count({ where: { kind: DEPRECATION_REMINDER_JOB } })).toBe(3);
  });

  it("escalates along the path after each acknowledgement period, skipping owners who acknowledged", async () => {
    const { fixture, id } = await setUp();
    const db = database.prisma;
    await acknowledgeMigration(db, { actor: fixture.actors.consumerOwner, deprecationId: id, consumerId: fixture.dashboard.id, clock: at(3) });
    expect((await runDueJobs({ db, handlers: freshHandlers(), clock: at(13.9) })).succeeded).toBe(0);
    await runDueJobs({ db, handlers: freshHandlers(), clock: at(14) });
    const first = await db.notification.findMany({ where: { kind: "deprecation.escalated" } });
    expect(first.map((n) => n.userId)).toEqual([fixture.users.escalationManager.id]);
    expect(first[0].body).toContain("Churn model");
    expect(first[0].body).not.toContain("Revenue dashboard");
    expect((await db.migrationItem.findFirstOrThrow({ where: { consumerId: fixture.model.id } })).escalationLevel).toBe(1);
    expect(await db.auditEvent.findMany({ where: { action: "deprecation.escalate" }, select: { actorLabel: true, targetId: true } })).toEqual([
      { actorLabel: "system", targetId: id },
    ]);
    // Step 2 is a rota: the deprecation's author is asked to call it, another 14 days later.
    await runDueJobs({ db, handlers: freshHandlers(), clock: at(27) });
    expect(await countNotifications("deprecation.escalated")).toBe(1);
    await runDueJobs({ db, handlers: freshHandlers(), clock: at(28) });
    const second = await db.notification.findFirstOrThrow({ where: { kind: "deprecation.escalated", userId: fixture.users.owner.id } });
    expect(second.body).toContain("#platform-oncall");
    // The path is exhausted: no third step is scheduled.
    expect(await db.job.count({ where: { kind: DEPRECATION_ESCALATION_JOB } })).toBe(2);
  });

  it("does not escalate once everyone has acknowledged", async () => {
    const { fixture, id } = await setUp();
    const db = database.prisma;
    await acknowledgeMigration(db, { actor: fixture.actors.consumerOwner, deprecationId: id, consumerId: fixture.dashboard.id, clock: at(1) });
    await acknowledgeMigration(db, { actor: fixture.actors.analyticsMember, deprecationId: id, consumerId: fixture.model.id, clock: at(2) });
    expect((await runDueJobs({ db, handlers: freshHandlers(), clock: at(14) })).succeeded).toBe(1);
    expect(await countNotifications("deprecation.escalated")).toBe(0);
  });

  it("lets a reminder computed for an old sunset do nothing once the sunset moved", async () => {
    const { fixture, id } = await setUp();
    const db = database.prisma;
    await updateSunset(db, { actor: fixture.actors.owner, deprecationId: id, input: { sunsetAt: at(200)().toISOString() }, clock: at(1) });
    expect((await runDueJobs({ db, handlers: freshHandlers(), clock: at(120) })).succeeded).toBe(4); // 3 stale reminders + escalation
    expect(await countNotifications("deprecation.reminder")).toBe(0);
    await runDueJobs({ db, handlers: freshHandlers(), clock: at(170) });
    expect(await countNotifications("deprecation.reminder")).toBe(2);
  });
});
