import { z } from "zod";
import { defineOperation } from "@/lib/http/define-operation";
import { changeUserRole } from "@/lib/users/change-user-role";
import { USER_ROLE_BODY_BYTES, zChangeUserRoleInput, zUserOutput } from "@/lib/users/schemas";

export const PATCH = defineOperation({
  method: "PATCH",
  path: "/api/v1/users/{id}",
  operationId: "changeUserRole",
  summary: "Change a user's role",
  description: "Admins only. The last admin cannot be demoted (409).",
  tag: "Users",
  // Refused before the body is read: a viewer learns nothing from validation messages.
  access: "user.manage",
  pathParams: z.object({ id: z.string() }),
  body: zChangeUserRoleInput,
  byteLimit: USER_ROLE_BODY_BYTES,
  response: { status: 200, description: "The user with their new role.", schema: zUserOutput },
  handler: ({ db, actor, params, body }) => changeUserRole(db, { actor, userId: params.id, input: body }),
});
