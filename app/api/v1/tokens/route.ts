import { z } from "zod";
import { defineOperation } from "@/lib/http/define-operation";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { findApiTokensOfUser } from "@/lib/api-tokens/repository";
import { API_TOKEN_BODY_BYTES, zApiTokenOutput, zCreateApiTokenInput, zCreatedApiTokenOutput } from "@/lib/api-tokens/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/tokens",
  operationId: "listApiTokens",
  summary: "List your API tokens",
  description: "The caller's own tokens, live ones first. Secrets are never listed: only their first characters.",
  tag: "API tokens",
  access: "token.manage",
  response: { status: 200, description: "Your tokens.", schema: z.object({ items: z.array(zApiTokenOutput) }) },
  handler: async ({ db, actor }) => ({ items: await findApiTokensOfUser(db, actor.id) }),
});

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/tokens",
  operationId: "createApiToken",
  summary: "Create an API token",
  description:
    "Answers the secret once; only its SHA-256 hash is stored. A `read` token may only GET; `read_write` acts with all of your permissions; `decisions` may only call POST /api/v1/integrations/{idOrKey}/decisions. `signals:write` may only report signals; `metrics:read` may only scrape `/metrics`. Needs a signed-in session: a request authenticated by an API token is refused (403), so that a leaked token cannot mint a successor.",
  tag: "API tokens",
  access: "token.manage",
  // Otherwise a leaked token could mint itself a successor that outlives its expiry or revocation.
  sessionOnly: "Create API tokens in the portal (Settings › API tokens), signed in: a token cannot create tokens.",
  body: zCreateApiTokenInput,
  byteLimit: API_TOKEN_BODY_BYTES,
  response: { status: 201, description: "The token and, this once, its secret.", schema: zCreatedApiTokenOutput },
  handler: async ({ db, actor, body }) =>
    Response.json(zCreatedApiTokenOutput.parse(await createApiToken(db, { actor, input: body })), { status: 201, headers: { "cache-control": "no-store" } }),
});
