import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildOpenApiDocument, type OpenApiDocument } from "@/lib/api-docs/openapi-document";
import type { ApiOperation } from "@/lib/api-docs/operation";

const HTTP_METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** Structural checks of OpenAPI 3.1 that matter to tools reading the document. Returns the violations. */
function openApiViolations(document: OpenApiDocument): string[] {
  const problems: string[] = [];
  const json = JSON.parse(JSON.stringify(document)) as Record<string, unknown> & OpenApiDocument;
  if (json.openapi !== "3.1.0") problems.push("openapi must be 3.1.0");
  if (typeof json.info?.title !== "string" || typeof json.info?.version !== "string") problems.push("info.title and info.version are required");
  const operationIds = new Set<string>();
  for (const [path, item] of Object.entries(json.paths)) {
    if (!path.startsWith("/")) problems.push(`path ${path} must start with /`);
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const [method, operation] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method)) problems.push(`${path}: ${method} is not an HTTP method`);
      if (operationIds.has(operation.operationId)) problems.push(`duplicate operationId ${operation.operationId}`);
      operationIds.add(operation.operationId);
      if (!operation.responses || Object.keys(operation.responses).length === 0) problems.push(`${method} ${path}: no responses`);
      for (const status of Object.keys(operation.responses))
        if (!/^([1-5]\d\d|[1-5]XX|default)$/.test(status)) problems.push(`${method} ${path}: bad status ${status}`);
      const pathParams = (operation.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name);
      for (const name of templated) if (!pathParams.includes(name)) problems.push(`${method} ${path}: path parameter {${name}} is not declared`);
      for (const p of operation.parameters ?? []) {
        if (p.in === "path" && !p.required) problems.push(`${method} ${path}: path parameter ${p.name} must be required`);
        if (!["path", "query", "header", "cookie"].includes(p.in)) problems.push(`${method} ${path}: bad parameter location`);
      }
      for (const requirement of operation.security ?? json.security) {
        for (const scheme of Object.keys(requirement)) if (!(scheme in json.components.securitySchemes)) problems.push(`unknown security scheme ${scheme}`);
      }
    }
  }
  // Every $ref must resolve inside the document.
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        if (key === "$ref" && typeof child === "string") {
          const target = child
            .replace(/^#\//, "")
            .split("/")
            .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], json);
          if (target === undefined) problems.push(`unresolved $ref ${child}`);
        } else walk(child);
      }
    }
  };
  walk(json);
  return problems;
}

describe("the API's OpenAPI document", { timeout: 120_000 }, async () => {
  const { getOpenApiDocument } = await import("@/app/api/v1/openapi-document");
  const { GET: openApiRoute } = await import("@/app/api/v1/openapi.json/route");
  const document = getOpenApiDocument(openApiRoute.operation);
  const operations = Object.values(document.paths).flatMap((item) => Object.values(item));

  it("is structurally valid OpenAPI 3.1", () => {
    expect(openApiViolations(document)).toEqual([]);
  });

  it("contains every declared operation, and the existing endpoints", () => {
    expect(operations.length).toBeGreaterThan(70);
    for (const path of ["/api/v1/me", "/api/v1/overview", "/api/v1/health", "/api/v1/users/{id}", "/api/v1/tokens", "/api/v1/tokens/{id}", "/api/v1/audit"]) {
      expect(Object.keys(document.paths)).toContain(path);
    }
  });

  it("documents both security schemes, problem details, and the health probe as public", () => {
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(["bearerToken", "sessionCookie"]);
    expect(document.components.responses.Problem422.content).toHaveProperty("application/problem+json");
    expect(document.paths["/api/v1/health"].get.security).toEqual([]);
    expect(document.paths["/api/v1/me"].get.responses["401"]).toEqual({ $ref: "#/components/responses/Problem401" });
  });

  it("generates request bodies and parameters from the zod schemas, dates as date-time strings", () => {
    const create = document.paths["/api/v1/tokens"].post;
    const body = create.requestBody!.content["application/json"].schema as { properties: Record<string, { enum?: string[] }>; required: string[] };
    expect(body.properties.scope.enum).toEqual(["read", "read_write", "decisions", "signals:write", "metrics:read"]);
    expect(body.required).toEqual(expect.arrayContaining(["name", "scope"]));
    const audit = document.paths["/api/v1/audit"].get;
    expect(audit.parameters?.find((p) => p.name === "from")?.schema).toMatchObject({ type: "string", format: "date-time" });
    expect(audit.parameters?.find((p) => p.name === "limit")?.required).toBe(false);
  });

  it("adds ETag and If-Match where an operation is conditional, and refuses two operations on one route", () => {
    const update: ApiOperation = {
      method: "patch",
      path: "/api/v1/things/{id}",
      operationId: "updateThing",
      summary: "Update",
      tag: "Things",
      conditional: true,
      pathParams: z.object({ id: z.string() }),
      body: z.object({ name: z.string() }),
      responses: { 200: { description: "ok", schema: z.object({ name: z.string() }) } },
    };
    const doc = buildOpenApiDocument([update]);
    const op = doc.paths["/api/v1/things/{id}"].patch;
    expect(op.parameters?.some((p) => p.in === "header" && p.name === "If-Match")).toBe(true);
    expect(op.responses["412"]).toBeDefined();
    expect((op.responses["200"] as { headers?: object }).headers).toHaveProperty("ETag");
    expect(openApiViolations(doc)).toEqual([]);
    expect(() => buildOpenApiDocument([update, update])).toThrow(/Two API operations/);
  });

  it("catches what the validator is for (a broken document is reported)", () => {
    const broken = buildOpenApiDocument([
      { method: "get", path: "/api/v1/x/{id}", operationId: "x", summary: "x", tag: "X", responses: { 200: { description: "ok", schema: null } } },
    ]);
    expect(openApiViolations(broken)).toContain("get /api/v1/x/{id}: path parameter {id} is not declared");
  });
});
