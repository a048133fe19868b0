import { defineOperation } from "@/lib/http/define-operation";
import { createTeam } from "@/lib/catalog/teams/create-team";
import { findTeamPage } from "@/lib/catalog/teams/repository";
import { TEAM_BODY_BYTES, zCreateTeamInput, zTeamApiListQuery, zTeamOutput, zTeamPage } from "@/lib/catalog/teams/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/teams",
  operationId: "listTeams",
  summary: "List teams",
  description: "By name, with member counts and how many records each owns.",
  tag: "Teams",
  access: "catalog.read",
  query: zTeamApiListQuery,
  response: { status: 200, description: "A page of teams; pass `nextCursor` as `cursor` for the next.", schema: zTeamPage },
  handler: ({ db, query }) => findTeamPage(db, query),
});

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/teams",
  operationId: "createTeam",
  summary: "Create a team",
  description: "Admins only. The slug must be unused (409 otherwise).",
  tag: "Teams",
  access: "user.manage",
  body: zCreateTeamInput,
  byteLimit: TEAM_BODY_BYTES,
  response: { status: 201, description: "The new team.", schema: zTeamOutput },
  version: (team) => team.updatedAt,
  location: (team) => `/api/v1/teams/${team.slug}`,
  handler: ({ db, actor, body }) => createTeam(db, { actor, input: body }),
});
