import { describe, expect, it } from "vitest";
import { diffContracts } from "@/lib/contract-diff";
import { buildCase, OPENAPI_CASES, ORDERS_BASE } from "./openapi-cases";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- documents are arbitrary JSON
type Doc = any;

function reverseKeys(node: Doc): Doc {
  if (Array.isArray(node)) return node.map(reverseKeys);
  if (node && typeof node === "object")
    return Object.fromEntries(
      Object.entries(node)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  return node;
}

/** Replaces every local $ref by a copy of its target, keeping the reference only where it would recurse forever. */
function inlineRefs(doc: Doc): Doc {
  const lookup = (ref: string) =>
    ref
      .slice(2)
      .split("/")
      .reduce((node: Doc, key) => node[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
  const visit = (node: Doc, stack: string[]): Doc => {
    if (Array.isArray(node)) return node.map((item) => visit(item, stack));
    if (!node || typeof node !== "object") return node;
    if (typeof node.$ref === "string") return stack.includes(node.$ref) ? node : visit(lookup(node.$ref), [...stack, node.$ref]);
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, visit(v, stack)]));
  };
  return { ...visit({ ...doc, components: undefined }, []), components: doc.components };
}

const kinds = (changes: { kind: string; severity: string }[]) => [...new Set(changes.map((c) => `${c.kind}/${c.severity}`))].sort();

describe("diffContracts on OpenAPI", () => {
  it("has at least 60 before/after cases", () => {
    expect(OPENAPI_CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(OPENAPI_CASES.map((c) => [c.name, c] as const))("%s", (_name, testCase) => {
    const { base, revision } = buildCase(testCase);
    const diff = diffContracts(base, revision);
    const reported = diff.changes.map((c) => [c.kind, c.severity]);
    for (const expected of testCase.expect) expect(reported).toContainEqual(expected);
    if (testCase.expect.length === 0) expect(diff.changes).toEqual([]);
    expect(diff.breaking).toBe(testCase.breaking);
    for (const change of diff.changes) {
      expect(change.location.pointer).toMatch(/^\/paths\//);
      expect(change.message.length).toBeGreaterThan(10);
    }
  });

  it("finds no change between a document and itself (every case's revision too)", () => {
    expect(diffContracts(ORDERS_BASE, structuredClone(ORDERS_BASE)).changes).toEqual([]);
    for (const testCase of OPENAPI_CASES) {
      const { revision } = buildCase(testCase);
      expect(diffContracts(revision, structuredClone(revision)).changes, testCase.name).toEqual([]);
    }
  });

  it("gives the same changes whatever the key order", () => {
    for (const testCase of OPENAPI_CASES) {
      const { base, revision } = buildCase(testCase);
      expect(diffContracts(reverseKeys(base), reverseKeys(revision)).changes, testCase.name).toEqual(diffContracts(base, revision).changes);
    }
  });

  // Diffs every case three times over inlined documents: seconds of CPU on a loaded machine.
  it("gives the same verdict and kinds of change when references are inlined", { timeout: 30_000 }, () => {
    for (const testCase of OPENAPI_CASES) {
      const { base, revision } = buildCase(testCase);
      const referenced = diffContracts(base, revision);
      const inlined = diffContracts(inlineRefs(base), inlineRefs(revision));
      expect(inlined.breaking, testCase.name).toBe(referenced.breaking);
      expect(kinds(inlined.changes), testCase.name).toEqual(kinds(referenced.changes));
      // Inlining on one side only is also just a different spelling of the same contract.
      expect(diffContracts(base, inlineRefs(base)).changes, testCase.name).toEqual([]);
    }
  });

  it("locates a change by operation, side, schema pointer and field path", () => {
    const { base, revision } = buildCase(OPENAPI_CASES.find((c) => c.name === "nested response property removed")!);
    const change = diffContracts(base, revision).changes.find((c) => c.location.operation === "GET" && c.location.path === "/orders/{id}")!;
    expect(change.location).toEqual({
      path: "/orders/{id}",
      operation: "GET",
      side: "response",
      field: "customer.tax_region",
      pointer: "/paths/~1orders~1{id}/get/responses/200/content/application~1json/schema/properties/customer/properties/tax_region",
    });
    expect(change.message).toBe('GET /orders/{id}: the optional response property "customer.tax_region" was removed: readers that use it lose it.');
  });

  it("names the parameter of a parameter change", () => {
    const { base, revision } = buildCase(OPENAPI_CASES.find((c) => c.name === "parameter maximum decreased")!);
    const [change] = diffContracts(base, revision).changes;
    expect(change.location).toMatchObject({
      path: "/orders",
      operation: "GET",
      parameter: "query:limit",
      pointer: "/paths/~1orders/get/parameters/query/limit/schema",
    });
  });

  it("lists breaking changes first", () => {
    const revision = structuredClone(ORDERS_BASE);
    revision.paths["/customers"] = { get: { responses: { "200": { description: "ok" } } } };
    delete revision.paths["/orders/{id}"].delete;
    expect(diffContracts(ORDERS_BASE, revision).changes.map((c) => c.severity)).toEqual(["breaking", "non-breaking"]);
  });

  it("judges OpenAPI 3.0 nullable and boolean exclusive bounds", () => {
    const base = {
      openapi: "3.0.3",
      info: { title: "t", version: "1.0.0" },
      paths: {
        "/a": {
          post: {
            requestBody: { content: { "application/json": { schema: { type: "object", properties: { n: { type: "number", minimum: 0 } } } } } },
            responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object", properties: { s: { type: "string" } } } } } } },
          },
        },
      },
    };
    const revision = structuredClone(base);
    revision.paths["/a"].post.requestBody.content["application/json"].schema.properties.n = { type: "number", minimum: 0, exclusiveMinimum: true } as never;
    revision.paths["/a"].post.responses["200"].content["application/json"].schema.properties.s = { type: "string", nullable: true } as never;
    const diff = diffContracts(base, revision);
    expect(diff.changes.map((c) => [c.kind, c.severity])).toEqual([
      ["request-property-exclusive-min-set", "breaking"],
      ["response-property-became-nullable", "breaking"],
    ]);
  });

  it("survives a $ref that points nowhere and a reference chain that loops", () => {
    const base = structuredClone(ORDERS_BASE);
    base.components.schemas.Loop = { $ref: "#/components/schemas/Loop" };
    base.components.schemas.Order.properties.ghost = { $ref: "#/components/schemas/Missing" };
    base.components.schemas.Order.properties.loop = { $ref: "#/components/schemas/Loop" };
    expect(diffContracts(base, structuredClone(base)).changes).toEqual([]);
    const revision = structuredClone(base);
    revision.components.schemas.Order.properties.ghost = { $ref: "other.yaml#/Ghost" };
    expect(diffContracts(base, revision).changes.map((c) => c.kind)).toContain("response-property-schema-reference-changed");
  });
});
