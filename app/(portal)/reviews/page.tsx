import type { Metadata } from "next";
import Link from "next/link";
import { LiveFilterForm } from "@/components/ui/live-filter-form";
import { requirePageActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { findChangeRequests } from "@/lib/reviews/find-change-requests";
import { findContractFilterOptions } from "@/lib/reviews/repository";
import { CHANGE_REQUEST_STATUSES, STATUS_LABELS, zReviewListQuery, type ReviewListQuery, type ReviewTab } from "@/lib/reviews/schemas";
import { FilterSelect } from "@/components/ui/filter-select";
import { BreakingBadge, ChangeRequestStatusBadge } from "@/components/reviews/review-badges";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PagePagination } from "@/components/ui/page-pagination";
import { TabLinks } from "@/components/ui/tab-links";
import { DataTable } from "@/components/ui/data-table";
import { readPageQuery } from "@/lib/validation/query";
import { IgnoredFiltersNotice } from "@/components/ui/ignored-filters-notice";

export const metadata: Metadata = { title: "Reviews" };

const TABS: { tab: ReviewTab; label: string; empty: string; hint: string }[] = [
  {
    tab: "queue",
    label: "My queue",
    empty: "Nothing waits for you.",
    hint: "Requests in review that need your approval, or your acknowledgement for a consumer you own, appear here.",
  },
  {
    tab: "open",
    label: "All open",
    empty: "No open change request matches.",
    hint: "Owners propose new contract versions from a contract's page: Propose a new version.",
  },
  { tab: "mine", label: "Mine", empty: "You have proposed nothing that matches.", hint: "Open one of your team's contracts and choose Propose a new version." },
];

function filterParams(query: ReviewListQuery): Record<string, string | undefined> {
  return { tab: query.tab, q: query.q, contract: query.contract, status: query.status, breaking: query.breaking };
}

function tabHref(query: ReviewListQuery, tab: ReviewTab): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filterParams(query), tab })) if (value) params.set(key, value);
  return `/reviews?${params}`;
}

export default async function ReviewsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  const db = await getDb();
  const { query, ignored } = readPageQuery(zReviewListQuery, await searchParams);
  const [{ items, total, pageSize }, contracts] = await Promise.all([findChangeRequests(db, { actor, query }), findContractFilterOptions(db)]);
  const current = TABS.find((tab) => tab.tab === query.tab)!;
  const filtered = Boolean(query.q || query.contract || query.status || query.breaking);

  return (
    <>
      <PageHeader
        title="Contract change reviews"
        description="Proposed contract versions with their diff, the consumers they break and who still has to approve. Approval publishes the new version."
      />
      <IgnoredFiltersNotice ignored={ignored} />
      <TabLinks label="Review lists" tabs={TABS.map((tab) => ({ href: tabHref(query, tab.tab), label: tab.label, active: tab.tab === query.tab }))} />
      <LiveFilterForm className="mb-4 flex flex-wrap items-end gap-3" defaults={{ tab: "queue" }}>
        <input type="hidden" name="tab" value={query.tab} />
        <div>
          <label htmlFor="q" className="block text-xs font-medium text-slate-700">
            Search
          </label>
          <input
            id="q"
            name="q"
            defaultValue={query.q}
            placeholder="Title, contract or CR-12"
            className="mt-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
        </div>
        <FilterSelect name="contract" label="Contract" value={query.contract} options={contracts} />
        <FilterSelect
          name="status"
          label="Status"
          value={query.status}
          options={CHANGE_REQUEST_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))}
        />
        <FilterSelect
          name="breaking"
          label="Breaking"
          value={query.breaking}
          options={[
            { value: "yes", label: "Breaking" },
            { value: "no", label: "Non-breaking" },
          ]}
        />
        <button type="submit" className={buttonStyles.primary}>
          Filter
        </button>
        {filtered ? (
          <Link className={buttonStyles.secondary} href={`/reviews?tab=${query.tab}`}>
            Clear
          </Link>
        ) : null}
      </LiveFilterForm>
      {items.length === 0 ? (
        <EmptyState
          title={filtered ? "No change request matches these filters." : current.empty}
          action={
            filtered ? (
              <Link className={buttonStyles.secondary} href={`/reviews?tab=${query.tab}`}>
                Clear the filters
              </Link>
            ) : (
              <Link className={buttonStyles.secondary} href="/catalog/contracts">
                Go to the contracts
              </Link>
            )
          }
        >
          {current.hint}
        </EmptyState>
      ) : (
        <DataTable columns={["Request", "Contract", "Change", "Status", "Proposed by", "Updated"]}>
          {items.map((item) => (
            <tr key={item.id}>
              <td className="px-4 py-2">
                <Link className="font-medium text-brand-700 hover:underline" href={`/reviews/${item.number}`}>
                  CR-{item.number} {item.title}
                </Link>
              </td>
              <td className="px-4 py-2 text-slate-700">
                <Link className="hover:underline" href={`/catalog/contracts/${item.contract.slug}`}>
                  {item.contract.name}
                </Link>
                <p className="font-mono text-xs text-slate-600">
                  {item.baseVersion ?? "—"} → {item.proposedVersion}
                </p>
              </td>
              <td className="px-4 py-2">
                <BreakingBadge breakingCount={item.breakingCount} changeCount={item.changeCount} />{" "}
                <span className="text-xs text-slate-600">
                  {item.changeCount} change{item.changeCount === 1 ? "" : "s"}
                </span>
              </td>
              <td className="px-4 py-2">
                <ChangeRequestStatusBadge status={item.status} />
              </td>
              <td className="px-4 py-2 text-slate-700">{item.author.name}</td>
              <td className="px-4 py-2 text-slate-700">{item.updatedAt.toISOString().slice(0, 10)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <PagePagination pathname="/reviews" searchParams={filterParams(query)} page={query.page} pageSize={pageSize} total={total} noun="change requests" />
    </>
  );
}
