import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";
import { HttpError } from "@/lib/http/http-error";
import { validationProblem } from "@/lib/http/problem-details";
import { etagOf } from "@/lib/http/etag";
import { authorize } from "@/lib/auth/permissions";
import { createTeam } from "@/lib/catalog/teams/create-team";
import { findTeamPage } from "@/lib/catalog/teams/repository";
import { zCreateTeamInput, zTeamApiListQuery } from "@/lib/catalog/teams/schemas";

export const GET = apiRoute(async ({ request, actor, db }) => {
  authorize(actor, "catalog.read");
  const parsed = zTeamApiListQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new HttpError(validationProblem(parsed.error, "query"));
  return Response.json(await findTeamPage(db, parsed.data));
});

export const POST = apiRoute(async ({ request, actor, db }) => {
  authorize(actor, "user.manage");
  const input = await readJsonBody(request, zCreateTeamInput, { maxBytes: 8192 });
  const team = await createTeam(db, { actor, input });
  return Response.json(team, { status: 201, headers: { location: `/api/v1/teams/${team.slug}`, etag: etagOf(team.updatedAt) } });
});
