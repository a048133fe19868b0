import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { notifyUsers } from "@/lib/notifications/notify-users";
import { publishEvent } from "@/lib/webhooks/publish-event";
import type { AnomalyCause } from "@/lib/signals/anomalies/anomaly-rules";
import { incidentText } from "./incident-text";
import { planIncidentChanges, type FindingAt, type IntegrationEvaluation } from "./incident-plan";
import { findIncidentSubjects, findUnresolvedIncidents, insertIncidents, resolveIncidentRow, touchIncident, type IncidentSubjects } from "./repository";
import type { IncidentFigures } from "./schemas";

const RECOVERED: Readonly<Record<AnomalyCause, string>> = {
  volume_drop: "Resolved automatically: the volume is back within its usual band.",
  error_spike: "Resolved automatically: the error rate is back to usual.",
  freshness_breach: "Resolved automatically: a success was reported again.",
  dead_letter_growth: "Resolved automatically: the dead-letter queue stopped growing.",
};

function figuresOf(change: FindingAt): IncidentFigures {
  return { ...change.finding, windowStart: change.windowStart.toISOString() };
}

function textOf(change: FindingAt, subjects: IncidentSubjects): string {
  const subject = subjects.get(change.integrationId);
  return incidentText(change.finding, {
    integrationName: subject?.name ?? change.integrationId,
    windowStart: change.windowStart,
    capabilities: subject?.capabilities ?? [],
    consumers: subject?.consumers ?? [],
  });
}

export interface ReconcileResult {
  opened: number;
  updated: number;
  resolved: number;
}

/**
 * Applies one evaluation's verdicts to the incidents, in one transaction: opens (with an audit row, a notification
 * in the owners' inbox, e-mail when configured, and the incident.opened webhook, each once: the notification and the
 * event are keyed by the incident), refreshes the ones still anomalous, and resolves the ones whose cause cleared.
 */
export async function reconcileIncidents(db: PrismaClient, evaluations: readonly IntegrationEvaluation[], now: Date): Promise<ReconcileResult> {
  const unresolved = await findUnresolvedIncidents(db);
  const plan = planIncidentChanges(evaluations, unresolved);
  if (plan.open.length + plan.touch.length + plan.resolve.length === 0) return { opened: 0, updated: 0, resolved: 0 };
  const subjects = await findIncidentSubjects(db, [...new Set([...plan.open, ...plan.touch].map((change) => change.integrationId))]);

  return db.$transaction(
    async (tx) => {
      const created = await insertIncidents(
        tx,
        plan.open.map((change) => ({
          integrationId: change.integrationId,
          cause: change.cause,
          text: textOf(change, subjects),
          figures: figuresOf(change),
          at: now,
        })),
      );
      for (const incident of created) {
        const subject = subjects.get(incident.integrationId);
        const key = `incident:${incident.id}:opened`;
        await recordAuditEvent(tx, {
          actor: null,
          action: "incident.open",
          target: { type: "incident", id: incident.id, label: incident.text.slice(0, 200) },
          after: { integration: subject?.key, cause: incident.cause, text: incident.text },
        });
        await notifyUsers(tx, {
          userIds: subject?.recipientIds ?? [],
          kind: "incident.opened",
          title: incident.text.slice(0, 300),
          body: "Acknowledge it on the integration page when you are on it; it resolves by itself when the signals are back to usual.",
          href: `/incidents/${incident.id}`,
          dedupeKey: key,
        });
        await publishEvent(tx, {
          id: key,
          type: "incident.opened",
          occurredAt: now,
          data: { incidentId: incident.id, integration: subject?.key ?? null, cause: incident.cause, text: incident.text },
        });
      }
      for (const change of plan.touch) await touchIncident(tx, change.incidentId, { text: textOf(change, subjects), figures: figuresOf(change), at: now });
      let resolved = 0;
      for (const change of plan.resolve) {
        if (!(await resolveIncidentRow(tx, change.id, { actorId: null, at: now, note: RECOVERED[change.cause] }))) continue;
        resolved += 1;
        await recordAuditEvent(tx, {
          actor: null,
          action: "incident.resolve",
          target: { type: "incident", id: change.id },
          after: { state: "resolved", note: RECOVERED[change.cause] },
        });
        await publishEvent(tx, {
          id: `incident:${change.id}:resolved`,
          type: "incident.resolved",
          occurredAt: now,
          data: { incidentId: change.id, cause: change.cause, by: null, note: RECOVERED[change.cause] },
        });
      }
      return { opened: created.length, updated: plan.touch.length, resolved };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
