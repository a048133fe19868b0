import type { AuditEventOutput } from "@/lib/audit/schemas";
import { EmptyState } from "@/components/ui/empty-state";

/**
 * A record's history from the audit trail, newest first: who changed what and when. The fields that changed are
 * listed from the before/after snapshots so a reader need not compare JSON.
 */
export function RecordHistory({ events, total }: { events: AuditEventOutput[]; total: number }) {
  if (events.length === 0) return <EmptyState title="No recorded change yet.">Changes made in Interchange appear here with who made them.</EmptyState>;
  return (
    <>
      <ol className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white text-sm">
        {events.map((event) => (
          <li key={event.id} className="px-4 py-2">
            <p className="text-slate-900">
              <span className="font-medium">{event.action}</span> by {event.actorLabel}
            </p>
            <p className="text-xs text-slate-600">
              <time dateTime={event.at.toISOString()}>{event.at.toISOString().slice(0, 16).replace("T", " ")} UTC</time>
              {changedFields(event.before, event.after).length ? ` · changed ${changedFields(event.before, event.after).join(", ")}` : ""}
            </p>
          </li>
        ))}
      </ol>
      {total > events.length ? <p className="mt-2 text-xs text-slate-600">Showing the latest {events.length} of {total} changes.</p> : null}
    </>
  );
}

function changedFields(before: unknown, after: unknown): string[] {
  if (!before || !after || typeof before !== "object" || typeof after !== "object") return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return Object.keys(a).filter((key) => key !== "updatedAt" && key !== "completeness" && JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}
