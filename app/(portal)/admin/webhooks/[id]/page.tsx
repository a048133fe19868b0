import type { Metadata } from "next";
import Link from "next/link";
import { LiveFilterForm } from "@/components/ui/live-filter-form";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { redeliverWebhookAction } from "@/lib/webhooks/actions";
import { findWebhookDeliveries, findWebhookEndpoint, WEBHOOK_DELIVERIES_PAGE_SIZE } from "@/lib/webhooks/repository";
import { WEBHOOK_DELIVERY_STATUSES, zWebhookDeliveryListQuery } from "@/lib/webhooks/schemas";
import { ActionButton } from "@/components/ui/action-button";
import { Timestamp } from "@/components/ui/timestamp";
import { WebhookEndpointControls } from "@/components/webhooks/webhook-endpoint-controls";
import { WebhookEndpointForm } from "@/components/webhooks/webhook-endpoint-form";
import { FilterSelect } from "@/components/ui/filter-select";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PagePagination } from "@/components/ui/page-pagination";
import { DataTable } from "@/components/ui/data-table";
import { readPageQuery } from "@/lib/validation/query";
import { IgnoredFiltersNotice } from "@/components/ui/ignored-filters-notice";

export const metadata: Metadata = { title: "Webhook endpoint" };

const STATUS_TONE: Record<(typeof WEBHOOK_DELIVERY_STATUSES)[number], BadgeTone> = { pending: "warning", delivered: "good", failed: "danger" };

export default async function WebhookEndpointPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor();
  if (!can(actor, "webhook.manage")) notFound();
  const { id } = await params;
  const db = await getDb();
  const endpoint = await findWebhookEndpoint(db, id);
  if (!endpoint) notFound();
  const { query, ignored } = readPageQuery(zWebhookDeliveryListQuery, await searchParams);
  const { deliveries, total } = await findWebhookDeliveries(db, endpoint.id, query);
  const filtered = Boolean(query.q || query.status);
  const pathname = `/admin/webhooks/${endpoint.id}`;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/webhooks" className={buttonStyles.link}>
          ← Webhooks
        </Link>
      </p>
      <PageHeader
        title={endpoint.name}
        description={`${endpoint.url} · ${endpoint.active ? "enabled" : "disabled"} · secret ${endpoint.secretHint}`}
        actions={<WebhookEndpointControls endpointId={endpoint.id} name={endpoint.name} active={endpoint.active} />}
      />
      <IgnoredFiltersNotice ignored={ignored} />
      <details className="mb-8 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <summary className="cursor-pointer text-base font-semibold text-slate-900">Edit name, URL and events</summary>
        <div className="mt-4">
          <WebhookEndpointForm endpointId={endpoint.id} initial={{ name: endpoint.name, url: endpoint.url, events: endpoint.events }} />
        </div>
      </details>

      <h2 className="mb-3 text-base font-semibold text-slate-900">Deliveries</h2>
      <LiveFilterForm className="mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className="block text-xs font-medium text-slate-700">
            Search
          </label>
          <input
            id="q"
            name="q"
            defaultValue={query.q}
            placeholder="Event type or id"
            className="mt-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
        </div>
        <FilterSelect
          name="status"
          label="Status"
          value={query.status}
          allLabel="Any status"
          options={WEBHOOK_DELIVERY_STATUSES.map((status) => ({ value: status, label: status }))}
        />
        <button type="submit" className={buttonStyles.primary}>
          Filter
        </button>
      </LiveFilterForm>
      {deliveries.length === 0 ? (
        filtered ? (
          <EmptyState
            title="No delivery matches these filters."
            action={
              <Link className={buttonStyles.secondary} href={pathname}>
                Clear the filters
              </Link>
            }
          />
        ) : (
          <EmptyState title="Nothing delivered yet.">
            Events this endpoint subscribes to appear here as they happen. Use “Send test event” to check the receiver now.
          </EmptyState>
        )
      ) : (
        <DataTable columns={["Event", "Status", "Attempts", "Last answer", "Created", { label: "Actions", visuallyHidden: true }]} bodyClassName="align-top">
          {deliveries.map((delivery) => (
            <tr key={delivery.id} data-testid="webhook-delivery-row">
              <td className="px-4 py-2">
                <p className="font-mono text-xs font-semibold text-slate-900">{delivery.eventType}</p>
                <p className="break-all font-mono text-xs text-slate-600">{delivery.eventId}</p>
                <details className="mt-1">
                  <summary className="cursor-pointer text-xs font-medium text-brand-700">Payload</summary>
                  <pre className="mt-1 max-h-64 max-w-xl overflow-auto rounded bg-slate-50 p-2 text-xs text-slate-900">
                    {JSON.stringify(delivery.payload, null, 2)}
                  </pre>
                </details>
              </td>
              <td className="px-4 py-2">
                <Badge tone={STATUS_TONE[delivery.status]}>{delivery.status}</Badge>
                {delivery.status === "pending" && delivery.nextAttemptAt ? (
                  <p className="mt-1 text-xs text-slate-600">
                    next try <Timestamp date={delivery.nextAttemptAt} />
                  </p>
                ) : null}
                {delivery.deliveredAt ? (
                  <p className="mt-1 text-xs text-slate-600">
                    <Timestamp date={delivery.deliveredAt} />
                  </p>
                ) : null}
              </td>
              <td className="px-4 py-2 tabular-nums text-slate-700">{delivery.attempts}</td>
              <td className="max-w-sm px-4 py-2 text-slate-700">
                <p className="font-mono text-xs">{delivery.lastStatusCode ?? "—"}</p>
                {delivery.lastError ? <p className="line-clamp-3 break-words text-xs text-red-800">{delivery.lastError}</p> : null}
              </td>
              <td className="px-4 py-2 text-slate-700">
                <Timestamp date={delivery.createdAt} />
              </td>
              <td className="px-4 py-2 text-right">
                <ActionButton
                  action={redeliverWebhookAction.bind(null, { endpointId: endpoint.id, deliveryId: delivery.id })}
                  label="Redeliver"
                  pendingLabel="Queueing…"
                  ariaLabel={`Redeliver ${delivery.eventType} ${delivery.eventId}`}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <PagePagination
        pathname={pathname}
        searchParams={{ q: query.q, status: query.status }}
        page={query.page}
        pageSize={WEBHOOK_DELIVERIES_PAGE_SIZE}
        total={total}
        noun="deliveries"
      />
    </>
  );
}
