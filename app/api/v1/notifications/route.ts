import { defineOperation } from "@/lib/http/define-operation";
import { countUnreadNotifications, findNotificationsPageOfUser } from "@/lib/notifications/repository";
import { zNotificationApiQuery, zNotificationListOutput } from "@/lib/notifications/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/notifications",
  operationId: "listNotifications",
  summary: "Read your inbox",
  description:
    "The caller's notifications, newest first. `show=unread` lists only unread ones; `kind` and `q` filter. The answer also carries the caller's total unread count.",
  tag: "Notifications",
  // Everyone signed in has an inbox: no permission beyond authentication, and only the caller's own notifications.
  access: "signed-in",
  query: zNotificationApiQuery,
  response: { status: 200, description: "A page of notifications.", schema: zNotificationListOutput },
  handler: async ({ db, actor, query }) => {
    const [page, unreadCount] = await Promise.all([findNotificationsPageOfUser(db, actor.id, query), countUnreadNotifications(db, actor.id)]);
    return Response.json(zNotificationListOutput.parse({ ...page, unreadCount }), { headers: { "cache-control": "no-store" } });
  },
});
