import { defineOperation } from "@/lib/http/define-operation";
import { getOpenApiDocument } from "@/app/api/v1/openapi-document";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/openapi.json",
  operationId: "getOpenApiDocument",
  summary: "This API's OpenAPI document",
  tag: "Operations",
  access: "signed-in",
  response: { status: 200, description: "The OpenAPI 3.1 document, generated from the operations' declarations.", schema: null },
  handler: async (): Promise<Response> => Response.json(getOpenApiDocument(GET.operation), { headers: { "cache-control": "private, max-age=300" } }),
});
