import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { enqueueJobs, type JobRequest } from "@/lib/jobs/enqueue-job";
import type { JobHandler } from "@/lib/jobs/run-due-jobs";
import { pruneDecisionRows } from "@/lib/data-contracts/decisions-repository";
import { MAX_WINDOW_MINUTES } from "@/lib/data-contracts/schemas";

export const DECISIONS_PRUNE_JOB = "data-contracts.prune";

/** Counts are per minute: pruning once an hour keeps the table within an hour of its retention. */
const PRUNE_INTERVAL_MS = 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

const zDecisionEnvironment = z.object({
  // The quarantine rate is read over days and weeks; 90 days keeps a quarter of history at a few rows per minute.
  DECISION_COUNT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3660).default(90),
});

/** How long per-minute decision counts are kept, in days (`DECISION_COUNT_RETENTION_DAYS`, default 90). */
export function readDecisionCountRetentionDays(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const parsed = zDecisionEnvironment.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid setting DECISION_COUNT_RETENTION_DAYS: ${parsed.error.issues[0].message}`);
  return parsed.data.DECISION_COUNT_RETENTION_DAYS;
}

/**
 * Deletes decision counts older than the retention, and delivered business keys older than the longest duplicate
 * window (an integration that stops sending would otherwise keep its last keys for ever).
 */
export async function pruneDecisions(db: PrismaClient, now: Date, retentionDays: number) {
  return pruneDecisionRows(db, {
    countsBefore: new Date(now.getTime() - retentionDays * DAY_MS),
    keysBefore: new Date(now.getTime() - MAX_WINDOW_MINUTES * 60_000),
  });
}

function pruneJob(runAt: Date): JobRequest {
  const slot = new Date(Math.floor(runAt.getTime() / PRUNE_INTERVAL_MS) * PRUNE_INTERVAL_MS);
  return { kind: DECISIONS_PRUNE_JOB, dedupeKey: `data-contracts-prune:${slot.toISOString()}`, payload: {}, runAt };
}

/** Prunes, then schedules the next run an hour later. */
export const runDecisionPrune: JobHandler = async ({ db, now }) => {
  await pruneDecisions(db, now, readDecisionCountRetentionDays());
  await db.$transaction((tx) => enqueueJobs(tx, [pruneJob(new Date(now.getTime() + PRUNE_INTERVAL_MS))]));
};

/**
 * At server start: make sure a prune is scheduled (a no-op when this hour's job exists). An invalid retention stops
 * the server here, naming the variable, rather than failing every hour in the job log.
 */
export async function scheduleDecisionPrunes(db: PrismaClient, now: Date): Promise<void> {
  readDecisionCountRetentionDays();
  await db.$transaction((tx) => enqueueJobs(tx, [pruneJob(now)]));
}
