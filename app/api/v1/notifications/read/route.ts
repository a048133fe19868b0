import { defineOperation } from "@/lib/http/define-operation";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { MARK_READ_BODY_BYTES, zMarkNotificationsReadInput, zMarkNotificationsReadOutput } from "@/lib/notifications/schemas";

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/notifications/read",
  operationId: "markNotificationsRead",
  summary: "Mark notifications read",
  description:
    '`{"ids": [...]}` marks those of the caller\'s notifications; `{"all": true}` marks every one. Ids of other people\'s notifications are ignored.',
  tag: "Notifications",
  access: "signed-in",
  body: zMarkNotificationsReadInput,
  byteLimit: MARK_READ_BODY_BYTES,
  response: { status: 200, description: "How many changed, and what is still unread.", schema: zMarkNotificationsReadOutput },
  handler: ({ db, actor, body }) => markNotificationsRead(db, { actor, input: body }),
});
