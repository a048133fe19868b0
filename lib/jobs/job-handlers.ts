import type { JobHandlers } from "./run-due-jobs";
import { METRICS_SNAPSHOT_JOB, takeMetricsSnapshot } from "@/lib/dashboard/metrics-snapshot";

/**
 * Every job kind the worker knows, and the domain handler that runs it. Domains enqueue with enqueueJobs()
 * and register their handler here.
 */
export const JOB_HANDLERS: JobHandlers = {
  [METRICS_SNAPSHOT_JOB]: takeMetricsSnapshot,
};
