import { z } from "zod";
import type { ApiOperation } from "@/lib/api-docs/operation";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { zPortalOverview } from "@/lib/overview/schemas";
import { zChangeUserRoleInput, zRole, zUserOutput } from "@/lib/users/schemas";

const zMeOutput = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: zRole,
  teamIds: z.array(z.string()),
  permissions: z.array(z.enum(PERMISSIONS)).describe("What the caller may do (team-scoped ones apply to their teams' records)."),
});

const zHealthOutput = z.object({ status: z.literal("ok"), database: z.enum(["pglite", "postgres"]) });

/** The endpoints that existed before the catalog: identity, overview, health, user roles. */
export const coreApiOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/me",
    operationId: "getMe",
    summary: "Who am I",
    description: "The caller (the token's owner for an API token), with their role, teams and permissions.",
    tag: "Identity",
    responses: { 200: { description: "The caller.", schema: zMeOutput } },
  },
  {
    method: "get",
    path: "/api/v1/overview",
    operationId: "getOverview",
    summary: "Catalog counts and gaps",
    tag: "Overview",
    permission: "catalog.read",
    responses: { 200: { description: "Counts of the catalog and its governance gaps.", schema: zPortalOverview } },
  },
  {
    method: "get",
    path: "/api/v1/health",
    operationId: "getHealth",
    summary: "Liveness and readiness",
    description: "Answers 200 once the database answers; 503 problem details otherwise. No authentication.",
    tag: "Operations",
    public: true,
    responses: { 200: { description: "The portal and its database are up.", schema: zHealthOutput } },
  },
  {
    method: "patch",
    path: "/api/v1/users/{id}",
    operationId: "changeUserRole",
    summary: "Change a user's role",
    description: "Admins only. The last admin cannot be demoted (409).",
    tag: "Users",
    permission: "user.manage",
    pathParams: z.object({ id: z.string() }),
    body: zChangeUserRoleInput,
    responses: { 200: { description: "The user with their new role.", schema: zUserOutput } },
  },
];
