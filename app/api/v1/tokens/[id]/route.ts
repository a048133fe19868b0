import { defineOperation } from "@/lib/http/define-operation";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { zApiTokenIdParams, zApiTokenOutput } from "@/lib/api-tokens/schemas";

export const DELETE = defineOperation({
  method: "DELETE",
  path: "/api/v1/tokens/{id}",
  operationId: "revokeApiToken",
  summary: "Revoke an API token",
  description: "From now on the token answers 401. Admins may revoke anyone's token; others only their own.",
  tag: "API tokens",
  access: "token.manage",
  pathParams: zApiTokenIdParams,
  response: { status: 200, description: "The revoked token.", schema: zApiTokenOutput },
  handler: ({ db, actor, params }) => revokeApiToken(db, { actor, tokenId: params.id }),
});
