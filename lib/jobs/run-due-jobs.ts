import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Clock } from "./clock";
import { retryDelayMs } from "./retry-backoff";

export interface ClaimedJob {
  id: string;
  kind: string;
  dedupeKey: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
}

export interface JobContext {
  db: PrismaClient;
  job: ClaimedJob;
  now: Date;
}

/** A handler throws to ask for a retry; returning means done. Handlers must tolerate running twice. */
export type JobHandler = (context: JobContext) => Promise<void>;
export type JobHandlers = Readonly<Record<string, JobHandler>>;

export interface RunDueJobsOptions {
  db: PrismaClient;
  handlers: JobHandlers;
  clock: Clock;
  /** Most jobs claimed in one pass. */
  limit?: number;
  /** How long a claim hides a job from other workers; a worker that dies mid-job loses it after this. */
  claimMs?: number;
}

export interface RunDueJobsResult {
  succeeded: number;
  retried: number;
  dead: number;
}

/**
 * Claims due jobs (FOR UPDATE SKIP LOCKED, so two workers never take the same one), runs each through its
 * handler, then records success, a retry with backoff, or death after maxAttempts.
 */
export async function runDueJobs({ db, handlers, clock, limit = 20, claimMs = 5 * 60_000 }: RunDueJobsOptions): Promise<RunDueJobsResult> {
  const now = clock();
  const claimed = await db.$queryRaw<ClaimedJob[]>`
    UPDATE "Job" SET status = 'running', attempts = attempts + 1, "lockedUntil" = ${new Date(now.getTime() + claimMs)}
    WHERE id IN (
      SELECT id FROM "Job"
      WHERE (status = 'pending' AND "runAt" <= ${now}) OR (status = 'running' AND "lockedUntil" < ${now})
      ORDER BY "runAt" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, kind, "dedupeKey", payload, attempts, "maxAttempts"`;

  const result: RunDueJobsResult = { succeeded: 0, retried: 0, dead: 0 };
  for (const job of claimed) {
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`No handler for job kind "${job.kind}"`);
      await handler({ db, job, now });
      await db.job.update({ where: { id: job.id }, data: { status: "succeeded", completedAt: clock(), lockedUntil: null, lastError: null } });
      result.succeeded += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const exhausted = job.attempts >= job.maxAttempts;
      await db.job.update({
        where: { id: job.id },
        data: exhausted
          ? { status: "dead", lockedUntil: null, lastError: message.slice(0, 2000) }
          : {
              status: "pending",
              lockedUntil: null,
              lastError: message.slice(0, 2000),
              runAt: new Date(clock().getTime() + retryDelayMs(job.attempts, job.id)),
            },
      });
      if (exhausted) result.dead += 1;
      else result.retried += 1;
    }
  }
  return result;
}
