import type { Prisma } from "@/lib/generated/prisma/client";

export interface JobRequest {
  kind: string;
  /**
   * Names the event the job is for ("deprecation:abc:reminder:30d"). Enqueueing the same key twice is a no-op,
   * so a job caused by one event runs once however often the cause is replayed.
   */
  dedupeKey: string;
  payload: Prisma.InputJsonValue;
  runAt: Date;
  maxAttempts?: number;
}

/**
 * Writes jobs in the caller's transaction (a transactional outbox): they exist if and only if the change that
 * caused them committed. Answers how many were new.
 */
export async function enqueueJobs(tx: Prisma.TransactionClient, jobs: readonly JobRequest[]): Promise<number> {
  if (jobs.length === 0) return 0;
  const { count } = await tx.job.createMany({
    data: jobs.map((job) => ({
      kind: job.kind,
      dedupeKey: job.dedupeKey,
      payload: job.payload,
      runAt: job.runAt,
      maxAttempts: job.maxAttempts ?? 8,
    })),
    skipDuplicates: true,
  });
  return count;
}
