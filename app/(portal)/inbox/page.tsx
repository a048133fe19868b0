import type { Metadata } from "next";
import Link from "next/link";
import { LiveFilterForm } from "@/components/ui/live-filter-form";
import { requirePageActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { countUnreadNotifications, findNotificationKindsOfUser, findNotificationsOfUser, NOTIFICATIONS_PAGE_SIZE } from "@/lib/notifications/repository";
import { isPortalPath, zNotificationListQuery } from "@/lib/notifications/schemas";
import { MarkReadButton } from "@/components/notifications/mark-read-button";
import { Timestamp } from "@/components/ui/timestamp";
import { FilterSelect } from "@/components/ui/filter-select";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PagePagination } from "@/components/ui/page-pagination";
import { readPageQuery } from "@/lib/validation/query";
import { IgnoredFiltersNotice } from "@/components/ui/ignored-filters-notice";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  const { query, ignored } = readPageQuery(zNotificationListQuery, await searchParams);
  const db = await getDb();
  const [{ notifications, total }, unread, kinds] = await Promise.all([
    findNotificationsOfUser(db, actor.id, query),
    countUnreadNotifications(db, actor.id),
    findNotificationKindsOfUser(db, actor.id),
  ]);
  const filtered = Boolean(query.kind || query.q || query.show === "unread");

  return (
    <>
      <PageHeader
        title="Inbox"
        description={`Reviews waiting for you, deprecations that affect your consumers, reminders and escalations. ${unread === 0 ? "Nothing unread." : `${unread} unread.`}`}
        actions={unread > 0 ? <MarkReadButton /> : undefined}
      />
      <IgnoredFiltersNotice ignored={ignored} />
      <LiveFilterForm className="mb-4 flex flex-wrap items-end gap-3" defaults={{ show: "all" }}>
        <div>
          <label htmlFor="q" className="block text-xs font-medium text-slate-700">
            Search
          </label>
          <input id="q" name="q" defaultValue={query.q} placeholder="Title or text" className="mt-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm" />
        </div>
        <div>
          <label htmlFor="filter-show" className="block text-xs font-medium text-slate-700">
            Show
          </label>
          <select id="filter-show" name="show" defaultValue={query.show} className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
            <option value="all">All</option>
            <option value="unread">Unread only</option>
          </select>
        </div>
        <FilterSelect name="kind" label="Kind" value={query.kind} allLabel="All kinds" options={kinds.map((kind) => ({ value: kind, label: kind }))} />
        <button type="submit" className={buttonStyles.primary}>
          Filter
        </button>
      </LiveFilterForm>
      {notifications.length === 0 ? (
        filtered ? (
          <EmptyState
            title="No notification matches these filters."
            action={
              <Link className={buttonStyles.secondary} href="/inbox">
                Show everything
              </Link>
            }
          />
        ) : (
          <EmptyState title="Your inbox is empty.">
            You are notified here when a contract change needs your review, when a contract or integration your consumers use is deprecated, and when a deadline
            approaches.
          </EmptyState>
        )
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm" aria-label="Notifications">
          {notifications.map((notification) => (
            <li
              key={notification.id}
              data-testid="inbox-item"
              className={`flex flex-wrap items-start justify-between gap-3 px-4 py-3 ${notification.readAt ? "" : "bg-brand-50"}`}
            >
              <div className="min-w-0 flex-1">
                <p className="flex flex-wrap items-center gap-2">
                  {notification.readAt ? null : <Badge tone="info">unread</Badge>}
                  {isPortalPath(notification.href) ? (
                    <Link href={notification.href} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                      {notification.title}
                    </Link>
                  ) : (
                    <span className="font-medium text-slate-900">{notification.title}</span>
                  )}
                </p>
                {notification.body ? <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{notification.body}</p> : null}
                <p className="mt-1 text-xs text-slate-600">
                  <span className="font-mono">{notification.kind}</span> · <Timestamp date={notification.createdAt} />
                </p>
              </div>
              {notification.readAt ? null : <MarkReadButton notificationId={notification.id} title={notification.title} />}
            </li>
          ))}
        </ul>
      )}
      <PagePagination
        pathname="/inbox"
        searchParams={{ show: query.show === "all" ? undefined : query.show, kind: query.kind, q: query.q }}
        page={query.page}
        pageSize={NOTIFICATIONS_PAGE_SIZE}
        total={total}
        noun="notifications"
      />
    </>
  );
}
