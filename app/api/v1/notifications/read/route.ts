import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { zMarkNotificationsReadInput } from "@/lib/notifications/schemas";

export const POST = apiRoute(async ({ request, actor, db }) => {
  const input = await readJsonBody(request, zMarkNotificationsReadInput, { maxBytes: 65_536 });
  return Response.json(await markNotificationsRead(db, { actor, input }));
});
