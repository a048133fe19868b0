import { sendNotificationEmailJob } from "@/lib/notifications/send-notification-email";
import { NOTIFICATION_EMAIL_JOB } from "@/lib/notifications/notify-users";
import { deliverWebhookJob } from "@/lib/webhooks/deliver-webhook";
import { WEBHOOK_DELIVER_JOB } from "@/lib/webhooks/publish-event";
import { runDeprecationEscalation, runDeprecationReminder } from "@/lib/deprecations/deprecation-jobs";
import { DEPRECATION_ESCALATION_JOB, DEPRECATION_REMINDER_JOB } from "@/lib/deprecations/deprecation-schedule";
import type { JobHandlers } from "./run-due-jobs";
import { METRICS_SNAPSHOT_JOB, takeMetricsSnapshot } from "@/lib/dashboard/metrics-snapshot";
import { SIGNALS_ROLLUP_JOB, runSignalRollup } from "@/lib/signals/roll-up-signals";
import { SIGNALS_EVALUATE_JOB, runSignalEvaluation } from "@/lib/incidents/evaluation-job";
import { STANDARDS_RELINT_JOB, runStandardsRelint } from "@/lib/standards/lint-versions";
import { DECISIONS_PRUNE_JOB, runDecisionPrune } from "@/lib/data-contracts/prune-decisions";

/**
 * Every job kind the worker knows, and the domain handler that runs it. Domains enqueue with enqueueJobs()
 * and register their handler here.
 */
export const JOB_HANDLERS: JobHandlers = {
  [WEBHOOK_DELIVER_JOB]: deliverWebhookJob,
  [NOTIFICATION_EMAIL_JOB]: sendNotificationEmailJob,
  [DEPRECATION_REMINDER_JOB]: runDeprecationReminder,
  [DEPRECATION_ESCALATION_JOB]: runDeprecationEscalation,
  [METRICS_SNAPSHOT_JOB]: takeMetricsSnapshot,
  [SIGNALS_ROLLUP_JOB]: runSignalRollup,
  [SIGNALS_EVALUATE_JOB]: runSignalEvaluation,
  [STANDARDS_RELINT_JOB]: runStandardsRelint,
  [DECISIONS_PRUNE_JOB]: runDecisionPrune,
};
