import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { JobListQuery, JobOutput } from "@/lib/jobs/schemas";

export const JOBS_PAGE_SIZE = 25;

const jobSelect = {
  id: true,
  kind: true,
  dedupeKey: true,
  status: true,
  attempts: true,
  maxAttempts: true,
  runAt: true,
  lastError: true,
  createdAt: true,
} as const satisfies Prisma.JobSelect;

export interface JobCounts {
  pending: number;
  running: number;
  succeeded: number;
  dead: number;
  /** Pending jobs that have failed at least once (a subset of pending). */
  retrying: number;
}

export async function countJobsByStatus(db: PrismaClient): Promise<JobCounts> {
  const [groups, retrying] = await Promise.all([
    db.job.groupBy({ by: ["status"], _count: { _all: true } }),
    db.job.count({ where: { status: "pending", attempts: { gt: 0 } } }),
  ]);
  const counts: JobCounts = { pending: 0, running: 0, succeeded: 0, dead: 0, retrying };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

const troubled: Prisma.JobWhereInput = { OR: [{ status: "dead" }, { status: "pending", attempts: { gt: 0 } }] };

/** Dead jobs and jobs waiting for a retry, the ones an operator looks at; most recently due first. */
export async function findTroubledJobs(db: PrismaClient, query: JobListQuery): Promise<{ jobs: JobOutput[]; total: number }> {
  const where: Prisma.JobWhereInput = {
    AND: [
      query.state === "dead" ? { status: "dead" } : query.state === "retrying" ? { status: "pending", attempts: { gt: 0 } } : troubled,
      query.kind ? { kind: query.kind } : {},
      query.q ? { OR: [{ dedupeKey: { contains: query.q, mode: "insensitive" } }, { lastError: { contains: query.q, mode: "insensitive" } }] } : {},
    ],
  };
  const [jobs, total] = await Promise.all([
    db.job.findMany({ where, select: jobSelect, orderBy: [{ runAt: "desc" }, { id: "desc" }], skip: (query.page - 1) * JOBS_PAGE_SIZE, take: JOBS_PAGE_SIZE }),
    db.job.count({ where }),
  ]);
  return { jobs, total };
}

export async function findJobKinds(db: PrismaClient): Promise<string[]> {
  const rows = await db.job.groupBy({ by: ["kind"], orderBy: { kind: "asc" } });
  return rows.map((row) => row.kind);
}

export async function findJobForUpdate(tx: Prisma.TransactionClient, id: string): Promise<JobOutput | null> {
  return tx.job.findUnique({ where: { id }, select: jobSelect });
}

/** Due now; a dead job gets one more attempt beyond those it used. */
export async function scheduleJobNow(tx: Prisma.TransactionClient, job: JobOutput, at: Date): Promise<JobOutput> {
  return tx.job.update({
    where: { id: job.id },
    data: { status: "pending", runAt: at, lockedUntil: null, maxAttempts: Math.max(job.maxAttempts, job.attempts + 1) },
    select: jobSelect,
  });
}
