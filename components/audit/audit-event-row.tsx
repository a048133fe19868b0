import Link from "next/link";
import type { AuditEventOutput } from "@/lib/audit/schemas";
import { auditActionLabel, auditTargetLabel } from "@/lib/audit/audit-vocabulary";
import { Badge } from "@/components/ui/badge";
import { AuditChangeDiff } from "@/components/audit/audit-change-diff";

export const formatAuditTime = (at: Date) => `${at.toISOString().slice(0, 19).replace("T", " ")} UTC`;

/** One change: when, who, what, on which record, with its before/after behind a disclosure. */
export function AuditEventRow({ event, targetHref }: { event: AuditEventOutput; targetHref: string | null }) {
  const targetText = event.targetLabel ?? event.targetId;
  return (
    <li className="px-4 py-3" data-testid="audit-event">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
        <time dateTime={event.at.toISOString()} className="font-mono text-xs text-slate-600">
          {formatAuditTime(event.at)}
        </time>
        <span className="font-medium text-slate-900">{event.actorLabel}</span>
        <Badge tone="info">{auditActionLabel(event.action)}</Badge>
        <span className="text-slate-700">
          <span className="text-slate-600">{auditTargetLabel(event.targetType)}</span>{" "}
          {targetHref ? (
            <Link href={targetHref} className="font-medium text-brand-700 underline-offset-2 hover:underline">
              {targetText}
            </Link>
          ) : (
            <span className="font-medium">{targetText}</span>
          )}
        </span>
      </div>
      <details className="mt-1">
        <summary className="cursor-pointer text-xs font-medium text-brand-700">Before / after</summary>
        <div className="mt-2 overflow-x-auto rounded-md border border-slate-200">
          <AuditChangeDiff before={event.before} after={event.after} />
        </div>
      </details>
    </li>
  );
}
