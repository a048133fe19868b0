import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JOB_HANDLERS } from "@/lib/jobs/job-handlers";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { DECISIONS_PRUNE_JOB, readDecisionCountRetentionDays, scheduleDecisionPrunes } from "@/lib/data-contracts/prune-decisions";
import { createIntegration, createTeam } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

let db: TestDatabase;
let integrationId: string;
const DAY = 24 * 60 * 60_000;

beforeAll(async () => {
  db = await createTestDatabase();
  const team = await createTeam(db.prisma, { slug: "prune-team" });
  integrationId = (await createIntegration(db.prisma, { ownerTeamId: team.id })).id;
}, 60_000);

afterAll(async () => {
  await db?.close();
});

describe("pruning decision counts", () => {
  it("reads the retention from DECISION_COUNT_RETENTION_DAYS, 90 days unless set, and names the variable when it is wrong", () => {
    expect(readDecisionCountRetentionDays({})).toBe(90);
    expect(readDecisionCountRetentionDays({ DECISION_COUNT_RETENTION_DAYS: "7" })).toBe(7);
    expect(() => readDecisionCountRetentionDays({ DECISION_COUNT_RETENTION_DAYS: "a week" })).toThrow(/DECISION_COUNT_RETENTION_DAYS/);
  });

  it("runs as an hourly job that deletes counts past the retention and keys past the longest window", async () => {
    const now = new Date();
    const minute = (ago: number) => new Date(Math.floor((now.getTime() - ago) / 60_000) * 60_000);
    await db.prisma.decisionCount.createMany({
      data: [
        { integrationId, minute: minute(91 * DAY), outcome: "quarantine", count: 3 },
        { integrationId, minute: minute(89 * DAY), outcome: "quarantine", count: 2 },
        { integrationId, minute: minute(60_000), outcome: "deliver", count: 9 },
      ],
    });
    await db.prisma.decisionKey.createMany({
      data: [
        { integrationId, ruleId: "same-sku", keyHash: "old", deliveredAt: new Date(now.getTime() - 8 * DAY) },
        { integrationId, ruleId: "same-sku", keyHash: "recent", deliveredAt: new Date(now.getTime() - DAY) },
      ],
    });
    await scheduleDecisionPrunes(db.prisma, now);
    await scheduleDecisionPrunes(db.prisma, now);
    expect(await db.prisma.job.count({ where: { kind: DECISIONS_PRUNE_JOB } })).toBe(1);
    const result = await runDueJobs({ db: db.prisma, handlers: JOB_HANDLERS, clock: () => now });
    expect(result).toMatchObject({ succeeded: 1, dead: 0 });
    expect((await db.prisma.decisionCount.findMany({ orderBy: { minute: "asc" } })).map((row) => row.count)).toEqual([2, 9]);
    expect((await db.prisma.decisionKey.findMany()).map((row) => row.keyHash)).toEqual(["recent"]);
    const next = await db.prisma.job.findFirstOrThrow({ where: { kind: DECISIONS_PRUNE_JOB, status: "pending" } });
    expect(next.runAt.getTime()).toBe(now.getTime() + 60 * 60_000);
  });
});
