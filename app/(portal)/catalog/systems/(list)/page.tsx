import type { Metadata } from "next";
import Link from "next/link";
import { LiveFilterForm } from "@/components/ui/live-filter-form";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { toSearchParams } from "@/lib/validation/query";
import { CRITICALITIES, humanize, LIFECYCLES } from "@/lib/catalog/integrations/schemas";
import { findSystems, findTeamOptions, SYSTEMS_PAGE_SIZE } from "@/lib/catalog/systems/repository";
import { SYSTEM_KINDS, zSystemListQuery } from "@/lib/catalog/systems/schemas";
import { FilterSelect } from "@/components/ui/filter-select";
import { SortableHeader } from "@/components/catalog/sortable-header";
import { CriticalityBadge, LifecycleBadge } from "@/components/catalog/status-badges";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PagePagination } from "@/components/ui/page-pagination";
import { DataTable, HeaderCell } from "@/components/ui/data-table";
import { readPageQuery } from "@/lib/validation/query";
import { IgnoredFiltersNotice } from "@/components/ui/ignored-filters-notice";

export const metadata: Metadata = { title: "Systems · Catalog" };

const options = (values: readonly string[]) => values.map((value) => ({ value, label: humanize(value) }));

export default async function SystemsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  const { query, ignored } = readPageQuery(zSystemListQuery, await searchParams);
  const db = await getDb();
  const [{ systems, total }, teams] = await Promise.all([findSystems(db, query), findTeamOptions(db)]);
  const filterState = toSearchParams({
    ...query,
    page: undefined,
    sort: undefined,
    dir: undefined,
    archived: query.archived === "exclude" ? undefined : query.archived,
  });
  const state = toSearchParams({ ...filterState, page: query.page, sort: query.sort, dir: query.dir });
  const hasFilters = Object.keys(filterState).length > 0;
  const header = (label: string, field: string) => (
    <SortableHeader label={label} field={field} pathname="/catalog/systems" searchParams={state} sort={query.sort} dir={query.dir} />
  );

  return (
    <>
      <PageHeader
        title="Systems"
        description="The applications data moves between: who owns them, how critical they are and how many integrations touch them."
        actions={
          can(actor, "catalog.create") ? (
            <Link className={buttonStyles.primary} href="/catalog/systems/new">
              Register a system
            </Link>
          ) : null
        }
      />
      <IgnoredFiltersNotice ignored={ignored} />
      <LiveFilterForm
        className="mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4"
        label="Filter systems"
        defaults={{ sort: "name", dir: "asc", archived: "exclude" }}
      >
        <div className="min-w-64 flex-1">
          <label htmlFor="q" className="block text-xs font-medium text-slate-700">
            Search
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q}
            placeholder="Name, slug, vendor, domain or description"
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
        </div>
        <FilterSelect name="team" label="Team" value={query.team} options={teams.map((t) => ({ value: t.slug, label: t.name }))} />
        <FilterSelect name="kind" label="Kind" value={query.kind} options={options(SYSTEM_KINDS)} />
        <FilterSelect name="criticality" label="Criticality" value={query.criticality} options={options(CRITICALITIES)} />
        <FilterSelect name="lifecycle" label="Lifecycle" value={query.lifecycle} options={options(LIFECYCLES)} />
        <FilterSelect
          name="external"
          label="External"
          value={query.external}
          options={[
            { value: "yes", label: "External" },
            { value: "no", label: "In-house" },
          ]}
        />
        <FilterSelect
          name="missing"
          label="Missing"
          value={query.missing}
          options={[{ value: "owner", label: "Owner team" }]}
          allLabel="Nothing in particular"
        />
        <FilterSelect
          name="archived"
          label="Archived"
          value={query.archived === "exclude" ? "" : query.archived}
          options={[
            { value: "include", label: "Include archived" },
            { value: "only", label: "Only archived" },
          ]}
          allLabel="Hide archived"
        />
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <button type="submit" className={buttonStyles.primary}>
          Apply filters
        </button>
        <Link href="/catalog/systems" className={buttonStyles.secondary}>
          Clear
        </Link>
      </LiveFilterForm>
      {systems.length === 0 ? (
        <EmptyState
          title={hasFilters ? "No system matches these filters." : "No system is registered yet."}
          action={
            hasFilters ? (
              <Link className={buttonStyles.secondary} href="/catalog/systems">
                Clear the filters
              </Link>
            ) : can(actor, "catalog.create") ? (
              <Link className={buttonStyles.primary} href="/catalog/systems/new">
                Register the first system
              </Link>
            ) : null
          }
        >
          Systems are what integrations connect: register them first.
        </EmptyState>
      ) : (
        <DataTable
          header={
            <>
              {header("System", "name")}
              <HeaderCell>Kind</HeaderCell>
              <HeaderCell>Team</HeaderCell>
              {header("Criticality", "criticality")}
              <HeaderCell>Lifecycle</HeaderCell>
              <HeaderCell align="right">Integrations</HeaderCell>
              {header("Updated", "updated")}
            </>
          }
        >
          {systems.map((s) => (
            <tr key={s.id}>
              <td className="px-4 py-2">
                <Link href={`/catalog/systems/${s.slug}`} className="font-medium text-brand-700 hover:underline">
                  {s.name}
                </Link>
                <p className="text-xs text-slate-600">
                  {s.businessDomain}
                  {s.vendor ? ` · ${s.vendor}` : ""}
                  {s.isExternal ? " · external" : ""}
                </p>
              </td>
              <td className="px-4 py-2 text-slate-700">{humanize(s.kind)}</td>
              <td className="px-4 py-2 text-slate-700">{s.ownerTeam?.name ?? <span className="text-red-700">No team</span>}</td>
              <td className="px-4 py-2">
                <CriticalityBadge criticality={s.criticality} />
              </td>
              <td className="px-4 py-2">
                <LifecycleBadge lifecycle={s.lifecycle} archived={!!s.archivedAt} />
              </td>
              <td className="px-4 py-2 text-right tabular-nums">
                <Link className={buttonStyles.link} href={`/catalog?system=${s.slug}`}>
                  {s.integrationCount}
                </Link>
              </td>
              <td className="whitespace-nowrap px-4 py-2 text-xs text-slate-600">{s.updatedAt.toISOString().slice(0, 10)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <PagePagination pathname="/catalog/systems" searchParams={state} page={query.page} pageSize={SYSTEMS_PAGE_SIZE} total={total} noun="systems" />
    </>
  );
}
