import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { IncidentCause, JobStatus } from "@/lib/generated/prisma/enums";

/** Unfinished jobs by status and kind: what the queue holds (succeeded jobs are history, not depth). */
export async function countQueuedJobs(db: PrismaClient): Promise<{ status: JobStatus; kind: string; count: number }[]> {
  const groups = await db.job.groupBy({ by: ["status", "kind"], where: { status: { not: "succeeded" } }, _count: { _all: true } });
  return groups.map((group) => ({ status: group.status, kind: group.kind, count: group._count._all }));
}

export async function countOpenIncidentsByCause(db: PrismaClient): Promise<{ cause: IncidentCause; count: number }[]> {
  const groups = await db.incident.groupBy({ by: ["cause"], where: { resolvedAt: null }, _count: { _all: true } });
  return groups.map((group) => ({ cause: group.cause, count: group._count._all }));
}
