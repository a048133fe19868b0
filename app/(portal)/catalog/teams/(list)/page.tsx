import type { Metadata } from "next";
import Link from "next/link";
import { LiveFilterForm } from "@/components/ui/live-filter-form";
import { requirePageActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { findTeams, TEAMS_PAGE_SIZE } from "@/lib/catalog/teams/repository";
import { zTeamListQuery } from "@/lib/catalog/teams/schemas";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { PagePagination } from "@/components/ui/page-pagination";
import { buttonStyles } from "@/components/ui/button-styles";
import { DataTable } from "@/components/ui/data-table";
import { readPageQuery } from "@/lib/validation/query";
import { IgnoredFiltersNotice } from "@/components/ui/ignored-filters-notice";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageActor();
  const { query, ignored } = readPageQuery(zTeamListQuery, await searchParams);
  const { teams, total } = await findTeams(await getDb(), query);

  return (
    <>
      <PageHeader title="Teams" description="Who owns what: each team's people and the systems, integrations and contracts it answers for." />
      <IgnoredFiltersNotice ignored={ignored} />
      <LiveFilterForm className="mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className="block text-xs font-medium text-slate-700">
            Search
          </label>
          <input
            id="q"
            name="q"
            defaultValue={query.q}
            placeholder="Name, slug or description"
            className="mt-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
        </div>
        <button type="submit" className={buttonStyles.primary}>
          Search
        </button>
        {query.q ? (
          <Link href="/catalog/teams" className={buttonStyles.secondary}>
            Clear
          </Link>
        ) : null}
      </LiveFilterForm>
      {teams.length === 0 ? (
        <EmptyState
          title={query.q ? "No team matches this search." : "No teams yet."}
          action={
            query.q ? (
              <Link className={buttonStyles.secondary} href="/catalog/teams">
                Clear the search
              </Link>
            ) : undefined
          }
        >
          {query.q ? "Try part of the name or slug." : "An admin creates teams through the API (POST /api/v1/teams) or by importing a catalog."}
        </EmptyState>
      ) : (
        <DataTable
          columns={[
            "Team",
            { label: "Members", align: "right" },
            { label: "Systems", align: "right" },
            { label: "Integrations", align: "right" },
            { label: "Contracts", align: "right" },
          ]}
        >
          {teams.map((team) => (
            <tr key={team.id}>
              <td className="px-4 py-2">
                <Link href={`/catalog/teams/${team.slug}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {team.name}
                </Link>
                {team.description ? <p className="line-clamp-1 text-xs text-slate-600">{team.description}</p> : null}
              </td>
              <td className="px-4 py-2 text-right tabular-nums text-slate-800">{team.memberCount}</td>
              <td className="px-4 py-2 text-right tabular-nums text-slate-800">{team.owns.systems}</td>
              <td className="px-4 py-2 text-right tabular-nums text-slate-800">{team.owns.integrations}</td>
              <td className="px-4 py-2 text-right tabular-nums text-slate-800">{team.owns.contracts}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <PagePagination pathname="/catalog/teams" searchParams={{ q: query.q }} page={query.page} pageSize={TEAMS_PAGE_SIZE} total={total} noun="teams" />
    </>
  );
}
