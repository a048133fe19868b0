import Link from "next/link";
import { getDb } from "@/lib/db";
import { findAuditEvents, findAuditTargetKeys } from "@/lib/audit/repository";
import { auditHistoryHref, auditTargetHref } from "@/lib/audit/audit-target-link";
import type { AuditTargetType } from "@/lib/audit/audit-vocabulary";
import { AuditEventRow } from "@/components/audit/audit-event-row";

/**
 * A record's latest changes, compactly, for detail pages: `<AuditTrail targetType="integration" targetId={id} />`.
 * Links to the Audit page filtered to the record for the full history.
 */
export async function AuditTrail({ targetType, targetId, limit = 5 }: { targetType: AuditTargetType; targetId: string; limit?: number }) {
  const db = await getDb();
  const { events, total } = await findAuditEvents(db, { targetType, targetId, page: 1 }, limit);
  const keys = await findAuditTargetKeys(db, events);
  return (
    <section aria-labelledby={`history-${targetId}`} className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2">
        <h2 id={`history-${targetId}`} className="text-sm font-semibold text-slate-900">
          History
        </h2>
        {total > 0 ? (
          <Link href={auditHistoryHref(targetType, targetId)} className="text-xs font-medium text-brand-700 underline-offset-2 hover:underline">
            {total > events.length ? `All ${total} changes` : "Open in the audit trail"}
          </Link>
        ) : null}
      </div>
      {events.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-600">No recorded changes yet.</p>
      ) : (
        <ol className="divide-y divide-slate-100">
          {events.map((event) => (
            <AuditEventRow
              key={event.id}
              event={event}
              targetHref={auditTargetHref(event.targetType, event.targetId, keys.get(`${event.targetType}:${event.targetId}`))}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
