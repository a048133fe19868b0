import { z } from "zod";
import type { ApiOperation } from "@/lib/api-docs/operation";
import { zApiTokenIdParams, zApiTokenOutput, zCreateApiTokenInput, zCreatedApiTokenOutput } from "@/lib/api-tokens/schemas";

export const apiTokenOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/tokens",
    operationId: "listApiTokens",
    summary: "List your API tokens",
    description: "The caller's own tokens, live ones first. Secrets are never listed: only their first characters.",
    tag: "API tokens",
    permission: "token.manage",
    responses: { 200: { description: "Your tokens.", schema: z.object({ items: z.array(zApiTokenOutput) }) } },
  },
  {
    method: "post",
    path: "/api/v1/tokens",
    operationId: "createApiToken",
    summary: "Create an API token",
    description: "Answers the secret once; only its SHA-256 hash is stored. A `read` token may only GET; `read_write` acts with all of your permissions. Needs a signed-in session: a request authenticated by an API token is refused (403), so that a leaked token cannot mint a successor.",
    tag: "API tokens",
    permission: "token.manage",
    body: zCreateApiTokenInput,
    responses: { 201: { description: "The token and, this once, its secret.", schema: zCreatedApiTokenOutput } },
  },
  {
    method: "delete",
    path: "/api/v1/tokens/{id}",
    operationId: "revokeApiToken",
    summary: "Revoke an API token",
    description: "From now on the token answers 401. Admins may revoke anyone's token; others only their own.",
    tag: "API tokens",
    permission: "token.manage",
    pathParams: zApiTokenIdParams,
    responses: { 200: { description: "The revoked token.", schema: zApiTokenOutput } },
  },
];
