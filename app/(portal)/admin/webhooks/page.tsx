import type { Metadata } from "next";
import Link from "next/link";
import { LiveFilterForm } from "@/components/ui/live-filter-form";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { findWebhookEndpoints, WEBHOOK_ENDPOINTS_PAGE_SIZE } from "@/lib/webhooks/repository";
import { zWebhookEndpointListQuery } from "@/lib/webhooks/schemas";
import { WebhookEndpointForm } from "@/components/webhooks/webhook-endpoint-form";
import { FilterSelect } from "@/components/ui/filter-select";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PagePagination } from "@/components/ui/page-pagination";
import { DataTable } from "@/components/ui/data-table";
import { readPageQuery } from "@/lib/validation/query";
import { IgnoredFiltersNotice } from "@/components/ui/ignored-filters-notice";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  if (!can(actor, "webhook.manage")) notFound();
  const { query, ignored } = readPageQuery(zWebhookEndpointListQuery, await searchParams);
  const { endpoints, total } = await findWebhookEndpoints(await getDb(), query);
  const filtered = Boolean(query.q || query.state);

  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Other systems can follow contract reviews and deprecations: each event is POSTed as JSON to the endpoints subscribed to it, signed with the endpoint's secret (X-Interchange-Signature), and retried with growing waits until the receiver answers 2xx."
        actions={
          <Link href="/admin/jobs" className={buttonStyles.secondary}>
            Background jobs
          </Link>
        }
      />
      <IgnoredFiltersNotice ignored={ignored} />
      <section aria-labelledby="create-endpoint" className="mb-8 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="create-endpoint" className="mb-3 text-base font-semibold text-slate-900">
          Add an endpoint
        </h2>
        <WebhookEndpointForm />
      </section>

      <h2 className="mb-3 text-base font-semibold text-slate-900">Endpoints</h2>
      <LiveFilterForm className="mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className="block text-xs font-medium text-slate-700">
            Search
          </label>
          <input id="q" name="q" defaultValue={query.q} placeholder="Name or URL" className="mt-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm" />
        </div>
        <FilterSelect
          name="state"
          label="State"
          value={query.state}
          allLabel="Enabled or disabled"
          options={[
            { value: "active", label: "Enabled" },
            { value: "disabled", label: "Disabled" },
          ]}
        />
        <button type="submit" className={buttonStyles.primary}>
          Filter
        </button>
      </LiveFilterForm>
      {endpoints.length === 0 ? (
        filtered ? (
          <EmptyState
            title="No endpoint matches these filters."
            action={
              <Link className={buttonStyles.secondary} href="/admin/webhooks">
                Clear the filters
              </Link>
            }
          />
        ) : (
          <EmptyState title="No webhook endpoint yet.">
            Add one above with the URL of the system that should hear about reviews and deprecations, then send it a test event.
          </EmptyState>
        )
      ) : (
        <DataTable columns={["Endpoint", "Events", "State", "Deliveries"]}>
          {endpoints.map((endpoint) => (
            <tr key={endpoint.id} data-testid="webhook-endpoint-row">
              <td className="px-4 py-2">
                <Link href={`/admin/webhooks/${endpoint.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {endpoint.name}
                </Link>
                <p className="break-all font-mono text-xs text-slate-600">{endpoint.url}</p>
              </td>
              <td className="px-4 py-2 text-slate-700">{endpoint.events.length === 0 ? "All events" : endpoint.events.join(", ")}</td>
              <td className="px-4 py-2">{endpoint.active ? <Badge tone="good">enabled</Badge> : <Badge>disabled</Badge>}</td>
              <td className="px-4 py-2 text-slate-700">
                <span className="tabular-nums">{endpoint.deliveryCounts.delivered}</span> delivered ·{" "}
                <span className="tabular-nums">{endpoint.deliveryCounts.pending}</span> pending ·{" "}
                <span className={endpoint.deliveryCounts.failed ? "font-semibold text-red-700" : ""}>{endpoint.deliveryCounts.failed} failed</span>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <PagePagination
        pathname="/admin/webhooks"
        searchParams={{ q: query.q, state: query.state }}
        page={query.page}
        pageSize={WEBHOOK_ENDPOINTS_PAGE_SIZE}
        total={total}
        noun="endpoints"
      />
    </>
  );
}
