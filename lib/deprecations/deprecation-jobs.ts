import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { JobHandler } from "@/lib/jobs/run-due-jobs";
import { notifyUsers } from "@/lib/notifications/notify-users";
import { publishEvent } from "@/lib/webhooks/publish-event";
import { DAY_MS } from "@/lib/deprecations/notice-policy";
import { enqueueEscalation, escalationKey, reminderKey } from "@/lib/deprecations/deprecation-schedule";
import { findConsumerOwners, findDeprecationForUpdate, findEscalationSteps, findNoticePolicy } from "@/lib/deprecations/repository";

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
    const outstanding = await tx.migrationItem.findMany({
      where: { deprecationId: deprecation.id, status: { not: "migrated" } },
      select: { consumerId: true },
    });
    if (outstanding.length === 0) return;
    const owners = await findConsumerOwners(
      tx,
      outstanding.map((item) => item.consumerId),
    );
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
      data: {
        deprecationId: deprecation.id,
        target: deprecation.target.label,
        sunsetAt: deprecation.sunsetAt.toISOString(),
        daysBefore: payload.daysBefore,
        outstandingConsumers: outstanding.length,
      },
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
    await recordAuditEvent(tx, {
      actor: null,
      action: "deprecation.escalate",
      target: { type: "deprecation", id: deprecationId, label: deprecation.target.label },
      after: { level, calledUserId: step.userId, contact: step.contact, notAcknowledged: names },
    });
    await publishEvent(tx, {
      id: key,
      type: "deprecation.escalated",
      occurredAt: now,
      data: { deprecationId, target: deprecation.target.label, level, contact: step.contact, userId: step.userId, consumers: names },
    });
    if (steps[level]) {
      const policy = await findNoticePolicy(tx);
      await enqueueEscalation(tx, {
        deprecationId,
        level: level + 1,
        runAt: new Date(now.getTime() + policy[deprecation.target.criticality].acknowledgeWithinDays * DAY_MS),
      });
    }
  });
};
