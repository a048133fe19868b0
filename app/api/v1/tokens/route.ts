import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authorize } from "@/lib/auth/permissions";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { findApiTokensOfUser } from "@/lib/api-tokens/repository";
import { zCreateApiTokenInput } from "@/lib/api-tokens/schemas";

export const GET = apiRoute(async ({ actor, db }) => {
  authorize(actor, "token.manage");
  return Response.json({ items: await findApiTokensOfUser(db, actor.id) });
});

export const POST = apiRoute(async ({ request, actor, db }) => {
  authorize(actor, "token.manage");
  const input = await readJsonBody(request, zCreateApiTokenInput, { maxBytes: 4096 });
  return Response.json(await createApiToken(db, { actor, input }), { status: 201, headers: { "cache-control": "no-store" } });
});
