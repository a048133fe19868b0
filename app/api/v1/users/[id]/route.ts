import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";
import { changeUserRole } from "@/lib/users/change-user-role";
import { zChangeUserRoleInput } from "@/lib/users/schemas";
import { authorize } from "@/lib/auth/permissions";

export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params, db }) => {
  // Refuse before reading the body: a viewer learns nothing from validation messages.
  authorize(actor, "user.manage");
  const input = await readJsonBody(request, zChangeUserRoleInput, { maxBytes: 4096 });
  return Response.json(await changeUserRole(db, { actor, userId: params.id, input }));
});
