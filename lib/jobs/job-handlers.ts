import { runDeprecationEscalation, runDeprecationReminder } from "@/lib/deprecations/deprecation-jobs";
import { DEPRECATION_ESCALATION_JOB, DEPRECATION_REMINDER_JOB } from "@/lib/deprecations/deprecation-schedule";
import type { JobHandlers } from "./run-due-jobs";

/**
 * Every job kind the worker knows, and the domain handler that runs it. Domains enqueue with enqueueJobs()
 * and register their handler here.
 */
export const JOB_HANDLERS: JobHandlers = {
  [DEPRECATION_REMINDER_JOB]: runDeprecationReminder,
  [DEPRECATION_ESCALATION_JOB]: runDeprecationEscalation,
};
