import type { NotificationListOutput } from "@/lib/notifications/schemas";

/** React Query keys of the notifications domain: invalidate `notificationKeys.all` after marking anything read. */
export const notificationKeys = {
  all: ["notifications"] as const,
  unreadCount: () => [...notificationKeys.all, "unread-count"] as const,
};

/** The caller's unread count, from the list endpoint's summary (one row fetched, the count comes with it). */
export async function fetchUnreadCount(): Promise<number> {
  const response = await fetch("/api/v1/notifications?show=unread&limit=1", { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`The server answered ${response.status}.`);
  return ((await response.json()) as Pick<NotificationListOutput, "unreadCount">).unreadCount;
}
