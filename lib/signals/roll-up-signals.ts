import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { enqueueJobs, type JobRequest } from "@/lib/jobs/enqueue-job";
import type { JobHandler } from "@/lib/jobs/run-due-jobs";
import { databaseNow, pruneRollups, rollUpFrom } from "./repository";
import { SIGNAL_RESOLUTIONS, bucketStartOf, retentionCutoffs, type SignalResolutionName } from "./signal-buckets";
import { readSignalRetention, type SignalRetention } from "./signal-settings";

export const SIGNALS_ROLLUP_JOB = "signals.rollup";

/** How often hours and days are recomputed from the minutes written since the last run. */
const ROLLUP_INTERVAL_MS = 5 * 60_000;
// A batch stamped just before the previous run may have committed after it: look that far back again (harmless,
// recomputing is idempotent).
const WATERMARK_OVERLAP_MS = 2 * 60_000;

const zRollupPayload = z.object({ since: z.iso.datetime().nullable() });

/** The rollup job of the slot holding `runAt`; `since` is the database time of the previous run (null: look back over every minute kept). */
function signalRollupJob(runAt: Date, since: Date | null): JobRequest {
  const slot = new Date(Math.floor(runAt.getTime() / ROLLUP_INTERVAL_MS) * ROLLUP_INTERVAL_MS);
  return { kind: SIGNALS_ROLLUP_JOB, dedupeKey: `signals-rollup:${slot.toISOString()}`, payload: { since: since?.toISOString() ?? null }, runAt };
}

export interface RollupResult {
  hours: number;
  days: number;
  pruned: Record<SignalResolutionName, number>;
}

/**
 * One rollup cycle: recompute the hours holding minutes written since `since`, then the days holding those hours,
 * then delete what each resolution's retention no longer keeps. Safe to run twice or concurrently.
 */
export async function rollUpSignals(db: PrismaClient, since: Date, now: Date, retention: SignalRetention): Promise<RollupResult> {
  const cutoffs = retentionCutoffs(now, retention);
  return db.$transaction(async (tx) => {
    const hours = await rollUpFrom(tx, "minute", since);
    const days = await rollUpFrom(tx, "hour", since);
    const pruned = { minute: 0, hour: 0, day: 0 };
    for (const resolution of SIGNAL_RESOLUTIONS) pruned[resolution] = await pruneRollups(tx, resolution, cutoffs[resolution]);
    return { hours, days, pruned };
  });
}

/** Runs a cycle and schedules the next, which looks back to this run's start. */
export const runSignalRollup: JobHandler = async ({ db, job, now }) => {
  const retention = readSignalRetention();
  const { since } = zRollupPayload.parse(job.payload);
  const startedAt = await databaseNow(db);
  const from = since ? new Date(new Date(since).getTime() - WATERMARK_OVERLAP_MS) : bucketStartOf(new Date(startedAt.getTime() - retention.minuteMs), "hour");
  await rollUpSignals(db, from, now, retention);
  await db.$transaction((tx) => enqueueJobs(tx, [signalRollupJob(new Date(now.getTime() + ROLLUP_INTERVAL_MS), startedAt)]));
};

/** At server start: make sure a rollup is scheduled (a no-op when this slot's job exists); it looks back over every minute kept. */
export async function scheduleSignalRollups(db: PrismaClient, now: Date): Promise<void> {
  await db.$transaction((tx) => enqueueJobs(tx, [signalRollupJob(now, null)]));
}
