import { apiRoute } from "@/lib/http/api-route";
import { getOpenApiDocument } from "@/lib/api-docs/get-openapi-document";

export const GET = apiRoute(async () => Response.json(getOpenApiDocument(), { headers: { "cache-control": "private, max-age=300" } }));
