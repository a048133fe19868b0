import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import { systemClock, type Clock } from "./clock";
import { JOB_HANDLERS } from "./job-handlers";
import { runDueJobs, type JobHandlers } from "./run-due-jobs";

export interface JobWorkerOptions {
  intervalMs?: number;
  clock?: Clock;
  handlers?: JobHandlers;
  /** The server's shared connection by default; the standalone worker (scripts/jobs-work.ts) passes its own. */
  db?: () => Promise<PrismaClient>;
}

export interface JobWorker {
  stop(): Promise<void>;
}

/**
 * Polls the job table inside the server process. The timer only decides when to look: every job lives in the
 * database, so a restart loses nothing and a job claimed by a dead process is picked up after its claim expires.
 */
export function startJobWorker({ intervalMs = 5_000, clock = systemClock, handlers = JOB_HANDLERS, db: openDb = getDb }: JobWorkerOptions = {}): JobWorker {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const tick = async () => {
    try {
      const db = await openDb();
      // Drain what is due before sleeping again, a batch at a time.
      for (;;) {
        const { succeeded, retried, dead } = await runDueJobs({ db, handlers, clock });
        if (stopped || succeeded + retried + dead === 0) break;
      }
    } catch (error) {
      console.error("[jobs] worker pass failed:", error instanceof Error ? error.message : error);
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(schedule);
    }, intervalMs);
    timer.unref();
  };
  schedule();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
