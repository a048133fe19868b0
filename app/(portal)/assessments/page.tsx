import type { Metadata } from "next";
import Link from "next/link";
import { LiveFilterForm } from "@/components/ui/live-filter-form";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { ASSESSMENTS_PAGE_SIZE, findAssessments, findLatestPerTeam, findTeamOptions, findTrend } from "@/lib/assessment/repository";
import { LEVELS } from "@/lib/assessment/questions";
import { zAssessmentListQuery } from "@/lib/assessment/schemas";
import { getDb } from "@/lib/db";
import { LevelBadge } from "@/components/assessment/level-badge";
import { TeamComparison } from "@/components/assessment/team-comparison";
import { TrendChart } from "@/components/assessment/trend-chart";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PagePagination } from "@/components/ui/page-pagination";
import { DataTable } from "@/components/ui/data-table";
import { readPageQuery } from "@/lib/validation/query";
import { IgnoredFiltersNotice } from "@/components/ui/ignored-filters-notice";

export const metadata: Metadata = { title: "Assessments" };

export default async function AssessmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  const { query, ignored } = readPageQuery(zAssessmentListQuery, await searchParams);
  const db = await getDb();
  const teams = await findTeamOptions(db);
  const selectedTeam = teams.find((t) => t.slug === query.scope) ?? null;
  const [{ assessments, total }, trend, latest] = await Promise.all([
    findAssessments(db, query),
    findTrend(db, selectedTeam?.id ?? null),
    findLatestPerTeam(db),
  ]);
  const mayTake = can(actor, "assessment.take");
  const trendLabel = selectedTeam ? selectedTeam.name : "the organisation";
  const takeHref = selectedTeam ? `/assessments/new?scope=${selectedTeam.slug}` : "/assessments/new";

  return (
    <>
      <PageHeader
        title="Integration readiness"
        description="Six questions from the integration strategy guide, a readiness level from 1 (No Strategy) to 4 (Mature Integration Capability), and a prioritised improvement plan checked against what the catalog shows."
        actions={
          mayTake ? (
            <Link className={buttonStyles.primary} href={takeHref}>
              Take the assessment
            </Link>
          ) : null
        }
      />
      <IgnoredFiltersNotice ignored={ignored} />

      <LiveFilterForm className="mb-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="scope" className="block text-xs font-medium text-slate-700">
            Scope
          </label>
          <select id="scope" name="scope" defaultValue={query.scope ?? ""} className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
            <option value="">All teams and the organisation</option>
            <option value="organisation">The organisation</option>
            {teams.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="level" className="block text-xs font-medium text-slate-700">
            Level
          </label>
          <select
            id="level"
            name="level"
            defaultValue={query.level ? String(query.level) : ""}
            className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            <option value="">All levels</option>
            {LEVELS.map((l) => (
              <option key={l.level} value={l.level}>
                {l.level} {l.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonStyles.primary}>
          Filter
        </button>
      </LiveFilterForm>

      <section aria-labelledby="trend-heading" className="mb-8 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="trend-heading" className="mb-2 text-base font-semibold text-slate-900">
          Trend for {trendLabel}
        </h2>
        <TrendChart points={trend} label={trendLabel} />
        {!selectedTeam ? <p className="mt-2 text-xs text-slate-600">Choose a team in Scope to see its own trend.</p> : null}
      </section>

      <section aria-labelledby="compare-heading" className="mb-8">
        <h2 id="compare-heading" className="mb-2 text-base font-semibold text-slate-900">
          Teams side by side
        </h2>
        {latest.length === 0 ? (
          <EmptyState title="No team has taken the assessment yet.">
            Owners and reviewers take it for their teams; each team&apos;s latest result appears here.
          </EmptyState>
        ) : (
          <TeamComparison latest={latest} />
        )}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-2 text-base font-semibold text-slate-900">
          History
        </h2>
        {assessments.length === 0 ? (
          <EmptyState
            title={query.scope || query.level ? "No assessment matches these filters." : "No assessment has been taken yet."}
            action={
              query.scope || query.level ? (
                <Link className={buttonStyles.secondary} href="/assessments">
                  Clear the filters
                </Link>
              ) : mayTake ? (
                <Link className={buttonStyles.primary} href="/assessments/new">
                  Take the first assessment
                </Link>
              ) : null
            }
          >
            It takes about two minutes: six questions, one answer each.
          </EmptyState>
        ) : (
          <DataTable columns={["Taken", "Scope", "Level", "Total", "By"]} data-testid="assessment-history">
            {assessments.map((a) => (
              <tr key={a.id}>
                <td className="px-4 py-2">
                  <Link className={buttonStyles.link} href={`/assessments/${a.id}`}>
                    {a.takenAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                  </Link>
                </td>
                <td className="px-4 py-2 text-slate-800">{a.team?.name ?? "The organisation"}</td>
                <td className="px-4 py-2">
                  <LevelBadge level={a.level} name={a.levelName} />
                </td>
                <td className="px-4 py-2 tabular-nums text-slate-800">{a.total} / 24</td>
                <td className="px-4 py-2 text-slate-700">{a.takenBy.name}</td>
              </tr>
            ))}
          </DataTable>
        )}
        <PagePagination
          pathname="/assessments"
          searchParams={{ scope: query.scope, level: query.level ? String(query.level) : undefined }}
          page={query.page}
          pageSize={ASSESSMENTS_PAGE_SIZE}
          total={total}
          noun="assessments"
        />
      </section>
    </>
  );
}
