import type { Metadata } from "next";
import Link from "next/link";
import { LiveFilterForm } from "@/components/ui/live-filter-form";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AUDIT_PAGE_SIZE, findAuditActors, findAuditEvents, findAuditTargetKeys, findAuditVocabulary } from "@/lib/audit/repository";
import { zAuditQuery } from "@/lib/audit/schemas";
import { auditTargetHref } from "@/lib/audit/audit-target-link";
import { auditActionLabel, auditTargetLabel } from "@/lib/audit/audit-vocabulary";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { PagePagination } from "@/components/ui/page-pagination";
import { buttonStyles } from "@/components/ui/button-styles";
import { AuditEventRow } from "@/components/audit/audit-event-row";
import { readPageQuery } from "@/lib/validation/query";
import { IgnoredFiltersNotice } from "@/components/ui/ignored-filters-notice";

export const metadata: Metadata = { title: "Audit trail" };

const FILTER_KEYS = ["actorId", "targetType", "targetId", "action", "from", "to"] as const;
const selectClass = "mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  if (!can(actor, "audit.read")) notFound();
  const raw = await searchParams;
  const { query, ignored } = readPageQuery(zAuditQuery, raw);
  // The URL's own values go back into the form (a bare "to" date stays a date rather than becoming 23:59:59).
  const filters = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, !ignored.includes(key) && typeof raw[key] === "string" ? (raw[key] as string) : undefined]),
  );

  const db = await getDb();
  const [{ events, total }, actors, vocabulary] = await Promise.all([findAuditEvents(db, query), findAuditActors(db), findAuditVocabulary(db)]);
  const keys = await findAuditTargetKeys(db, events);
  const filtered = FILTER_KEYS.some((key) => filters[key]);

  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Every governed change, newest first: who did what to which record, with the values before and after. Rows cannot be edited or deleted."
      />
      <IgnoredFiltersNotice ignored={ignored} />
      <LiveFilterForm className="mb-4 flex flex-wrap items-end gap-3" label="Filter the audit trail">
        <div>
          <label htmlFor="actorId" className="block text-xs font-medium text-slate-700">
            Actor
          </label>
          <select id="actorId" name="actorId" defaultValue={filters.actorId ?? ""} className={selectClass}>
            <option value="">Everyone</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.email})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="targetType" className="block text-xs font-medium text-slate-700">
            Entity
          </label>
          <select id="targetType" name="targetType" defaultValue={filters.targetType ?? ""} className={selectClass}>
            <option value="">All entities</option>
            {vocabulary.targetTypes.map((type) => (
              <option key={type} value={type}>
                {auditTargetLabel(type)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="action" className="block text-xs font-medium text-slate-700">
            Action
          </label>
          <select id="action" name="action" defaultValue={filters.action ?? ""} className={selectClass}>
            <option value="">All actions</option>
            {vocabulary.actions.map((action) => (
              <option key={action} value={action}>
                {auditActionLabel(action)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="from" className="block text-xs font-medium text-slate-700">
            From
          </label>
          <input id="from" name="from" type="date" defaultValue={filters.from?.slice(0, 10)} className={selectClass} />
        </div>
        <div>
          <label htmlFor="to" className="block text-xs font-medium text-slate-700">
            To
          </label>
          <input id="to" name="to" type="date" defaultValue={filters.to?.slice(0, 10)} className={selectClass} />
        </div>
        {filters.targetId ? <input type="hidden" name="targetId" value={filters.targetId} /> : null}
        <button type="submit" className={buttonStyles.primary}>
          Filter
        </button>
        {filtered ? (
          <Link href="/audit" className={buttonStyles.secondary}>
            Clear
          </Link>
        ) : null}
      </LiveFilterForm>
      {filters.targetId ? (
        <p className="mb-3 text-sm text-slate-700">
          Showing the history of one record ({filters.targetType ?? "any type"} <span className="font-mono">{filters.targetId}</span>).
        </p>
      ) : null}
      {events.length === 0 ? (
        <EmptyState
          title={filtered ? "No change matches these filters." : "Nothing has been changed yet."}
          action={
            filtered ? (
              <Link className={buttonStyles.secondary} href="/audit">
                Clear the filters
              </Link>
            ) : undefined
          }
        >
          {filtered
            ? "Widen the dates or pick another actor, entity or action."
            : "Changes to the catalog, reviews, roles and API tokens appear here as soon as they are made."}
        </EmptyState>
      ) : (
        <ol className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
          {events.map((event) => (
            <AuditEventRow
              key={event.id}
              event={event}
              targetHref={auditTargetHref(event.targetType, event.targetId, keys.get(`${event.targetType}:${event.targetId}`))}
            />
          ))}
        </ol>
      )}
      <PagePagination pathname="/audit" searchParams={filters} page={query.page} pageSize={AUDIT_PAGE_SIZE} total={total} noun="changes" />
    </>
  );
}
