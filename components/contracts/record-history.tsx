import type { AuditEventOutput } from "@/lib/audit/schemas";
import { EmptyState } from "@/components/ui/empty-state";

const ACTION_LABELS: Record<string, string> = {
  "contract.create": "registered the contract",
  "contract.update": "edited the contract",
  "contract.archive": "archived the contract",
  "contract.version.create": "added a version",
  "contract.version.update": "changed a version",
  "consumer.create": "registered the consumer",
  "consumer.update": "edited the consumer",
  "consumer.archive": "archived the consumer",
};

function changedFields(before: unknown, after: unknown): string[] {
  if (typeof before !== "object" || before === null || typeof after !== "object" || after === null) return [];
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return Object.keys(b).filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

/**
 * A record's history from the audit trail, newest first. (The platform's <AuditTrail> component can replace this
 * once it lands; the query is the shared findAuditEvents.)
 */
export function RecordHistory({ events, total }: { events: AuditEventOutput[]; total: number }) {
  if (events.length === 0) return <EmptyState title="No recorded change yet." />;
  return (
    <div>
      <ol className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white text-sm shadow-sm">
        {events.map((event) => {
          const changed = changedFields(event.before, event.after);
          return (
            <li key={event.id} className="px-4 py-2">
              <p className="text-slate-900">
                <span className="font-medium">{event.actorLabel}</span> {ACTION_LABELS[event.action] ?? event.action}
                {event.targetLabel?.includes("@") ? ` ${event.targetLabel.split("@").pop()}` : ""}
              </p>
              <p className="text-xs text-slate-600">
                <time dateTime={event.at.toISOString()}>{event.at.toISOString().slice(0, 16).replace("T", " ")} UTC</time>
                {changed.length > 0 && event.before ? ` · changed ${changed.join(", ")}` : ""}
              </p>
            </li>
          );
        })}
      </ol>
      {total > events.length ? <p className="mt-2 text-xs text-slate-600">Showing the latest {events.length} of {total} changes.</p> : null}
    </div>
  );
}
