import { apiRoute } from "@/lib/http/api-route";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";

export const DELETE = apiRoute<{ id: string }>(async ({ actor, params, db }) =>
  Response.json(await revokeApiToken(db, { actor, tokenId: params.id })),
);
