import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import type { ApiOperation } from "@/lib/api-docs/operation";

const API_DIR = join(import.meta.dirname, "../../../app/api");
const HTTP_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"];
/** next-auth's own sign-in endpoints: the library builds that handler, and they are not part of the API. */
const NOT_OPERATIONS = new Set(["auth/[...nextauth]/route.ts"]);

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === "route.ts" ? [relative(API_DIR, path)] : [];
  });
}

/** "v1/systems/[idOrSlug]/route.ts" -> "/api/v1/systems/{idOrSlug}" */
const templateOf = (file: string) => `/api/${file.replace(/\/?route\.ts$/, "").replace(/\[([^\]]+)\]/g, "{$1}")}`;

describe("every API route is one declared and documented operation", { timeout: 120_000 }, async () => {
  const { getOpenApiDocument } = await import("@/app/api/v1/openapi-document");
  const { GET: openApiRoute } = await import("@/app/api/v1/openapi.json/route");
  const document = getOpenApiDocument(openApiRoute.operation);
  const files = routeFiles(API_DIR).filter((file) => !NOT_OPERATIONS.has(file));

  it("finds the route files", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files)("%s", async (file) => {
    const routeModule = (await import(`@/app/api/${file.replace(/\.ts$/, "")}`)) as Record<string, unknown>;
    const handlers = HTTP_METHODS.filter((method) => method in routeModule);
    expect(handlers.length, "exports no handler").toBeGreaterThan(0);
    for (const method of handlers) {
      const operation = (routeModule[method] as { operation?: ApiOperation }).operation;
      expect(operation, `${method} is not built with defineOperation`).toBeDefined();
      expect(operation!.method, `${method} declares another method`).toBe(method.toLowerCase());
      expect(operation!.path, `${method} declares another path`).toBe(templateOf(file));
      const documented = document.paths[operation!.path]?.[operation!.method];
      expect(documented?.operationId, `${method} is not in the OpenAPI document`).toBe(operation!.operationId);
      // The authorization matrix is generated from x-permission: it must say what the handler checks first.
      expect(documented?.["x-permission"], `${method} documents another permission`).toBe(operation!.permission);
    }
  });
});
