import { apiRoute } from "@/lib/http/api-route";
import { HttpError } from "@/lib/http/http-error";
import { problem } from "@/lib/http/problem-details";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authorize } from "@/lib/auth/permissions";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { findApiTokensOfUser } from "@/lib/api-tokens/repository";
import { zCreateApiTokenInput } from "@/lib/api-tokens/schemas";

export const GET = apiRoute(async ({ actor, db }) => {
  authorize(actor, "token.manage");
  return Response.json({ items: await findApiTokensOfUser(db, actor.id) });
});

export const POST = apiRoute(async ({ request, actor, credential, db }) => {
  authorize(actor, "token.manage");
  // Otherwise a leaked token could mint itself a successor that outlives its expiry or revocation.
  if (credential === "api_token") throw new HttpError(problem(403, "Create API tokens in the portal (Settings › API tokens), signed in: a token cannot create tokens."));
  const input = await readJsonBody(request, zCreateApiTokenInput, { maxBytes: 4096 });
  return Response.json(await createApiToken(db, { actor, input }), { status: 201, headers: { "cache-control": "no-store" } });
});
