import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { countJobsByStatus, findTroubledJobs } from "@/lib/jobs/repository";
import { retryJobNow } from "@/lib/jobs/retry-job-now";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { createUser } from "@/test/factories/user";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

let database: TestDatabase;
let admin: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  const user = await createUser(database.prisma, { role: "admin" });
  admin = { id: user.id, email: user.email, name: user.name, role: "admin", teamIds: [] };
});
afterAll(async () => database?.close());
beforeEach(async () => {
  await database.prisma.job.deleteMany();
});

const start = new Date("2026-06-01T09:00:00Z");
const job = (
  dedupeKey: string,
  data: { status?: "pending" | "running" | "succeeded" | "dead"; attempts?: number; maxAttempts?: number; lastError?: string } = {},
) => database.prisma.job.create({ data: { kind: "webhook.deliver", dedupeKey, payload: {}, runAt: new Date(start.getTime() + 3_600_000), ...data } });

describe("the job queue for operators", () => {
  it("counts jobs by status and lists only dead and retrying ones, filtered", async () => {
    await job("ok", { status: "succeeded", attempts: 1 });
    await job("waiting");
    await job("retrying", { attempts: 2, lastError: "receiver answered 503" });
    await job("dead", { status: "dead", attempts: 8, maxAttempts: 8, lastError: "No answer within 10 s." });
    expect(await countJobsByStatus(database.prisma)).toEqual({ pending: 2, running: 0, succeeded: 1, dead: 1, retrying: 1 });

    const all = await findTroubledJobs(database.prisma, { page: 1 });
    expect(all.jobs.map((j) => j.dedupeKey).sort()).toEqual(["dead", "retrying"]);
    expect((await findTroubledJobs(database.prisma, { state: "dead", page: 1 })).jobs.map((j) => j.dedupeKey)).toEqual(["dead"]);
    expect((await findTroubledJobs(database.prisma, { q: "503", page: 1 })).jobs.map((j) => j.dedupeKey)).toEqual(["retrying"]);
    expect((await findTroubledJobs(database.prisma, { kind: "notification.email", page: 1 })).total).toBe(0);
  });

  it("retries a dead job now with one more attempt, audited, and the worker runs it", async () => {
    const dead = await job("dead", { status: "dead", attempts: 8, maxAttempts: 8 });
    const scheduled = await retryJobNow(database.prisma, { actor: admin, jobId: dead.id, clock: () => start });
    expect(scheduled).toMatchObject({ status: "pending", runAt: start, maxAttempts: 9 });
    const ran: string[] = [];
    const handlers = { "webhook.deliver": async () => void ran.push("sent") };
    expect((await runDueJobs({ db: database.prisma, handlers, clock: () => start })).succeeded).toBe(1);
    expect(ran).toEqual(["sent"]);
    expect(await database.prisma.auditEvent.count({ where: { action: "job.retry", targetId: dead.id } })).toBe(1);
  });

  it("refuses running or succeeded jobs, and non-admins", async () => {
    const done = await job("done", { status: "succeeded" });
    await expect(retryJobNow(database.prisma, { actor: admin, jobId: done.id })).rejects.toThrow(/already succeeded/);
    const retrying = await job("retrying", { attempts: 1 });
    await expect(retryJobNow(database.prisma, { actor: { ...admin, role: "reviewer" }, jobId: retrying.id })).rejects.toThrow(/job.manage/);
    expect((await database.prisma.job.findUniqueOrThrow({ where: { id: retrying.id } })).runAt).not.toEqual(start);
  });
});
