"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { fetchUnreadCount, notificationKeys } from "@/lib/notifications/query-keys";

// A minute is soon enough for reviews and deprecations, and keeps the polling of many open tabs modest.
const POLL_MS = 60_000;

/** The header's inbox link with the unread count; marking read elsewhere invalidates it at once. */
export function NotificationBell() {
  const { data: unread = 0 } = useQuery({ queryKey: notificationKeys.unreadCount(), queryFn: fetchUnreadCount, refetchInterval: POLL_MS, staleTime: 15_000 });
  const label = unread === 0 ? "Inbox, no unread notifications" : `Inbox, ${unread} unread notification${unread === 1 ? "" : "s"}`;
  return (
    <Link
      href="/inbox"
      aria-label={label}
      title={label}
      className="relative inline-flex h-9 w-9 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 hover:text-slate-900"
    >
      <svg aria-hidden viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" className="h-5 w-5">
        <path
          strokeLinecap="round"
          strokeLinejoin="round"
          d="M14.857 17.082a23.848 23.848 0 0 0 5.454-1.31A8.967 8.967 0 0 1 18 9.75V9A6 6 0 0 0 6 9v.75a8.967 8.967 0 0 1-2.312 6.022c1.733.64 3.56 1.085 5.455 1.31m5.714 0a24.255 24.255 0 0 1-5.714 0m5.714 0a3 3 0 1 1-5.714 0"
        />
      </svg>
      {unread > 0 ? (
        <span
          data-testid="inbox-unread-count"
          className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-semibold leading-5 text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
