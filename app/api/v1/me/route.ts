import { apiRoute } from "@/lib/http/api-route";
import { PERMISSIONS, can } from "@/lib/auth/permissions";

export const GET = apiRoute(async ({ actor }) =>
  Response.json({
    id: actor.id,
    email: actor.email,
    name: actor.name,
    role: actor.role,
    teamIds: actor.teamIds,
    permissions: PERMISSIONS.filter((permission) => can(actor, permission)),
  }),
);
