import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/read-query";
import { countUnreadNotifications, findNotificationsPageOfUser } from "@/lib/notifications/repository";
import { zNotificationApiQuery, type NotificationListOutput } from "@/lib/notifications/schemas";

// Everyone signed in has an inbox: no permission beyond authentication, and only the caller's own notifications.
export const GET = apiRoute(async ({ request, actor, db }) => {
  const query = readQuery(request, zNotificationApiQuery);
  const [page, unreadCount] = await Promise.all([findNotificationsPageOfUser(db, actor.id, query), countUnreadNotifications(db, actor.id)]);
  const answer: NotificationListOutput = { ...page, unreadCount };
  return Response.json(answer, { headers: { "cache-control": "no-store" } });
});
