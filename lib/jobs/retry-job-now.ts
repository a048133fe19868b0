import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { systemClock, type Clock } from "@/lib/jobs/clock";
import { findJobForUpdate, scheduleJobNow } from "@/lib/jobs/repository";
import type { JobOutput } from "@/lib/jobs/schemas";
import { Conflict } from "@/lib/errors/domain-errors";

/** An admin runs a dead or retrying job at the worker's next pass instead of waiting for its backoff. */
export async function retryJobNow(db: PrismaClient, { actor, jobId, clock = systemClock }: { actor: Actor; jobId: string; clock?: Clock }): Promise<JobOutput> {
  return runMutation(db, {
    actor,
    permission: "job.manage",
    action: "job.retry",
    schema: z.unknown(),
    input: undefined,
    load: (tx) => findJobForUpdate(tx, jobId),
    write: async (tx, { resource }) => {
      const job = resource;
      if (job.status === "running") throw new Conflict("This job is running right now; wait for its outcome.");
      if (job.status === "succeeded") throw new Conflict("This job already succeeded; there is nothing to retry.");
      const scheduled = await scheduleJobNow(tx, job, clock());
      return {
        result: scheduled,
        target: { type: "job", id: job.id, label: `${job.kind} ${job.dedupeKey}` },
        before: { status: job.status, runAt: job.runAt, maxAttempts: job.maxAttempts },
        after: { status: scheduled.status, runAt: scheduled.runAt, maxAttempts: scheduled.maxAttempts },
      };
    },
  });
}
