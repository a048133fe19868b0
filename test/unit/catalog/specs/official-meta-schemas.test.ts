import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { analyzeSpec, type AnalyzeSpecResult } from "@/lib/catalog/specs/analyze-spec";

// The first use of each official meta-schema compiles it (seconds of CPU on a busy machine).
const BUDGET = { timeout: 60_000 };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- documents are arbitrary JSON, mutated per case
type Doc = any;

const openApi = (version: string): Doc => ({
  openapi: version,
  info: { title: "Orders", version: "1.0.0" },
  servers: [{ url: "https://api.example.com" }],
  paths: {
    "/orders/{id}": {
      get: {
        operationId: "getOrder",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "The order", content: { "application/json": { schema: { $ref: "#/components/schemas/Order" } } } } },
      },
    },
  },
  components: {
    schemas: { Order: { type: "object", properties: { id: { type: "string" } } } },
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
  },
});

const issuesOf = (result: AnalyzeSpecResult) => (result.ok ? [] : result.issues.map(({ pointer, message }) => ({ pointer, message })));

const ISSUE_13_SPECS: { name: string; mutate: (doc: Doc) => void; expected: { pointer: string; message: RegExp }[] }[] = [
  {
    name: "a server without url",
    mutate: (doc) => (doc.servers = [{ description: "Production" }]),
    expected: [{ pointer: "/servers/0/url", message: /^Missing "url"\.$/ }],
  },
  {
    name: "a path parameter that matches no template and has no schema",
    mutate: (doc) => doc.paths["/orders/{id}"].get.parameters.push({ name: "orderId", in: "path", required: true }),
    expected: [
      { pointer: "/paths/~1orders~1{id}/get/parameters/1", message: /^Give one of "schema", "content"\.$/ },
      { pointer: "/paths/~1orders~1{id}/get/parameters/1/name", message: /"orderId" matches no \{orderId\} in the path "\/orders\/\{id\}"/ },
    ],
  },
  {
    name: "type: strin",
    mutate: (doc) => (doc.components.schemas.Order.properties.id.type = "strin"),
    expected: [
      {
        pointer: "/components/schemas/Order/properties/id/type",
        message: /^"strin" is not allowed here: use one of "array", "boolean", "integer", (?:"null", )?"number", "object", "string"\.$/,
      },
    ],
  },
  {
    name: "a duplicate operationId",
    mutate: (doc) => (doc.paths["/orders"] = { post: { operationId: "getOrder", responses: { "201": { description: "Created" } } } }),
    expected: [{ pointer: "/paths/~1orders/post/operationId", message: /operationId "getOrder" is already used by GET \/orders\/\{id\}/ }],
  },
  {
    name: "a security scheme without type",
    mutate: (doc) => delete doc.components.securitySchemes.bearer.type,
    expected: [{ pointer: "/components/securitySchemes/bearer/type", message: /^Missing "type"\.$/ }],
  },
];

describe("OpenAPI documents against the official meta-schemas (issue 13)", BUDGET, () => {
  for (const version of ["3.0.3", "3.1.0"]) {
    it(`accepts a valid OpenAPI ${version} document`, () => {
      expect(issuesOf(analyzeSpec(JSON.stringify(openApi(version)), "openapi"))).toEqual([]);
    });

    for (const { name, mutate, expected } of ISSUE_13_SPECS) {
      it(`refuses ${name} in OpenAPI ${version}, as JSON and as YAML, naming the pointer`, () => {
        const doc = openApi(version);
        mutate(doc);
        for (const text of [JSON.stringify(doc, null, 2), stringify(doc)]) {
          const issues = issuesOf(analyzeSpec(text, "openapi"));
          expect(issues).toHaveLength(expected.length);
          expected.forEach((want, index) => expect(issues[index]).toEqual({ pointer: want.pointer, message: expect.stringMatching(want.message) }));
        }
      });
    }

    it(`refuses a path variable that no parameter declares, and a $ref to nothing, in OpenAPI ${version}`, () => {
      const doc = openApi(version);
      doc.paths["/orders/{id}/lines/{line}"] = {
        get: {
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": { description: "Lines", content: { "application/json": { schema: { $ref: "#/components/schemas/Line" } } } } },
        },
      };
      expect(issuesOf(analyzeSpec(JSON.stringify(doc), "openapi"))).toEqual([
        {
          pointer: "/paths/~1orders~1{id}~1lines~1{line}/get",
          message: 'The path names {line}, but GET /orders/{id}/lines/{line} declares no path parameter "line".',
        },
        {
          pointer: "/paths/~1orders~1{id}~1lines~1{line}/get/responses/200/content/application~1json/schema/$ref",
          message: '"$ref" points at #/components/schemas/Line, which does not exist in this document.',
        },
      ]);
    });

    it(`accepts a path parameter declared once for the whole path item in OpenAPI ${version}`, () => {
      const doc = openApi(version);
      const item = doc.paths["/orders/{id}"];
      item.parameters = item.get.parameters;
      delete item.get.parameters;
      expect(issuesOf(analyzeSpec(JSON.stringify(doc), "openapi"))).toEqual([]);
    });

    it(`names an unknown field where it is written in OpenAPI ${version}`, () => {
      const doc = openApi(version);
      doc.paths["/orders/{id}"].get.sumary = "Read one order";
      expect(issuesOf(analyzeSpec(JSON.stringify(doc), "openapi"))).toEqual([
        { pointer: "/paths/~1orders~1{id}/get/sumary", message: '"sumary" is not allowed here.' },
      ]);
    });
  }

  it("hands back the document it read with the issues, so a stored version that fails a newer rule can still be shown", () => {
    const doc = openApi("3.1.0");
    doc.servers = [{ description: "Production" }];
    const refused = analyzeSpec(JSON.stringify(doc), "openapi");
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.document).toEqual(doc);
    const otherKind = analyzeSpec(JSON.stringify(doc), "asyncapi");
    expect(!otherKind.ok && otherKind.document).toBeUndefined();
  });

  it("shows a problem inside a YAML merged base on the line where the base writes it", () => {
    const yaml = [
      "openapi: 3.1.0", // 1
      "info: {title: Orders, version: 1.0.0}", // 2
      "x-audit: &audit", // 3
      "  created_at: {type: strin}", // 4
      "components:", // 5
      "  schemas:", // 6
      "    Order:", // 7
      "      type: object", // 8
      "      properties:", // 9
      "        <<: *audit", // 10
    ].join("\n");
    const result = analyzeSpec(yaml, "openapi");
    expect(result.ok ? [] : result.issues.map(({ pointer, line }) => ({ pointer, line }))).toContainEqual({
      pointer: "/components/schemas/Order/properties/created_at/type",
      line: 4,
    });
  });
});

describe("AsyncAPI documents against the official meta-schemas", BUDGET, () => {
  const asyncApi2: Doc = {
    asyncapi: "2.6.0",
    info: { title: "Shipments", version: "1.0.0" },
    channels: {
      shipped: { subscribe: { operationId: "onShipped", message: { payload: { type: "object" } } } },
      returned: { subscribe: { operationId: "onReturned", message: { payload: { type: "object" } } } },
    },
  };
  const asyncApi3: Doc = {
    asyncapi: "3.0.0",
    info: { title: "Shipments", version: "1.0.0" },
    channels: { shipped: { address: "shipments.shipped", messages: { shipped: { payload: { type: "object" } } } } },
    operations: { onShipped: { action: "receive", channel: { $ref: "#/channels/shipped" } } },
  };

  it("accepts valid AsyncAPI 2.6 and 3.0 documents", () => {
    expect(issuesOf(analyzeSpec(JSON.stringify(asyncApi2), "asyncapi"))).toEqual([]);
    expect(issuesOf(analyzeSpec(JSON.stringify(asyncApi3), "asyncapi"))).toEqual([]);
  });

  it("refuses a duplicate operationId across AsyncAPI 2 channels, and type: strin in a payload", () => {
    const doc = structuredClone(asyncApi2);
    doc.channels.returned.subscribe.operationId = "onShipped";
    doc.channels.shipped.subscribe.message.payload.type = "strin";
    expect(issuesOf(analyzeSpec(JSON.stringify(doc), "asyncapi"))).toEqual([
      { pointer: "/channels/shipped/subscribe/message/payload/type", message: expect.stringMatching(/^"strin" is not allowed here/) },
      {
        pointer: "/channels/returned/subscribe/operationId",
        message: expect.stringMatching(/operationId "onShipped" is already used by subscribe on shipped/),
      },
    ]);
  });

  it("refuses an AsyncAPI 3 operation whose action is not send or receive, and an unknown version", () => {
    const doc = structuredClone(asyncApi3);
    doc.operations.onShipped.action = "emit";
    expect(issuesOf(analyzeSpec(JSON.stringify(doc), "asyncapi"))).toEqual([
      { pointer: "/operations/onShipped/action", message: '"emit" is not allowed here: use one of "send", "receive".' },
    ]);
    expect(issuesOf(analyzeSpec(JSON.stringify({ ...asyncApi3, asyncapi: "4.0.0" }), "asyncapi"))).toEqual([
      { pointer: "/asyncapi", message: expect.stringMatching(/not supported/) },
    ]);
  });
});

describe("JSON Schema documents against their dialect's meta-schema", BUDGET, () => {
  it("checks 2020-12 by default and the dialect $schema names", () => {
    for (const $schema of [
      undefined,
      "http://json-schema.org/draft-04/schema#",
      "http://json-schema.org/draft-07/schema#",
      "https://json-schema.org/draft/2019-09/schema",
      "https://json-schema.org/draft/2020-12/schema",
    ]) {
      const doc = { $schema, type: "object", properties: { a: { type: "strin" } } };
      expect(issuesOf(analyzeSpec(JSON.stringify(doc), "json_schema")), String($schema)).toEqual([
        { pointer: "/properties/a/type", message: expect.stringMatching(/^"strin" is not allowed here/) },
      ]);
    }
  });

  it("resolves references to $anchor names and refuses an unknown dialect", () => {
    const anchored = { $defs: { id: { $anchor: "identifier", type: "string" } }, type: "object", properties: { a: { $ref: "#identifier" } } };
    expect(issuesOf(analyzeSpec(JSON.stringify(anchored), "json_schema"))).toEqual([]);
    expect(issuesOf(analyzeSpec(JSON.stringify({ ...anchored, properties: { a: { $ref: "#nothing" } } }), "json_schema"))).toEqual([
      { pointer: "/properties/a/$ref", message: expect.stringMatching(/#nothing, which does not exist/) },
    ]);
    expect(issuesOf(analyzeSpec(JSON.stringify({ $schema: "https://example.com/my-dialect", type: "object" }), "json_schema"))).toEqual([
      { pointer: "/$schema", message: expect.stringMatching(/dialect this portal does not know/) },
    ]);
  });
});
