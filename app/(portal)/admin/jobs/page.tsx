import type { Metadata } from "next";
import Link from "next/link";
import { LiveFilterForm } from "@/components/ui/live-filter-form";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { retryJobNowAction } from "@/lib/jobs/actions";
import { countJobsByStatus, findJobKinds, findTroubledJobs, JOBS_PAGE_SIZE } from "@/lib/jobs/repository";
import { zJobListQuery } from "@/lib/jobs/schemas";
import { ActionButton } from "@/components/ui/action-button";
import { JobStatusBar } from "@/components/jobs/job-status-bar";
import { Timestamp } from "@/components/ui/timestamp";
import { FilterSelect } from "@/components/ui/filter-select";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PagePagination } from "@/components/ui/page-pagination";
import { StatTile } from "@/components/ui/stat-tile";
import { DataTable } from "@/components/ui/data-table";
import { readPageQuery } from "@/lib/validation/query";
import { IgnoredFiltersNotice } from "@/components/ui/ignored-filters-notice";

export const metadata: Metadata = { title: "Background jobs" };

export default async function JobsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  if (!can(actor, "job.manage")) notFound();
  const { query, ignored } = readPageQuery(zJobListQuery, await searchParams);
  const db = await getDb();
  const [counts, { jobs, total }, kinds] = await Promise.all([countJobsByStatus(db), findTroubledJobs(db, query), findJobKinds(db)]);
  const now = new Date();

  return (
    <>
      <PageHeader
        title="Background jobs"
        description="E-mails, webhook deliveries, reminders and escalations run as jobs stored in the database, so a restart loses none. A failing job is retried with growing waits; after its last attempt it is dead until someone retries it."
        actions={
          <Link href="/admin/webhooks" className={buttonStyles.secondary}>
            Webhooks
          </Link>
        }
      />
      <IgnoredFiltersNotice ignored={ignored} />
      <section aria-label="Jobs by status" className="mb-6 space-y-4">
        <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
          <StatTile label="Waiting" value={counts.pending - counts.retrying} hint="Due now or scheduled" />
          <StatTile label="Running" value={counts.running} />
          <StatTile
            label="Retrying"
            value={counts.retrying}
            tone={counts.retrying ? "warning" : "neutral"}
            href="/admin/jobs?state=retrying"
            hint="Failed, will try again"
          />
          <StatTile label="Dead" value={counts.dead} tone={counts.dead ? "danger" : "neutral"} href="/admin/jobs?state=dead" hint="Gave up; retry by hand" />
          <StatTile label="Succeeded" value={counts.succeeded} />
        </div>
        <JobStatusBar counts={counts} />
      </section>

      <h2 className="mb-3 text-base font-semibold text-slate-900">Jobs that need attention</h2>
      <LiveFilterForm className="mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className="block text-xs font-medium text-slate-700">
            Search
          </label>
          <input
            id="q"
            name="q"
            defaultValue={query.q}
            placeholder="Key or error text"
            className="mt-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
        </div>
        <FilterSelect
          name="state"
          label="State"
          value={query.state}
          allLabel="Dead or retrying"
          options={[
            { value: "dead", label: "Dead" },
            { value: "retrying", label: "Retrying" },
          ]}
        />
        <FilterSelect name="kind" label="Kind" value={query.kind} allLabel="All kinds" options={kinds.map((kind) => ({ value: kind, label: kind }))} />
        <button type="submit" className={buttonStyles.primary}>
          Filter
        </button>
      </LiveFilterForm>
      {jobs.length === 0 ? (
        <EmptyState
          title={query.state || query.kind || query.q ? "No job matches these filters." : "Nothing is failing: every job ran or is waiting its turn."}
          action={
            query.state || query.kind || query.q ? (
              <Link className={buttonStyles.secondary} href="/admin/jobs">
                Clear the filters
              </Link>
            ) : undefined
          }
        />
      ) : (
        <DataTable columns={["Job", "State", "Attempts", "Next run", "Last error", { label: "Actions", visuallyHidden: true }]}>
          {jobs.map((job) => (
            <tr key={job.id} data-testid="job-row">
              <td className="px-4 py-2">
                <p className="font-medium text-slate-900">{job.kind}</p>
                <p className="break-all font-mono text-xs text-slate-600">{job.dedupeKey}</p>
              </td>
              <td className="px-4 py-2">{job.status === "dead" ? <Badge tone="danger">dead</Badge> : <Badge tone="warning">retrying</Badge>}</td>
              <td className="px-4 py-2 tabular-nums text-slate-700">
                {job.attempts} of {job.maxAttempts}
              </td>
              <td className="px-4 py-2 text-slate-700">{job.status === "dead" ? "—" : job.runAt <= now ? "Due now" : <Timestamp date={job.runAt} />}</td>
              <td className="max-w-md px-4 py-2 text-slate-700">
                <p className="line-clamp-3 break-words">{job.lastError ?? "—"}</p>
              </td>
              <td className="px-4 py-2 text-right">
                <ActionButton
                  action={retryJobNowAction.bind(null, { jobId: job.id })}
                  label="Retry now"
                  pendingLabel="Scheduling…"
                  ariaLabel={`Retry ${job.kind} ${job.dedupeKey} now`}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <PagePagination
        pathname="/admin/jobs"
        searchParams={{ state: query.state, kind: query.kind, q: query.q }}
        page={query.page}
        pageSize={JOBS_PAGE_SIZE}
        total={total}
        noun="jobs"
      />
    </>
  );
}
