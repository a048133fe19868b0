import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { enqueueJobs, type JobRequest } from "@/lib/jobs/enqueue-job";
import type { JobHandler } from "@/lib/jobs/run-due-jobs";
import { addDays, dayString, utcDay } from "@/lib/dashboard/dashboard-figures";
import { measureSnapshotFigures } from "@/lib/dashboard/get-dashboard";
import { hasSnapshot, saveSnapshot } from "@/lib/dashboard/repository";

export const METRICS_SNAPSHOT_JOB = "metrics.snapshot";

/** The snapshot job for a UTC day: due at its midnight, once per day whoever enqueues it. */
export function metricsSnapshotJob(day: Date): JobRequest {
  return { kind: METRICS_SNAPSHOT_JOB, dedupeKey: `metrics-snapshot:${dayString(day)}`, payload: { day: dayString(day) }, runAt: day };
}

/**
 * Records today's figures and schedules tomorrow's run. The day is the one the job runs on, not the one it was
 * scheduled for: after downtime a late job must not file today's figures under a past day.
 */
export const takeMetricsSnapshot: JobHandler = async ({ db, now }) => {
  const day = utcDay(now);
  const figures = await measureSnapshotFigures(db, now);
  await db.$transaction(async (tx) => {
    await saveSnapshot(tx, day, figures);
    await enqueueJobs(tx, [metricsSnapshotJob(addDays(day, 1))]);
  });
};

/** At server start: when today has no snapshot yet, take one now (which also schedules the following days). */
export async function scheduleMetricsSnapshots(db: PrismaClient, now: Date): Promise<void> {
  const today = utcDay(now);
  if (await hasSnapshot(db, today)) return;
  await db.$transaction((tx) => enqueueJobs(tx, [metricsSnapshotJob(today)]));
}
