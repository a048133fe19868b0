import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { enqueueJobs } from "@/lib/jobs/enqueue-job";
import { runDueJobs, type JobHandler } from "@/lib/jobs/run-due-jobs";
import { notifyUsers } from "@/lib/notifications/notify-users";
import { createUser } from "@/test/factories/user";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());
beforeEach(async () => {
  await database.prisma.job.deleteMany();
});

const start = new Date("2026-06-01T09:00:00Z");
const at = (minutes: number) => () => new Date(start.getTime() + minutes * 60_000);

describe("runDueJobs", () => {
  it("runs a job once it is due, and never again", async () => {
    const calls: string[] = [];
    const handlers = { remind: (async ({ job }) => void calls.push(job.dedupeKey)) as JobHandler };
    await database.prisma.$transaction((tx) => enqueueJobs(tx, [{ kind: "remind", dedupeKey: "r1", payload: {}, runAt: at(10)() }]));

    expect(await runDueJobs({ db: database.prisma, handlers, clock: at(5) })).toEqual({ succeeded: 0, retried: 0, dead: 0 });
    expect(await runDueJobs({ db: database.prisma, handlers, clock: at(10) })).toEqual({ succeeded: 1, retried: 0, dead: 0 });
    expect(await runDueJobs({ db: database.prisma, handlers, clock: at(60) })).toEqual({ succeeded: 0, retried: 0, dead: 0 });
    expect(calls).toEqual(["r1"]);
  });

  it("ignores a second enqueue of the same event", async () => {
    const job = { kind: "remind", dedupeKey: "same-event", payload: {}, runAt: start };
    expect(await database.prisma.$transaction((tx) => enqueueJobs(tx, [job]))).toBe(1);
    expect(await database.prisma.$transaction((tx) => enqueueJobs(tx, [job]))).toBe(0);
    expect(await database.prisma.job.count()).toBe(1);
  });

  it("retries a failing job with growing waits, then gives up", async () => {
    const handlers = {
      flaky: (async () => {
        throw new Error("receiver down");
      }) as JobHandler,
    };
    await database.prisma.$transaction((tx) => enqueueJobs(tx, [{ kind: "flaky", dedupeKey: "f1", payload: {}, runAt: start, maxAttempts: 3 }]));

    expect((await runDueJobs({ db: database.prisma, handlers, clock: at(0) })).retried).toBe(1);
    const afterFirst = await database.prisma.job.findUniqueOrThrow({ where: { dedupeKey: "f1" } });
    expect(afterFirst).toMatchObject({ status: "pending", attempts: 1, lastError: "receiver down" });
    const firstWait = afterFirst.runAt.getTime() - start.getTime();
    expect(firstWait).toBeGreaterThanOrEqual(30_000);

    // Not due again until the backoff has passed.
    expect((await runDueJobs({ db: database.prisma, handlers, clock: () => new Date(afterFirst.runAt.getTime() - 1) })).retried).toBe(0);
    expect((await runDueJobs({ db: database.prisma, handlers, clock: () => afterFirst.runAt })).retried).toBe(1);
    const afterSecond = await database.prisma.job.findUniqueOrThrow({ where: { dedupeKey: "f1" } });
    expect(afterSecond.runAt.getTime() - afterFirst.runAt.getTime()).toBeGreaterThan(firstWait);

    expect((await runDueJobs({ db: database.prisma, handlers, clock: () => afterSecond.runAt })).dead).toBe(1);
    expect(await database.prisma.job.findUniqueOrThrow({ where: { dedupeKey: "f1" } })).toMatchObject({ status: "dead", attempts: 3 });
  });

  it("takes back a job whose worker died after its claim expired", async () => {
    await database.prisma.job.create({
      data: { kind: "remind", dedupeKey: "orphan", payload: {}, runAt: start, status: "running", attempts: 1, lockedUntil: at(5)() },
    });
    const handlers = { remind: (async () => undefined) as JobHandler };
    expect((await runDueJobs({ db: database.prisma, handlers, clock: at(4) })).succeeded).toBe(0);
    expect((await runDueJobs({ db: database.prisma, handlers, clock: at(6) })).succeeded).toBe(1);
  });

  it("fails a job of an unknown kind instead of dropping it silently", async () => {
    await database.prisma.$transaction((tx) => enqueueJobs(tx, [{ kind: "nobody-handles-this", dedupeKey: "u1", payload: {}, runAt: start }]));
    expect((await runDueJobs({ db: database.prisma, handlers: {}, clock: at(0) })).retried).toBe(1);
    expect((await database.prisma.job.findUniqueOrThrow({ where: { dedupeKey: "u1" } })).lastError).toMatch(/No handler/);
  });
});

describe("notifyUsers", () => {
  it("notifies each user once per event", async () => {
    const [ana, ben] = await Promise.all([createUser(database.prisma), createUser(database.prisma)]);
    const request = { userIds: [ana.id, ben.id, ana.id], kind: "review.requested", title: "Review CR-1", dedupeKey: "cr-1:requested" };
    expect(await database.prisma.$transaction((tx) => notifyUsers(tx, request))).toBe(2);
    expect(await database.prisma.$transaction((tx) => notifyUsers(tx, request))).toBe(0);
    expect(await database.prisma.notification.count({ where: { userId: ana.id } })).toBe(1);
  });
});
