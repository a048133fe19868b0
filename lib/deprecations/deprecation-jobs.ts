import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueJobs } from "@/lib/jobs/enqueue-job";
import type { JobHandler } from "@/lib/jobs/run-due-jobs";
import { notifyUsers } from "@/lib/notifications/notify-users";
import { publishEvent } from "@/lib/webhooks/publish-event";
import { DAY_MS, remindersFor } from "@/lib/deprecations/notice-policy";
import { findConsumerOwners, findDeprecationForUpdate, findEscalationSteps, findNoticePolicy } from "@/lib/deprecations/repository";

export const DEPRECATION_REMINDER_JOB = "deprecation.reminder";
export const DEPRECATION_ESCALATION_JOB = "deprecation.escalation";

/**
 * Reminder keys carry the sunset they were computed for: moving the sunset enqueues a fresh set, and the stale
 * ones find a different sunset when they run and do nothing.
 */
export const reminderKey = (deprecationId: string, daysBefore: number, sunsetAt: Date) => `deprecation:${deprecationId}:reminder:${daysBefore}d:${sunsetAt.getTime()}`;
export const escalationKey = (deprecationId: string, level: number) => `deprecation:${deprecationId}:escalation:${level}`;

export async function enqueueReminders(tx: Prisma.TransactionClient, { deprecationId, sunsetAt, now }: { deprecationId: string; sunsetAt: Date; now: Date }) {
  return enqueueJobs(
    tx,
    remindersFor(sunsetAt, now).map(({ daysBefore, runAt }) => ({
      kind: DEPRECATION_REMINDER_JOB,
      dedupeKey: reminderKey(deprecationId, daysBefore, sunsetAt),
      payload: { deprecationId, daysBefore, sunsetAt: sunsetAt.toISOString() },
      runAt,
    })),
  );
}

/** Escalation level n calls the n-th step of the escalation path, one acknowledgement period after level n-1. */
export async function enqueueEscalation(tx: Prisma.TransactionClient, { deprecationId, level, runAt }: { deprecationId: string; level: number; runAt: Date }) {
  return enqueueJobs(tx, [{ kind: DEPRECATION_ESCALATION_JOB, dedupeKey: escalationKey(deprecationId, level), payload: { deprecationId, level }, runAt }]);
}

interface ReminderPayload {
  deprecationId: string;
  daysBefore: number;
  sunsetAt: string;
}

/** Reminds the owners of consumers that have not migrated. Re-reads everything: the job may be stale. */
export const runDeprecationReminder: JobHandler = async ({ db, job, now }) => {
  const payload = job.payload as ReminderPayload;
  await db.$transaction(async (tx) => {
    const deprecation = await findDeprecationForUpdate(tx, payload.deprecationId);
    if (!deprecation || deprecation.status !== "announced" || deprecation.sunsetAt.toISOString() !== payload.sunsetAt) return;
    const outstanding = await tx.migrationItem.findMany({ where: { deprecationId: deprecation.id, status: { not: "migrated" } }, select: { consumerId: true } });
    if (outstanding.length === 0) return;
    const owners = await findConsumerOwners(tx, outstanding.map((item) => item.consumerId));
    const key = reminderKey(deprecation.id, payload.daysBefore, deprecation.sunsetAt);
    await notifyUsers(tx, {
      userIds: [...owners.values()].flat(),
      kind: "deprecation.reminder",
      title: `${deprecation.target.label} is retired in ${payload.daysBefore} days`,
      body: `Sunset ${deprecation.sunsetAt.toISOString().slice(0, 10)}. Record your migration's progress, or say what blocks it.`,
      href: `/deprecations/${deprecation.id}`,
      dedupeKey: key,
    });
    await publishEvent(tx, {
      id: key,
      type: "deprecation.reminder",
      occurredAt: now,
      data: { deprecationId: deprecation.id, target: deprecation.target.label, sunsetAt: deprecation.sunsetAt.toISOString(), daysBefore: payload.daysBefore, outstandingConsumers: outstanding.length },
    });
  });
};

interface EscalationPayload {
  deprecationId: string;
  level: number;
}

/**
 * Calls the next step of the escalation path for every consumer whose owner has not acknowledged, then schedules
 * the following step one acknowledgement period later. Nothing happens once everyone has acknowledged, the
 * deprecation is closed, or the path is exhausted.
 */
export const runDeprecationEscalation: JobHandler = async ({ db, job, now }) => {
  const { deprecationId, level } = job.payload as EscalationPayload;
  await db.$transaction(async (tx) => {
    const deprecation = await findDeprecationForUpdate(tx, deprecationId);
    if (!deprecation || deprecation.status !== "announced") return;
    const silent = await tx.migrationItem.findMany({
      where: { deprecationId, status: "notified", escalationLevel: { lt: level } },
      select: { id: true, consumer: { select: { name: true } } },
      orderBy: { consumer: { name: "asc" } },
    });
    if (silent.length === 0) return;
    const steps = deprecation.target.escalationIntegrationId ? await findEscalationSteps(tx, deprecation.target.escalationIntegrationId) : [];
    const step = steps[level - 1];
    if (!step) return;
    const names = silent.map((item) => item.consumer.name);
    const key = escalationKey(deprecationId, level);
    // A step that is a rota or a channel has no inbox: the deprecation's author is asked to call it.
    const recipients = step.userId ? [step.userId] : [deprecation.createdById];
    await notifyUsers(tx, {
      userIds: recipients,
      kind: "deprecation.escalated",
      title: `Escalation (step ${level}): ${silent.length} consumer owner${silent.length === 1 ? " has" : "s have"} not acknowledged the deprecation of ${deprecation.target.label}`,
      body: `${step.userId ? "" : `Contact ${step.contact ?? "the next escalation step"}. `}Not acknowledged: ${names.slice(0, 10).join(", ")}${names.length > 10 ? ` and ${names.length - 10} more` : ""}.`,
      href: `/deprecations/${deprecationId}`,
      dedupeKey: key,
    });
    await tx.migrationItem.updateMany({ where: { id: { in: silent.map((item) => item.id) } }, data: { escalationLevel: level } });
    await publishEvent(tx, {
      id: key,
      type: "deprecation.escalated",
      occurredAt: now,
      data: { deprecationId, target: deprecation.target.label, level, contact: step.contact, userId: step.userId, consumers: names },
    });
    if (steps[level]) {
      const policy = await findNoticePolicy(tx);
      await enqueueEscalation(tx, { deprecationId, level: level + 1, runAt: new Date(now.getTime() + policy[deprecation.target.criticality].acknowledgeWithinDays * DAY_MS) });
    }
  });
};
