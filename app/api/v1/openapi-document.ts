import type { ApiOperation } from "@/lib/api-docs/operation";
import { buildOpenApiDocument, type OpenApiDocument } from "@/lib/api-docs/openapi-document";
import { API_OPERATIONS } from "@/lib/api-docs/operations";
import * as integrations from "@/app/api/v1/integrations/route";
import * as integration from "@/app/api/v1/integrations/[idOrKey]/route";
import * as integrationArchive from "@/app/api/v1/integrations/[idOrKey]/archive/route";
import * as integrationExport from "@/app/api/v1/integrations/export/route";
import * as integrationImport from "@/app/api/v1/integrations/import/route";
import * as systems from "@/app/api/v1/systems/route";
import * as system from "@/app/api/v1/systems/[idOrSlug]/route";
import * as systemArchive from "@/app/api/v1/systems/[idOrSlug]/archive/route";

type RouteModule = Readonly<Record<string, unknown>>;

/**
 * Every route module of the API, in the order the docs show them, except the OpenAPI route itself (it passes its
 * own operation in, so that no module imports itself). A new route.ts adds one line here; a test walks app/api
 * and fails on a handler not declared with `defineOperation` or missing from the document.
 */
const API_ROUTE_MODULES: readonly RouteModule[] = [
  integrations,
  integration,
  integrationArchive,
  integrationExport,
  integrationImport,
  systems,
  system,
  systemArchive,
];

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** The operations a route module declares, one per HTTP method it exports. */
export function operationsOf(module: RouteModule): ApiOperation[] {
  return HTTP_METHODS.flatMap((method) => {
    const operation = (module[method] as { operation?: ApiOperation } | undefined)?.operation;
    return operation ? [operation] : [];
  });
}

let built: OpenApiDocument | undefined;

/** The document changes only with the code, so it is generated once per server process. */
export function getOpenApiDocument(openApiOperation: ApiOperation): OpenApiDocument {
  built ??= buildOpenApiDocument([...API_ROUTE_MODULES.flatMap(operationsOf), openApiOperation, ...API_OPERATIONS]);
  return built;
}
