import { describe, expect, it } from "vitest";
import { analyzeSpec, describeSpecIssue } from "@/lib/catalog/specs/analyze-spec";
import { buildDemoEnterprise } from "@/lib/seed/demo-enterprise";

const openApi = (extra: object = {}) => ({
  openapi: "3.1.0",
  info: { title: "Orders", version: "1.0.0" },
  paths: {
    "/orders/{id}": {
      get: {
        summary: "Read an order",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "The order", content: { "application/json": { schema: { $ref: "#/components/schemas/Order" } } } } },
      },
    },
  },
  components: { schemas: { Order: { type: "object", properties: { order_id: { type: "string" } }, required: ["order_id"] } } },
  ...extra,
});

describe("analyzeSpec", () => {
  // Compiles the official OpenAPI 3.0/3.1 and AsyncAPI 2/3 meta-schemas on first use (a few seconds of CPU).
  it("accepts every spec of the demo enterprise, JSON and YAML, of each kind", { timeout: 60_000 }, () => {
    const demo = buildDemoEnterprise({ passwordHash: "x", now: new Date("2026-01-01T00:00:00Z") });
    const typeOf = new Map(demo.contracts.map((contract) => [contract.id, contract.type]));
    const checked = new Set<string>();
    for (const version of demo.contractVersions) {
      const type = typeOf.get(version.contractId);
      if (!version.specText || !type || type === "other") continue;
      const result = analyzeSpec(version.specText, type);
      expect(result.ok ? [] : result.issues.map(describeSpecIssue), `${version.contractId} ${version.version}`).toEqual([]);
      checked.add(`${type}/${result.ok ? result.spec.format : ""}`);
    }
    expect([...checked].some((k) => k.startsWith("openapi"))).toBe(true);
    expect([...checked].some((k) => k.startsWith("asyncapi"))).toBe(true);
  });

  it("reports a JSON syntax error with its line and column", () => {
    const result = analyzeSpec('{\n  "openapi": "3.1.0",\n  "info": { "title": "x" ,, }\n}', "openapi");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ line: 3, column: 27 });
    expect(result.issues[0].message).toMatch(/Not valid JSON/);
  });

  it("reports a YAML syntax error with its line and column", () => {
    const result = analyzeSpec("openapi: 3.1.0\ninfo:\n  title: x\n  title: y\n", "openapi");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0].message).toMatch(/Not valid YAML/);
    expect(result.issues[0].line).toBe(4);
  });

  it("points at the JSON pointer and line of a structural error in JSON", () => {
    const document = openApi();
    (document.paths["/orders/{id}"].get.parameters[0] as { required?: boolean }).required = false;
    const result = analyzeSpec(JSON.stringify(document, null, 2), "openapi");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      pointer: "/paths/~1orders~1{id}/get/parameters/0/required",
      line: 15,
      message: 'A path parameter must say "required": true.',
    });
  });

  it("points at the line of a structural error in YAML, numeric keys included", () => {
    const yaml = [
      "openapi: 3.0.3",
      "info:",
      "  title: Orders",
      "  version: 1.0.0",
      "paths:",
      "  /orders:",
      "    get:",
      "      responses:",
      "        200:",
      "          content: {}",
    ].join("\n");
    const result = analyzeSpec(yaml, "openapi");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // The missing description is located at its parent, the 200 response (line 10, where its value starts).
    expect(result.issues[0]).toMatchObject({ pointer: "/paths/~1orders/get/responses/200/description", line: 10, column: 11 });
  });

  it("names a missing required field at its parent's position", () => {
    const result = analyzeSpec(JSON.stringify({ openapi: "3.0.3", info: { title: "x" }, paths: {} }), "openapi");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.pointer)).toEqual(["/info/version"]);
    expect(result.issues[0]).toMatchObject({ line: 1, column: 27 });
  });

  it("refuses a reference that does not exist, naming the $ref", () => {
    const document = openApi();
    document.components.schemas = {} as typeof document.components.schemas;
    const result = analyzeSpec(JSON.stringify(document), "openapi");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0].pointer).toBe("/paths/~1orders~1{id}/get/responses/200/content/application~1json/schema/$ref");
    expect(result.issues[0].message).toMatch(/#\/components\/schemas\/Order, which does not exist/);
  });

  it("refuses a document of another kind than the contract's, and Swagger 2.0", () => {
    const asAsync = analyzeSpec(JSON.stringify(openApi()), "asyncapi");
    expect(!asAsync.ok && asAsync.issues[0].message).toBe("This is an OpenAPI document, but the contract is AsyncAPI.");
    const swagger = analyzeSpec('{"swagger": "2.0", "info": {}}', "openapi");
    expect(!swagger.ok && swagger.issues[0].message).toMatch(/Swagger 2.0 is not supported/);
    const unsupported = analyzeSpec(JSON.stringify(openApi({ openapi: "4.0.0" })), "openapi");
    expect(!unsupported.ok && unsupported.issues[0]).toMatchObject({ pointer: "/openapi", message: expect.stringMatching(/use 3.0.x or 3.1.x/) });
  });

  it("checks schemas inside components and JSON Schema documents", () => {
    const bad = openApi();
    bad.components.schemas.Order = { type: "text", properties: {}, required: "order_id" } as unknown as typeof bad.components.schemas.Order;
    const result = analyzeSpec(JSON.stringify(bad), "openapi");
    expect(result.ok ? [] : result.issues.map((i) => i.pointer)).toEqual(["/components/schemas/Order/type", "/components/schemas/Order/required"]);
    const schema = analyzeSpec('{"type": "object", "properties": {"a": {"type": "strin"}}}', "json_schema");
    expect(schema.ok ? null : schema.issues[0]).toMatchObject({ pointer: "/properties/a/type", line: 1, column: 49 });
  });

  it("validates AsyncAPI 2 and 3 structure", () => {
    const v2 = analyzeSpec(JSON.stringify({ asyncapi: "2.6.0", info: { title: "t", version: "1" } }), "asyncapi");
    expect(v2.ok ? null : v2.issues[0].pointer).toBe("/channels");
    const v3 = analyzeSpec(
      JSON.stringify({
        asyncapi: "3.0.0",
        info: { title: "t", version: "1" },
        channels: { c: { address: "a" } },
        operations: { o: { action: "emit", channel: { $ref: "#/channels/c" } } },
      }),
      "asyncapi",
    );
    expect(v3.ok ? null : v3.issues[0].pointer).toBe("/operations/o/action");
  });

  it("refuses an empty document", () => {
    expect(analyzeSpec("  \n", "json_schema").ok).toBe(false);
  });
});

describe("analyzeSpec on hostile input", () => {
  it("refuses a pathologically deep document instead of crashing", () => {
    const depth = 200_000;
    const result = analyzeSpec(`{"type": "object", "properties": {"a": ${"[".repeat(depth)}${"]".repeat(depth)}}}`, "json_schema");
    expect(result.ok).toBe(false);
  });
});
