import type { Metadata } from "next";
import Link from "next/link";
import { LiveFilterForm } from "@/components/ui/live-filter-form";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { CONSUMERS_PAGE_SIZE, findConsumers } from "@/lib/catalog/consumers/repository";
import { CONSUMER_KIND_LABELS, CONSUMER_KINDS, zConsumerListQuery } from "@/lib/catalog/consumers/schemas";
import { findTeamOptions } from "@/lib/catalog/contracts/repository";
import { findConsumerFieldProblems } from "@/lib/catalog/consumers/find-declared-field-problems";
import { DeclaredFieldProblemsNotice } from "@/components/catalog/consumers/declared-field-problems";
import { VersionStatusBadge } from "@/components/catalog/contracts/contract-badges";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { FilterSelect } from "@/components/ui/filter-select";
import { ArchiveChoice, ChoiceSelect } from "@/components/catalog/choice-select";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PagePagination } from "@/components/ui/page-pagination";
import { DataTable } from "@/components/ui/data-table";
import { readPageQuery } from "@/lib/validation/query";
import { IgnoredFiltersNotice } from "@/components/ui/ignored-filters-notice";

export const metadata: Metadata = { title: "Consumers" };

export default async function ConsumersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  const { query, ignored } = readPageQuery(zConsumerListQuery, await searchParams);
  const db = await getDb();
  const [{ consumers, total }, teams, fieldProblems] = await Promise.all([
    findConsumers(db, query),
    findTeamOptions(db),
    findConsumerFieldProblems(db, { actor }),
  ]);
  const filtered = Boolean(query.q || query.kind || query.team || query.contract || query.archived !== "exclude");

  return (
    <>
      <PageHeader
        title="Consumers"
        description="Reports, dashboards, AI models, workflows and systems that read a contract: which fields they use and why."
        actions={
          can(actor, "catalog.create") ? (
            <Link href="/catalog/consumers/new" className={buttonStyles.primary}>
              Register a consumer
            </Link>
          ) : null
        }
      />
      <IgnoredFiltersNotice ignored={ignored} />
      <DeclaredFieldProblemsNotice count={fieldProblems.length} />
      <LiveFilterForm className="mb-4 flex flex-wrap items-end gap-3" label="Filter consumers" defaults={{ sort: "name", archived: "exclude" }}>
        <div className="min-w-64 flex-1">
          <label htmlFor="q" className="block text-xs font-medium text-slate-700">
            Search
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q}
            placeholder="Name, purpose, field used or contract"
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
        </div>
        <FilterSelect
          name="kind"
          label="Kind"
          allLabel="All kinds"
          value={query.kind}
          options={CONSUMER_KINDS.map((kind) => ({ value: kind, label: CONSUMER_KIND_LABELS[kind] }))}
        />
        <FilterSelect
          name="team"
          label="Owning team"
          allLabel="All teams"
          value={query.team}
          options={teams.map((team) => ({ value: team.id, label: team.name }))}
        />
        <ArchiveChoice value={query.archived} />
        <ChoiceSelect
          name="sort"
          label="Sort by"
          value={query.sort}
          options={[
            { value: "name", label: "Name" },
            { value: "updated", label: "Recently changed" },
          ]}
        />
        {query.contract ? <input type="hidden" name="contract" value={query.contract} /> : null}
        <button type="submit" className={buttonStyles.primary}>
          Filter
        </button>
      </LiveFilterForm>
      {query.contract ? (
        <p className="mb-3 text-sm text-slate-700">
          Consumers of{" "}
          <Link className={buttonStyles.link} href={`/catalog/contracts/${query.contract}`}>
            {query.contract}
          </Link>{" "}
          ·{" "}
          <Link className={buttonStyles.link} href="/catalog/consumers">
            all contracts
          </Link>
        </p>
      ) : null}
      {consumers.length === 0 ? (
        filtered ? (
          <EmptyState
            title="No consumer matches these filters."
            action={
              <Link className={buttonStyles.secondary} href="/catalog/consumers">
                Clear the filters
              </Link>
            }
          />
        ) : (
          <EmptyState
            title="No consumer is registered yet."
            action={
              can(actor, "catalog.create") ? (
                <Link className={buttonStyles.primary} href="/catalog/consumers/new">
                  Register a consumer
                </Link>
              ) : null
            }
          >
            Record who reads each contract, so that its owners know whom a change affects.
          </EmptyState>
        )
      ) : (
        <DataTable columns={["Consumer", "Contract version", "Fields used", "Owning team"]}>
          {consumers.map((consumer) => (
            <tr key={consumer.id}>
              <td className="px-4 py-2">
                <Link href={`/catalog/consumers/${consumer.id}`} className="font-medium text-brand-700 hover:underline">
                  {consumer.name}
                </Link>{" "}
                <Badge>{CONSUMER_KIND_LABELS[consumer.kind]}</Badge> {consumer.archivedAt ? <Badge tone="danger">archived</Badge> : null}
                <p className="max-w-md truncate text-xs text-slate-600">{consumer.purpose}</p>
              </td>
              <td className="px-4 py-2">
                <Link
                  className="text-brand-700 hover:underline"
                  href={`/catalog/contracts/${consumer.contractVersion.contract.slug}/versions/${encodeURIComponent(consumer.contractVersion.version)}`}
                >
                  {consumer.contractVersion.contract.name} {consumer.contractVersion.version}
                </Link>{" "}
                <VersionStatusBadge status={consumer.contractVersion.status} />
              </td>
              <td className="max-w-xs truncate px-4 py-2 font-mono text-xs text-slate-800">{consumer.fieldsUsed.join(", ")}</td>
              <td className="px-4 py-2 text-slate-700">{consumer.ownerTeam?.name ?? "No owner"}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <PagePagination
        pathname="/catalog/consumers"
        searchParams={{
          q: query.q,
          kind: query.kind,
          team: query.team,
          contract: query.contract,
          archived: query.archived === "exclude" ? undefined : query.archived,
          sort: query.sort === "name" ? undefined : query.sort,
        }}
        page={query.page}
        pageSize={CONSUMERS_PAGE_SIZE}
        total={total}
        noun="consumers"
      />
    </>
  );
}
