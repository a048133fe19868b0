import type { ApiOperation } from "@/lib/api-docs/operation";
import { zMarkNotificationsReadInput, zMarkNotificationsReadOutput, zNotificationApiQuery, zNotificationListOutput } from "@/lib/notifications/schemas";

export const notificationApiOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/notifications",
    operationId: "listNotifications",
    summary: "Read your inbox",
    description: "The caller's notifications, newest first. `show=unread` lists only unread ones; `kind` and `q` filter. The answer also carries the caller's total unread count.",
    tag: "Notifications",
    query: zNotificationApiQuery,
    responses: { 200: { description: "A page of notifications.", schema: zNotificationListOutput } },
  },
  {
    method: "post",
    path: "/api/v1/notifications/read",
    operationId: "markNotificationsRead",
    summary: "Mark notifications read",
    description: "`{\"ids\": [...]}` marks those of the caller's notifications; `{\"all\": true}` marks every one. Ids of other people's notifications are ignored.",
    tag: "Notifications",
    body: zMarkNotificationsReadInput,
    responses: { 200: { description: "How many changed, and what is still unread.", schema: zMarkNotificationsReadOutput } },
  },
];
