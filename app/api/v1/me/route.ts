import { PERMISSIONS, can } from "@/lib/auth/permissions";
import { defineOperation } from "@/lib/http/define-operation";
import { zMeOutput } from "@/lib/users/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/me",
  operationId: "getMe",
  summary: "Who am I",
  description: "The caller (the token's owner for an API token), with their role, teams and permissions.",
  tag: "Identity",
  access: "signed-in",
  response: { status: 200, description: "The caller.", schema: zMeOutput },
  handler: async ({ actor }) => ({
    id: actor.id,
    email: actor.email,
    name: actor.name,
    role: actor.role,
    teamIds: [...actor.teamIds],
    permissions: PERMISSIONS.filter((permission) => can(actor, permission)),
  }),
});
