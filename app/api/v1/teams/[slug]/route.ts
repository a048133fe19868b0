import { NotFoundError } from "@/lib/auth/permissions";
import { defineOperation } from "@/lib/http/define-operation";
import { findTeamDetail } from "@/lib/catalog/teams/repository";
import { TEAM_BODY_BYTES, zTeamDetailOutput, zTeamOutput, zTeamSlugParams, zUpdateTeamInput } from "@/lib/catalog/teams/schemas";
import { updateTeam } from "@/lib/catalog/teams/update-team";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/teams/{slug}",
  operationId: "getTeam",
  summary: "Get a team and its members",
  tag: "Teams",
  access: "catalog.read",
  pathParams: zTeamSlugParams,
  response: { status: 200, description: "The team.", schema: zTeamDetailOutput },
  version: (team) => team.updatedAt,
  handler: async ({ db, params }) => {
    const team = await findTeamDetail(db, params.slug);
    if (!team) throw new NotFoundError("The team");
    return team;
  },
});

export const PATCH = defineOperation({
  method: "PATCH",
  path: "/api/v1/teams/{slug}",
  operationId: "updateTeam",
  summary: "Update a team",
  description: "Admins only. Send only the fields to change; send the ETag you read as If-Match to avoid overwriting someone else's change.",
  tag: "Teams",
  access: "user.manage",
  pathParams: zTeamSlugParams,
  body: zUpdateTeamInput,
  byteLimit: TEAM_BODY_BYTES,
  response: { status: 200, description: "The updated team.", schema: zTeamOutput },
  version: (team) => team.updatedAt,
  handler: ({ db, actor, params, body, ifMatch }) => updateTeam(db, { actor, slugOrId: params.slug, input: body, ifMatch }),
});
