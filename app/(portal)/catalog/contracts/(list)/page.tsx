import type { Metadata } from "next";
import Link from "next/link";
import { LiveFilterForm } from "@/components/ui/live-filter-form";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { CONTRACTS_PAGE_SIZE, findContractStats, findContracts, findTeamOptions } from "@/lib/catalog/contracts/repository";
import { CONTRACT_TYPES, CONTRACT_VERSION_STATUSES, zContractListQuery } from "@/lib/catalog/contracts/schemas";
import { SPEC_KIND_LABELS } from "@/lib/catalog/specs/spec-kinds";
import { ContractTypeBadge, VersionStatusBadge } from "@/components/catalog/contracts/contract-badges";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { FilterSelect } from "@/components/ui/filter-select";
import { ArchiveChoice, ChoiceSelect } from "@/components/catalog/choice-select";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PagePagination } from "@/components/ui/page-pagination";
import { StatTile } from "@/components/ui/stat-tile";
import { DataTable } from "@/components/ui/data-table";
import { readPageQuery } from "@/lib/validation/query";
import { IgnoredFiltersNotice } from "@/components/ui/ignored-filters-notice";

export const metadata: Metadata = { title: "Contracts" };

const SORT_LABELS = { name: "Name", updated: "Recently changed", created: "Recently registered" } as const;

export default async function ContractsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  const { query, ignored } = readPageQuery(zContractListQuery, await searchParams);
  const db = await getDb();
  const [{ contracts, total }, teams, stats] = await Promise.all([findContracts(db, query), findTeamOptions(db), findContractStats(db)]);
  const filtered = Boolean(query.q || query.type || query.team || query.status || query.system || query.integration || query.archived !== "exclude");

  return (
    <>
      <PageHeader
        title="Contracts"
        description="The interfaces systems agree on: OpenAPI, AsyncAPI and JSON Schema documents, their versions, what each field means and who consumes them."
        actions={
          can(actor, "catalog.create") ? (
            <Link href="/catalog/contracts/new" className={buttonStyles.primary}>
              Register a contract
            </Link>
          ) : null
        }
      />
      <IgnoredFiltersNotice ignored={ignored} />
      <div className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <StatTile label="Contracts" value={stats.contracts} href="/catalog/contracts" />
        <StatTile label="With an active version" value={stats.withActiveVersion} href="/catalog/contracts?status=active" />
        <StatTile
          label="Without any version"
          value={stats.withoutVersion}
          tone={stats.withoutVersion > 0 ? "warning" : "neutral"}
          hint="Registered but not documented yet"
        />
        <StatTile
          label="Consumers on outdated versions"
          value={stats.consumersOnOutdated}
          tone={stats.consumersOnOutdated > 0 ? "danger" : "neutral"}
          hint="Reading a deprecated or retired version"
        />
      </div>
      <LiveFilterForm className="mb-4 flex flex-wrap items-end gap-3" label="Filter contracts" defaults={{ sort: "name", archived: "exclude" }}>
        <div className="min-w-64 flex-1">
          <label htmlFor="q" className="block text-xs font-medium text-slate-700">
            Search
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q}
            placeholder="Name, description, glossary field or meaning, field used…"
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
        </div>
        <FilterSelect
          name="type"
          label="Type"
          allLabel="All types"
          value={query.type}
          options={CONTRACT_TYPES.map((type) => ({ value: type, label: SPEC_KIND_LABELS[type] }))}
        />
        <FilterSelect
          name="team"
          label="Owning team"
          allLabel="All teams"
          value={query.team}
          options={teams.map((team) => ({ value: team.id, label: team.name }))}
        />
        <FilterSelect
          name="status"
          label="Has a version that is"
          allLabel="Any status"
          value={query.status}
          options={CONTRACT_VERSION_STATUSES.map((status) => ({ value: status, label: status }))}
        />
        <FilterSelect name="spec" label="Spec document" allLabel="Any" value={query.spec} options={[{ value: "missing", label: "No version has one" }]} />
        <ArchiveChoice value={query.archived} />
        <ChoiceSelect name="sort" label="Sort by" value={query.sort} options={Object.entries(SORT_LABELS).map(([value, label]) => ({ value, label }))} />
        {query.system ? <input type="hidden" name="system" value={query.system} /> : null}
        {query.integration ? <input type="hidden" name="integration" value={query.integration} /> : null}
        <button type="submit" className={buttonStyles.primary}>
          Filter
        </button>
      </LiveFilterForm>
      {contracts.length === 0 ? (
        filtered ? (
          <EmptyState
            title="No contract matches these filters."
            action={
              <Link className={buttonStyles.secondary} href="/catalog/contracts">
                Clear the filters
              </Link>
            }
          >
            Search also looks in glossaries and in the fields consumers use; try a shorter word.
          </EmptyState>
        ) : (
          <EmptyState
            title="No contract is registered yet."
            action={
              can(actor, "catalog.create") ? (
                <Link className={buttonStyles.primary} href="/catalog/contracts/new">
                  Register a contract
                </Link>
              ) : null
            }
          >
            Register the interfaces your systems expose, then upload their OpenAPI, AsyncAPI or JSON Schema documents.
          </EmptyState>
        )
      ) : (
        <DataTable columns={["Contract", "Type", "Owning team", "Latest version", { label: "Versions", align: "right" }, "Changed"]}>
          {contracts.map((contract) => (
            <tr key={contract.id}>
              <td className="px-4 py-2">
                <Link href={`/catalog/contracts/${contract.slug}`} className="font-medium text-brand-700 hover:underline">
                  {contract.name}
                </Link>
                {contract.archivedAt ? (
                  <span className="ml-2">
                    <Badge tone="danger">archived</Badge>
                  </span>
                ) : null}
                <p className="max-w-xl truncate text-xs text-slate-600">{contract.description ?? contract.slug}</p>
              </td>
              <td className="px-4 py-2">
                <ContractTypeBadge type={contract.type} />
              </td>
              <td className="px-4 py-2 text-slate-700">{contract.ownerTeam?.name ?? <span className="text-amber-800">No owner</span>}</td>
              <td className="px-4 py-2">
                {contract.latestVersion ? (
                  <span className="flex items-center gap-2 text-slate-800">
                    {contract.latestVersion.version} <VersionStatusBadge status={contract.latestVersion.status} />
                  </span>
                ) : (
                  <span className="text-slate-600">No version yet</span>
                )}
              </td>
              <td className="px-4 py-2 text-right tabular-nums text-slate-700">{contract.versionCount}</td>
              <td className="px-4 py-2 whitespace-nowrap text-slate-700">{contract.updatedAt.toISOString().slice(0, 10)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <PagePagination
        pathname="/catalog/contracts"
        searchParams={{
          q: query.q,
          type: query.type,
          team: query.team,
          status: query.status,
          system: query.system,
          integration: query.integration,
          archived: query.archived === "exclude" ? undefined : query.archived,
          sort: query.sort === "name" ? undefined : query.sort,
        }}
        page={query.page}
        pageSize={CONTRACTS_PAGE_SIZE}
        total={total}
        noun="contracts"
      />
    </>
  );
}
