import type { Metadata } from "next";
import Link from "next/link";
import { LiveFilterForm } from "@/components/ui/live-filter-form";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { toSearchParams } from "@/lib/validation/query";
import { findIntegrationFilterOptions } from "@/lib/catalog/integrations/form-options-repository";
import { findIntegrations, INTEGRATIONS_PAGE_SIZE } from "@/lib/catalog/integrations/list-repository";
import {
  CLASSIFICATIONS,
  CRITICALITIES,
  FREQUENCIES,
  HEALTH_STATUSES,
  humanize,
  LIFECYCLES,
  MECHANISMS,
  MISSING_FILTERS,
  MONITORING_METHODS,
  PATTERNS,
  RATING_VALUES,
  zIntegrationListQuery,
} from "@/lib/catalog/integrations/schemas";
import { CompletenessMeter } from "@/components/catalog/completeness-meter";
import { FilterSelect } from "@/components/ui/filter-select";
import { SortableHeader } from "@/components/catalog/sortable-header";
import { SystemFilter } from "@/components/catalog/systems/system-filter";
import { CriticalityBadge, HealthBadge, LifecycleBadge } from "@/components/catalog/status-badges";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { HealthBar } from "@/components/ui/health-bar";
import { PageHeader } from "@/components/ui/page-header";
import { PagePagination } from "@/components/ui/page-pagination";
import { DataTable, HeaderCell } from "@/components/ui/data-table";
import { readPageQuery } from "@/lib/validation/query";
import { IgnoredFiltersNotice } from "@/components/ui/ignored-filters-notice";
import { VolumeSparkline } from "@/components/signals/volume-sparkline";
import { readHourlyVolumes } from "@/lib/signals/repository";
import { buildVolumeSparkline, sparklineWindow } from "@/lib/signals/volume-sparkline";

export const metadata: Metadata = { title: "Integrations · Catalog" };

const options = (values: readonly string[]) => values.map((value) => ({ value, label: humanize(value) }));
const MISSING_LABELS: Record<string, string> = {
  owner: "Any owner",
  fields: "Fields exchanged",
  capability: "Business capability",
  latency: "Expected latency",
};

export default async function IntegrationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  const raw = await searchParams;
  const { query, ignored } = readPageQuery(zIntegrationListQuery, raw);
  const db = await getDb();
  const [{ integrations, total, health }, choices] = await Promise.all([findIntegrations(db, query), findIntegrationFilterOptions(db, query.system)]);
  // The page's sparklines in one query for all its rows.
  const lastDay = sparklineWindow(new Date());
  const volumes = await readHourlyVolumes(
    db,
    integrations.map((i) => i.id),
    lastDay.from,
    lastDay.to,
  );
  // Defaults stay out of URLs so that links stay short and shareable.
  const filterState = toSearchParams({
    ...query,
    page: undefined,
    sort: undefined,
    dir: undefined,
    archived: query.archived === "exclude" ? undefined : query.archived,
  });
  const state = toSearchParams({ ...filterState, page: query.page, sort: query.sort, dir: query.dir });
  const hasFilters = Object.keys(filterState).length > 0;
  const exportHref = `/api/v1/integrations/export?${new URLSearchParams(Object.entries(filterState).filter((e): e is [string, string] => !!e[1])).toString()}`;

  return (
    <>
      <PageHeader
        title="Integrations"
        description="Every documented data flow between systems: who owns it, how it moves, how healthy it is and what is still missing from its record."
        actions={
          <>
            <a className={buttonStyles.secondary} href={exportHref}>
              Export CSV
            </a>
            {can(actor, "catalog.create") ? (
              <>
                <Link className={buttonStyles.secondary} href="/catalog/integrations/import">
                  Import CSV
                </Link>
                <Link className={buttonStyles.primary} href="/catalog/integrations/new">
                  Register an integration
                </Link>
              </>
            ) : null}
          </>
        }
      />
      <IgnoredFiltersNotice ignored={ignored} />
      <LiveFilterForm className="mb-4 rounded-xl border border-slate-200 bg-white p-4" label="Filter integrations" defaults={{ sort: "key", dir: "asc" }}>
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1">
            <label htmlFor="q" className="block text-xs font-medium text-slate-700">
              Search
            </label>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={query.q}
              placeholder="Name, key, description, field or glossary term"
              className="mt-1 w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm"
            />
          </div>
          <SystemFilter name="system" label="System" selected={choices.selectedSystem} />
          <FilterSelect name="team" label="Team" value={query.team} options={choices.teams.map((t) => ({ value: t.slug, label: t.name }))} />
          <FilterSelect name="health" label="Health" value={query.health} options={options(HEALTH_STATUSES)} />
          <FilterSelect name="criticality" label="Criticality" value={query.criticality} options={options(CRITICALITIES)} />
          <FilterSelect
            name="missing"
            label="Missing"
            value={query.missing}
            options={MISSING_FILTERS.map((m) => ({ value: m, label: MISSING_LABELS[m] ?? humanize(m.replace(/-/g, " ")) }))}
            allLabel="Nothing in particular"
          />
        </div>
        <details
          className="mt-3"
          open={
            !!(
              query.mechanism ||
              query.pattern ||
              query.frequency ||
              query.lifecycle ||
              query.classification ||
              query.capability ||
              query.monitoring ||
              query.value ||
              query.complexity ||
              query.archived !== "exclude"
            )
          }
        >
          <summary className="cursor-pointer text-sm font-medium text-brand-700">More filters</summary>
          <div className="mt-3 flex flex-wrap items-end gap-3">
            <FilterSelect name="mechanism" label="Mechanism" value={query.mechanism} options={options(MECHANISMS)} />
            <FilterSelect name="pattern" label="Pattern" value={query.pattern} options={options(PATTERNS)} />
            <FilterSelect name="frequency" label="Frequency" value={query.frequency} options={options(FREQUENCIES)} />
            <FilterSelect name="lifecycle" label="Lifecycle" value={query.lifecycle} options={options(LIFECYCLES)} />
            <FilterSelect name="classification" label="Data classification" value={query.classification} options={options(CLASSIFICATIONS)} />
            <FilterSelect
              name="capability"
              label="Business capability"
              value={query.capability}
              options={choices.capabilities.map((c) => ({ value: c.slug, label: c.name }))}
            />
            <FilterSelect
              name="monitoring"
              label="Monitoring"
              value={query.monitoring}
              options={MONITORING_METHODS.map((m) => ({ value: m, label: m === "none" ? "Not monitored" : humanize(m) }))}
            />
            <FilterSelect name="value" label="Business value" value={query.value} options={RATING_VALUES.map((r) => ({ value: r, label: `${r} of 5` }))} />
            <FilterSelect
              name="complexity"
              label="Technical complexity"
              value={query.complexity}
              options={RATING_VALUES.map((r) => ({ value: r, label: `${r} of 5` }))}
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
          </div>
        </details>
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <div className="mt-3 flex gap-2">
          <button type="submit" className={buttonStyles.primary}>
            Apply filters
          </button>
          <Link href="/catalog" className={buttonStyles.secondary}>
            Clear
          </Link>
        </div>
      </LiveFilterForm>

      {total > 0 ? (
        <section aria-label="Health of the matching integrations" className="mb-4 rounded-xl border border-slate-200 bg-white p-4">
          <HealthBar counts={health} />
        </section>
      ) : null}

      {integrations.length === 0 ? (
        <EmptyState
          title={hasFilters ? "No integration matches these filters." : "No integration is registered yet."}
          action={
            hasFilters ? (
              <Link className={buttonStyles.secondary} href="/catalog">
                Clear the filters
              </Link>
            ) : can(actor, "catalog.create") ? (
              <Link className={buttonStyles.primary} href="/catalog/integrations/new">
                Register the first integration
              </Link>
            ) : null
          }
        >
          Try fewer filters, or search for a field name such as <code>customer_id</code>.
        </EmptyState>
      ) : (
        <DataTable
          header={
            <>
              <SortableHeader label="Key" field="key" pathname="/catalog" searchParams={state} sort={query.sort} dir={query.dir} />
              <SortableHeader label="Integration" field="name" pathname="/catalog" searchParams={state} sort={query.sort} dir={query.dir} />
              <HeaderCell>Team</HeaderCell>
              <HeaderCell>Mechanism</HeaderCell>
              <SortableHeader label="Criticality" field="criticality" pathname="/catalog" searchParams={state} sort={query.sort} dir={query.dir} />
              <SortableHeader label="Health" field="health" pathname="/catalog" searchParams={state} sort={query.sort} dir={query.dir} />
              <HeaderCell>Records, last 24 h</HeaderCell>
              <HeaderCell>Completeness</HeaderCell>
              <SortableHeader label="Updated" field="updated" pathname="/catalog" searchParams={state} sort={query.sort} dir={query.dir} />
            </>
          }
        >
          {integrations.map((i) => (
            <tr key={i.id}>
              <td className="whitespace-nowrap px-4 py-2 font-mono text-xs text-slate-700">{i.key}</td>
              <td className="px-4 py-2">
                <Link href={`/catalog/integrations/${i.key}`} className="font-medium text-brand-700 hover:underline">
                  {i.name}
                </Link>
                <p className="text-xs text-slate-600">
                  {i.sourceSystem.name} → {i.targetSystem.name}
                  {i.archivedAt ? (
                    <>
                      {" "}
                      · <LifecycleBadge lifecycle={i.lifecycle} archived />
                    </>
                  ) : null}
                </p>
              </td>
              <td className="px-4 py-2 text-slate-700">{i.ownerTeam?.name ?? <span className="text-red-700">No team</span>}</td>
              <td className="px-4 py-2 text-slate-700">{humanize(i.mechanism)}</td>
              <td className="px-4 py-2">
                <CriticalityBadge criticality={i.criticality} />
              </td>
              <td className="px-4 py-2">
                <HealthBadge health={i.healthStatus} />
                {i.healthReason ? <span className="mt-1 block max-w-56 text-xs text-slate-600">{i.healthReason}</span> : null}
              </td>
              <td className="px-4 py-2">
                <VolumeSparkline sparkline={buildVolumeSparkline(lastDay.from, volumes.get(i.id) ?? [])} />
              </td>
              <td
                className="px-4 py-2"
                title={i.completeness.missing.length ? `Missing: ${i.completeness.missing.map((m) => m.label).join(", ")}` : "Complete"}
              >
                <CompletenessMeter score={i.completeness.score} compact />
              </td>
              <td className="whitespace-nowrap px-4 py-2 text-xs text-slate-600">{i.updatedAt.toISOString().slice(0, 10)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <PagePagination pathname="/catalog" searchParams={state} page={query.page} pageSize={INTEGRATIONS_PAGE_SIZE} total={total} noun="integrations" />
    </>
  );
}
