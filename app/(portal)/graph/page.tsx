import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { preload } from "react-dom";
import { requirePageActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { findGraphFilters } from "@/lib/graph/find-graph";
import { graphUrl } from "@/lib/graph/query-keys";
import { SYSTEM_KIND_LABELS } from "@/lib/graph/overview";
import { GRAPH_FILTER_NAMES, zGraphQuery } from "@/lib/graph/schemas";
import { Criticality, HealthStatus, IntegrationMechanism, Lifecycle } from "@/lib/generated/prisma/enums";
import { GraphExplorer } from "@/components/graph/graph-explorer";
import { PageHeader } from "@/components/ui/page-header";
import { buttonStyles } from "@/components/ui/button-styles";
import { readPageQuery } from "@/lib/validation/query";
import { IgnoredFiltersNotice } from "@/components/ui/ignored-filters-notice";

export const metadata: Metadata = { title: "Graph" };

const human = (value: string) => value.replace(/_/g, " ");

function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={value ?? ""}
        className="mt-1 max-w-48 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        <option value="">All</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const enumOptions = (values: Record<string, string>) => Object.values(values).map((value) => ({ value, label: human(value) }));

export default async function GraphPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  const raw = await searchParams;
  const { query, ignored } = readPageQuery(zGraphQuery, raw);
  const { facets, focusLabel, overview } = await findGraphFilters(await getDb(), { actor, query });
  const focused = query.focusKind && query.focusId;
  if (focused && focusLabel === null) notFound();
  // The browser starts loading the graph with the page, not after the scripts have run (the explorer's request
  // then finds the answer on its way).
  preload(graphUrl(overview ? { ...query, view: "clusters", groupBy: overview } : query), { as: "fetch", crossOrigin: "anonymous" });
  const filtered = GRAPH_FILTER_NAMES.some((name) => query[name] !== undefined);
  // "expand=all" shows every node of a large graph instead of domain clusters (slower to pan, nothing hidden).
  const expandAll = raw.expand === "all";

  return (
    <>
      <PageHeader
        title="Dependency graph"
        description="Systems as nodes, integrations as arrows in the direction data flows, dashboards, reports, AI models and workflows as the assets that read them. Select anything to ask what breaks if it changes, or what feeds it."
      />
      <IgnoredFiltersNotice ignored={ignored} />
      {focused ? (
        <p className="mb-3 text-sm text-slate-800">
          The neighbourhood of <strong>{focusLabel ?? "the selection"}</strong>, {query.depth ?? 2} hops up and down.{" "}
          <Link className={buttonStyles.link} href="/graph">
            Show the whole graph
          </Link>
        </p>
      ) : (
        <form className="mb-3 flex flex-wrap items-end gap-3" aria-label="Filter the graph">
          <FilterSelect name="domain" label="Domain" value={query.domain} options={facets.domains.map((domain) => ({ value: domain, label: domain }))} />
          <FilterSelect
            name="systemKind"
            label="System kind"
            value={query.systemKind}
            options={Object.entries(SYSTEM_KIND_LABELS).map(([value, label]) => ({ value, label }))}
          />
          <FilterSelect name="team" label="Team" value={query.team} options={facets.teams.map((team) => ({ value: team.slug, label: team.name }))} />
          <FilterSelect name="criticality" label="Criticality" value={query.criticality} options={enumOptions(Criticality)} />
          <FilterSelect name="health" label="Health" value={query.health} options={enumOptions(HealthStatus)} />
          <FilterSelect name="mechanism" label="Mechanism" value={query.mechanism} options={enumOptions(IntegrationMechanism)} />
          <FilterSelect
            name="capability"
            label="Business capability"
            value={query.capability}
            options={facets.capabilities.map((c) => ({ value: c.slug, label: c.name }))}
          />
          <FilterSelect name="lifecycle" label="Lifecycle" value={query.lifecycle} options={enumOptions(Lifecycle)} />
          {overview ? (
            <FilterSelect
              name="groupBy"
              label="Group by"
              value={query.groupBy}
              options={[
                { value: "domain", label: "Business domain" },
                { value: "systemKind", label: "System kind" },
                { value: "capability", label: "Business capability" },
              ]}
            />
          ) : null}
          <button type="submit" className={buttonStyles.primary}>
            Filter
          </button>
          {filtered ? (
            <Link className={buttonStyles.secondary} href="/graph">
              Clear
            </Link>
          ) : null}
        </form>
      )}
      <GraphExplorer query={query} clusterLargeGraph={!focused && !expandAll} overview={overview} />
    </>
  );
}
