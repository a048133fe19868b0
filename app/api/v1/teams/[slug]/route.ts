import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";
import { etagOf, readIfMatch } from "@/lib/http/etag";
import { authorize, NotFoundError } from "@/lib/auth/permissions";
import { findTeamDetail } from "@/lib/catalog/teams/repository";
import { updateTeam } from "@/lib/catalog/teams/update-team";
import { zUpdateTeamInput } from "@/lib/catalog/teams/schemas";

export const GET = apiRoute<{ slug: string }>(async ({ actor, params, db }) => {
  authorize(actor, "catalog.read");
  const team = await findTeamDetail(db, params.slug);
  if (!team) throw new NotFoundError("The team");
  return Response.json(team, { headers: { etag: etagOf(team.updatedAt) } });
});

export const PATCH = apiRoute<{ slug: string }>(async ({ request, actor, params, db }) => {
  authorize(actor, "user.manage");
  const input = await readJsonBody(request, zUpdateTeamInput, { maxBytes: 8192 });
  const team = await updateTeam(db, { actor, slugOrId: params.slug, input, ifMatch: readIfMatch(request) });
  return Response.json(team, { headers: { etag: etagOf(team.updatedAt) } });
});
