import { buildOpenApiDocument, type OpenApiDocument } from "@/lib/api-docs/openapi-document";
import { API_OPERATIONS } from "@/lib/api-docs/operations";

let built: OpenApiDocument | undefined;

/** The document changes only with the code, so it is generated once per server process. */
export function getOpenApiDocument(): OpenApiDocument {
  built ??= buildOpenApiDocument(API_OPERATIONS);
  return built;
}
