import type { Metadata } from "next";
import Link from "next/link";
import { LiveFilterForm } from "@/components/ui/live-filter-form";
import { requirePageActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { toSearchParams } from "@/lib/validation/query";
import {
  countDeprecationStats,
  deprecationWhere,
  DEPRECATIONS_PAGE_SIZE,
  findDeprecations,
  findMyMigrations,
  findTimeline,
} from "@/lib/deprecations/repository";
import { DEPRECATION_STATUSES, zDeprecationListQuery, type DeprecationListQuery } from "@/lib/deprecations/schemas";
import { FilterSelect } from "@/components/ui/filter-select";
import { Countdown, DeprecationStatusBadge, DeprecationTimeline, MigrationProgress, MigrationStatusBadge } from "@/components/deprecations/deprecation-visuals";
import { MigrationStatusForm } from "@/components/deprecations/migration-status-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PagePagination } from "@/components/ui/page-pagination";
import { StatTile } from "@/components/ui/stat-tile";
import { TabLinks } from "@/components/ui/tab-links";
import { DataTable } from "@/components/ui/data-table";
import { readPageQuery } from "@/lib/validation/query";
import { IgnoredFiltersNotice } from "@/components/ui/ignored-filters-notice";

export const metadata: Metadata = { title: "Deprecations" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function Tabs({ tab, myCount }: { tab: DeprecationListQuery["tab"]; myCount: number }) {
  return (
    <TabLinks
      label="Deprecation views"
      tabs={[
        { href: "/deprecations", label: "All deprecations", active: tab === "all" },
        { href: "/deprecations?tab=my-migrations", label: `My migrations (${myCount})`, active: tab === "my-migrations" },
      ]}
    />
  );
}

export default async function DeprecationsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor();
  const { query, ignored } = readPageQuery(zDeprecationListQuery, await searchParams);
  const db = await getDb();
  const now = new Date();
  const [stats, myMigrations] = await Promise.all([countDeprecationStats(db, now), findMyMigrations(db, actor)]);

  return (
    <>
      <PageHeader
        title="Deprecations"
        description="What is being retired, by when, and how far each consumer's migration has come. Deprecate a version or an integration from its catalog page."
        actions={
          <a className={buttonStyles.secondary} href="/api/v1/deprecations/calendar.ics">
            Sunset calendar (.ics)
          </a>
        }
      />
      <IgnoredFiltersNotice ignored={ignored} />
      <div className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <StatTile label="Open deprecations" value={stats.open} href="/deprecations?status=announced" />
        <StatTile
          label="Past their sunset"
          value={stats.overdue}
          tone={stats.overdue ? "danger" : "neutral"}
          href="/deprecations?overdue=true"
          hint="Announced, sunset passed, consumers not migrated"
        />
        <StatTile label="Blocked consumers" value={stats.blocked} tone={stats.blocked ? "warning" : "neutral"} />
        <StatTile
          label="Not acknowledged"
          value={stats.awaitingAcknowledgement}
          tone={stats.awaitingAcknowledgement ? "warning" : "neutral"}
          hint="Consumer owners who have not answered yet"
        />
      </div>
      <Tabs tab={query.tab} myCount={myMigrations.length} />
      {query.tab === "my-migrations" ? <MyMigrations items={myMigrations} now={now} /> : <AllDeprecations query={query} actor={actor} now={now} />}
    </>
  );
}

async function AllDeprecations({ query, actor, now }: { query: DeprecationListQuery; actor: Awaited<ReturnType<typeof requirePageActor>>; now: Date }) {
  const db = await getDb();
  const [{ deprecations, total }, timeline] = await Promise.all([
    findDeprecations(db, query, { actor, now }),
    findTimeline(db, deprecationWhere(query, { actor, now })),
  ]);
  const params = toSearchParams({
    q: query.q,
    status: query.status,
    kind: query.kind,
    overdue: query.overdue ? "true" : undefined,
    mine: query.mine ? "true" : undefined,
    sort: query.sort === "sunset" ? undefined : query.sort,
  });
  const filtered = Object.keys(params).length > 0;
  return (
    <>
      <LiveFilterForm className="mb-4 flex flex-wrap items-end gap-3" defaults={{ sort: "sunset" }}>
        <div>
          <label htmlFor="q" className="block text-xs font-medium text-slate-700">
            Search
          </label>
          <input
            id="q"
            name="q"
            defaultValue={query.q}
            placeholder="Contract, integration or reason"
            className="mt-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
        </div>
        <FilterSelect name="status" label="Status" value={query.status} options={DEPRECATION_STATUSES.map((s) => ({ value: s, label: s }))} />
        <FilterSelect
          name="kind"
          label="What"
          value={query.kind}
          options={[
            { value: "contract_version", label: "Contract versions" },
            { value: "integration", label: "Integrations" },
          ]}
        />
        <FilterSelect
          name="overdue"
          label="Sunset"
          value={query.overdue ? "true" : undefined}
          options={[{ value: "true", label: "Past, not retired" }]}
          allLabel="Any"
        />
        <FilterSelect
          name="mine"
          label="Whose"
          value={query.mine ? "true" : undefined}
          options={[{ value: "true", label: "Mine and my teams'" }]}
          allLabel="Everyone's"
        />
        <FilterSelect
          name="sort"
          label="Sort"
          value={query.sort}
          options={[
            { value: "-sunset", label: "Latest sunset first" },
            { value: "announced", label: "Newest announcement" },
          ]}
          allLabel="Soonest sunset"
        />
        <button type="submit" className={buttonStyles.primary}>
          Filter
        </button>
      </LiveFilterForm>
      {deprecations.length === 0 ? (
        <EmptyState
          title={filtered ? "No deprecation matches these filters." : "Nothing is deprecated yet."}
          action={
            filtered ? (
              <Link className={buttonStyles.secondary} href="/deprecations">
                Clear the filters
              </Link>
            ) : (
              <Link className={buttonStyles.secondary} href="/catalog/contracts">
                Find a contract version to deprecate
              </Link>
            )
          }
        >
          {filtered
            ? null
            : "Open a contract version or an integration in the catalog and choose Deprecate: its consumers' owners are notified and their migrations tracked here."}
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="timeline-heading" className="mb-6">
            <h2 id="timeline-heading" className="mb-2 text-base font-semibold text-slate-900">
              Timeline
            </h2>
            <DeprecationTimeline rows={timeline} now={now} />
          </section>
          <DataTable columns={["Deprecated", "Status", "Sunset", "Migration progress", "Attention"]}>
            {deprecations.map((d) => (
              <tr key={d.id}>
                <td className="px-4 py-2">
                  <Link className="font-medium text-brand-700 hover:underline" href={`/deprecations/${d.id}`}>
                    {d.target.label}
                  </Link>
                  <p className="max-w-md truncate text-xs text-slate-600">
                    {d.target.kind === "contract_version" ? "Contract version" : "Integration"} · {d.reason}
                  </p>
                </td>
                <td className="px-4 py-2">
                  <DeprecationStatusBadge status={d.status} />
                </td>
                <td className="px-4 py-2">
                  <Countdown sunsetAt={d.sunsetAt} now={now} open={d.status === "announced"} />
                </td>
                <td className="px-4 py-2">
                  <MigrationProgress migrated={d.progress.migrated} total={d.progress.total} blocked={d.progress.blocked} />
                </td>
                <td className="px-4 py-2 text-xs text-slate-700">
                  {d.progress.overdue ? <p className="font-semibold text-red-700">{d.progress.overdue} overdue</p> : null}
                  {d.status === "announced" && d.progress.notAcknowledged ? <p>{d.progress.notAcknowledged} not acknowledged</p> : null}
                  {!d.progress.overdue && !(d.status === "announced" && d.progress.notAcknowledged) ? "—" : null}
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
      <PagePagination pathname="/deprecations" searchParams={params} page={query.page} pageSize={DEPRECATIONS_PAGE_SIZE} total={total} noun="deprecations" />
    </>
  );
}

function MyMigrations({ items, now }: { items: Awaited<ReturnType<typeof findMyMigrations>>; now: Date }) {
  if (items.length === 0) {
    return (
      <EmptyState title="None of your consumers is affected by a deprecation.">
        When a contract version or integration your reports, models or systems consume is deprecated, its notice and your migration appear here.
      </EmptyState>
    );
  }
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="my-migration">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <p className="font-semibold text-slate-900">
                {item.consumer.name} uses{" "}
                <Link className="text-brand-700 hover:underline" href={`/deprecations/${item.deprecation.id}`}>
                  {item.deprecation.target.label}
                </Link>
              </p>
              <p className="mt-1 text-sm text-slate-700">{item.deprecation.reason}</p>
              <p className="mt-1 text-sm">
                Sunset <Countdown sunsetAt={item.deprecation.sunsetAt} now={now} open />
              </p>
              {item.deprecation.migrationGuideUrl ? (
                <p className="mt-1 text-sm">
                  <a className="text-brand-700 underline" href={item.deprecation.migrationGuideUrl}>
                    Migration guide
                  </a>
                </p>
              ) : null}
            </div>
            <div className="space-y-2 text-right">
              <MigrationStatusBadge status={item.status} />
              {item.blockedReason ? <p className="text-xs text-red-700">{item.blockedReason}</p> : null}
            </div>
          </div>
          <div className="mt-3">
            <MigrationStatusForm deprecationId={item.deprecation.id} consumerId={item.consumer.id} consumerName={item.consumer.name} status={item.status} />
          </div>
        </li>
      ))}
    </ul>
  );
}
