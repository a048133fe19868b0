import { describe, expect, it } from "vitest";
import { diffContracts, type ChangeSeverity, type LifecyclePolicy } from "@/lib/contract-diff";

// Issue #13 listed families of changes the engine did not compare at all: each case here reported zero changes
// before. The severities are decision 010's.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the cases edit arbitrary parts of a document
type Doc = any;

/** One operation with a query parameter, a request body and a response, all schemas inline. */
function api(): Doc {
  return {
    openapi: "3.1.0",
    info: { title: "Families", version: "1.0.0" },
    components: {
      securitySchemes: {
        oauth: {
          type: "oauth2",
          flows: { clientCredentials: { tokenUrl: "https://auth.example/token", scopes: { "items:read": "read", "items:write": "write" } } },
        },
        key: { type: "apiKey", in: "header", name: "X-Api-Key" },
        bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" },
      },
    },
    security: [{ oauth: ["items:write"] }],
    paths: {
      "/items": {
        post: {
          operationId: "createItem",
          parameters: [{ name: "tags", in: "query", schema: { type: "array", items: { type: "string" } } }],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["name"],
                  properties: {
                    name: { type: "string" },
                    colour: { type: "string", default: "red" },
                    sizes: { type: "array", items: { type: "integer" } },
                    kind: { type: "string", "x-extensible-enum": ["a", "b"] },
                    attributes: { type: "object" },
                    payload: { type: "string" },
                  },
                },
              },
            },
          },
          responses: {
            "201": {
              description: "created",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["id"],
                    properties: {
                      id: { type: "string" },
                      secret: { type: "string" },
                      status: { type: "string", "x-extensible-enum": ["new", "done"] },
                      tags: { type: "array", items: { type: "string" } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  };
}

const op = (d: Doc) => d.paths["/items"].post;
const req = (d: Doc) => op(d).requestBody.content["application/json"].schema;
const res = (d: Doc) => op(d).responses["201"].content["application/json"].schema;

interface Case {
  name: string;
  base?: (d: Doc) => void;
  revision: (d: Doc) => void;
  expect: Array<[string, ChangeSeverity]>;
  lifecycle?: LifecyclePolicy;
}

const NOW = new Date("2026-12-03T00:00:00Z");

const CASES: Case[] = [
  // JSON Schema 2020-12 / OpenAPI 3.1 keywords
  {
    name: "prefixItems position removed from a request",
    base: (d) => (req(d).properties.sizes.prefixItems = [{ type: "integer" }, { type: "integer" }]),
    revision: (d) => (req(d).properties.sizes.prefixItems = [{ type: "integer" }]),
    expect: [["request-property-prefix-items-removed", "breaking"]],
  },
  {
    name: "prefixItems position type changed",
    base: (d) => (res(d).properties.tags.prefixItems = [{ type: "string" }]),
    revision: (d) => (res(d).properties.tags.prefixItems = [{ type: "integer" }]),
    expect: [["response-property-type-changed", "breaking"]],
  },
  {
    name: "contains added to a request array",
    revision: (d) => (req(d).properties.sizes.contains = { minimum: 10 }),
    expect: [["request-property-contains-added", "breaking"]],
  },
  {
    name: "minContains raised",
    base: (d) => Object.assign(req(d).properties.sizes, { contains: { minimum: 10 }, minContains: 1 }),
    revision: (d) => Object.assign(req(d).properties.sizes, { contains: { minimum: 10 }, minContains: 2 }),
    expect: [["request-property-min-contains-increased", "breaking"]],
  },
  {
    name: "maxContains raised in a response",
    base: (d) => Object.assign(res(d).properties.tags, { contains: { const: "x" }, maxContains: 1 }),
    revision: (d) => Object.assign(res(d).properties.tags, { contains: { const: "x" }, maxContains: 3 }),
    expect: [["response-property-max-contains-increased", "breaking"]],
  },
  {
    name: "dependentRequired added",
    revision: (d) => (req(d).dependentRequired = { colour: ["sizes"] }),
    expect: [["request-body-dependent-required-added", "breaking"]],
  },
  {
    name: "dependentSchemas entry added",
    revision: (d) => (req(d).dependentSchemas = { colour: { required: ["kind"] } }),
    expect: [["request-body-dependent-schema-added", "breaking"]],
  },
  {
    name: "patternProperties entry added to a request object",
    revision: (d) => (req(d).properties.attributes.patternProperties = { "^x-": { type: "string" } }),
    expect: [["request-property-pattern-property-added", "breaking"]],
  },
  {
    name: "patternProperties entry tightened",
    base: (d) => (req(d).properties.attributes.patternProperties = { "^x-": { type: "string" } }),
    revision: (d) => (req(d).properties.attributes.patternProperties = { "^x-": { type: "string", maxLength: 5 } }),
    expect: [["request-property-max-length-set", "breaking"]],
  },
  {
    name: "propertyNames added",
    revision: (d) => (req(d).properties.attributes.propertyNames = { pattern: "^[a-z]+$" }),
    expect: [["request-property-property-names-added", "breaking"]],
  },
  {
    name: "unevaluatedProperties closed",
    revision: (d) => (req(d).unevaluatedProperties = false),
    expect: [["request-body-unevaluated-properties-added", "breaking"]],
  },
  {
    name: "unevaluatedItems opened in a response",
    base: (d) => (res(d).properties.tags.unevaluatedItems = false),
    revision: () => {},
    expect: [["response-property-unevaluated-items-removed", "breaking"]],
  },
  {
    name: "if/then added",
    revision: (d) => Object.assign(req(d), { if: { properties: { kind: { const: "a" } } }, then: { required: ["colour"] } }),
    expect: [
      ["request-body-if-added", "breaking"],
      ["request-body-then-added", "breaking"],
    ],
  },
  {
    name: "if condition changed",
    base: (d) => Object.assign(req(d), { if: { properties: { kind: { const: "a" } } }, then: { required: ["colour"] } }),
    revision: (d) => Object.assign(req(d), { if: { properties: { kind: { const: "b" } } }, then: { required: ["colour"] } }),
    expect: [["request-body-if-changed", "warning"]],
  },
  {
    name: "else removed from a response",
    base: (d) => Object.assign(res(d), { if: { required: ["secret"] }, else: { required: ["status"] } }),
    revision: (d) => Object.assign(res(d), { if: { required: ["secret"] } }),
    expect: [["response-body-else-removed", "breaking"]],
  },
  { name: "not added", revision: (d) => (req(d).properties.name.not = { const: "" }), expect: [["request-property-not-added", "breaking"]] },
  {
    name: "not changed",
    base: (d) => (req(d).properties.name.not = { const: "" }),
    revision: (d) => (req(d).properties.name.not = { const: "-" }),
    expect: [["request-property-not-changed", "warning"]],
  },
  {
    name: "const added to a request property",
    revision: (d) => (req(d).properties.payload.const = "v1"),
    expect: [["request-property-const-added", "breaking"]],
  },
  {
    name: "const changed in a response",
    base: (d) => (res(d).properties.status.const = "new"),
    revision: (d) => (res(d).properties.status.const = "open"),
    expect: [["response-property-const-changed", "breaking"]],
  },
  {
    name: "const removed from a response",
    base: (d) => (res(d).properties.status.const = "new"),
    revision: () => {},
    expect: [["response-property-const-removed", "breaking"]],
  },
  {
    name: "contentMediaType set",
    revision: (d) => (req(d).properties.payload.contentMediaType = "application/json"),
    expect: [["request-property-content-media-type-changed", "breaking"]],
  },
  {
    name: "contentEncoding changed in a response",
    base: (d) => (res(d).properties.secret.contentEncoding = "base64"),
    revision: (d) => (res(d).properties.secret.contentEncoding = "base32"),
    expect: [["response-property-content-encoding-changed", "breaking"]],
  },
  {
    name: "contentSchema added",
    revision: (d) => Object.assign(req(d).properties.payload, { contentMediaType: "application/json", contentSchema: { type: "object" } }),
    expect: [["request-property-content-schema-added", "breaking"]],
  },

  // readOnly / writeOnly
  {
    name: "a required request property became readOnly",
    revision: (d) => (req(d).properties.name.readOnly = true),
    expect: [["request-required-property-became-read-only", "warning"]],
  },
  {
    name: "an optional request property became readOnly",
    revision: (d) => (req(d).properties.colour.readOnly = true),
    expect: [["request-optional-property-became-read-only", "warning"]],
  },
  {
    name: "a required readOnly property became writable",
    base: (d) => (req(d).properties.name.readOnly = true),
    revision: () => {},
    expect: [["request-required-property-became-non-read-only", "breaking"]],
  },
  {
    name: "a required response property became writeOnly",
    revision: (d) => (res(d).properties.id.writeOnly = true),
    expect: [["response-required-property-became-write-only", "breaking"]],
  },
  {
    name: "an optional response property became writeOnly",
    revision: (d) => (res(d).properties.secret.writeOnly = true),
    expect: [["response-optional-property-became-write-only", "breaking"]],
  },

  // parameter serialisation and defaults
  { name: "parameter explode turned off", revision: (d) => (op(d).parameters[0].explode = false), expect: [["request-parameter-explode-changed", "breaking"]] },
  {
    name: "parameter style spelled out as its default is no change",
    revision: (d) => Object.assign(op(d).parameters[0], { style: "form", explode: true }),
    expect: [],
  },
  {
    name: "parameter no longer accepts an empty value",
    base: (d) => (op(d).parameters[0].allowEmptyValue = true),
    revision: () => {},
    expect: [["request-parameter-became-not-allow-empty-value", "breaking"]],
  },
  {
    name: "parameter allowReserved turned off",
    base: (d) => (op(d).parameters[0].allowReserved = true),
    revision: () => {},
    expect: [["request-parameter-became-not-allow-reserved", "breaking"]],
  },
  {
    name: "parameter default added",
    revision: (d) => (op(d).parameters[0].schema.default = ["new"]),
    expect: [["request-parameter-default-value-added", "informational"]],
  },
  {
    name: "request property default changed",
    revision: (d) => (req(d).properties.colour.default = "blue"),
    expect: [["request-property-default-value-changed", "warning"]],
  },
  {
    name: "request property default removed",
    revision: (d) => delete req(d).properties.colour.default,
    expect: [["request-property-default-value-removed", "warning"]],
  },
  {
    name: "response property default changed",
    base: (d) => (res(d).properties.status.default = "new"),
    revision: (d) => (res(d).properties.status.default = "done"),
    expect: [["response-property-default-value-changed", "informational"]],
  },

  // x-extensible-enum
  {
    name: "x-extensible-enum value removed from a request",
    revision: (d) => (req(d).properties.kind["x-extensible-enum"] = ["a"]),
    expect: [["request-property-x-extensible-enum-value-removed", "breaking"]],
  },
  {
    name: "x-extensible-enum value added to a response",
    revision: (d) => res(d).properties.status["x-extensible-enum"].push("held"),
    expect: [["response-property-x-extensible-enum-value-added", "non-breaking"]],
  },

  // security schemes
  {
    name: "security scheme type changed",
    revision: (d) => (d.components.securitySchemes.key = { type: "http", scheme: "basic" }),
    expect: [["api-security-component-type-changed", "breaking"]],
  },
  {
    name: "http scheme changed (case-insensitively)",
    revision: (d) => (d.components.securitySchemes.bearer.scheme = "Basic"),
    expect: [["api-security-component-scheme-changed", "breaking"]],
  },
  { name: "http scheme capitalised is no change", revision: (d) => (d.components.securitySchemes.bearer.scheme = "Bearer"), expect: [] },
  {
    name: "bearerFormat changed",
    revision: (d) => (d.components.securitySchemes.bearer.bearerFormat = "opaque"),
    expect: [["api-security-component-bearer-format-changed", "warning"]],
  },
  {
    name: "apiKey moved to the query",
    revision: (d) => (d.components.securitySchemes.key.in = "query"),
    expect: [["api-security-component-in-changed", "breaking"]],
  },
  { name: "apiKey renamed", revision: (d) => (d.components.securitySchemes.key.name = "X-Key"), expect: [["api-security-component-name-changed", "breaking"]] },
  {
    name: "OAuth token URL changed",
    revision: (d) => (d.components.securitySchemes.oauth.flows.clientCredentials.tokenUrl = "https://id.example/token"),
    expect: [["api-security-component-oauth-token-url-changed", "warning"]],
  },
  {
    name: "OAuth scope dropped from the scheme",
    revision: (d) => delete d.components.securitySchemes.oauth.flows.clientCredentials.scopes["items:read"],
    expect: [["api-security-component-oauth-scope-removed", "informational"]],
  },
  {
    name: "OAuth flow removed",
    revision: (d) =>
      (d.components.securitySchemes.oauth.flows = {
        authorizationCode: { authorizationUrl: "https://auth.example/a", tokenUrl: "https://auth.example/token", scopes: {} },
      }),
    expect: [
      ["api-security-component-oauth-flow-removed", "breaking"],
      ["api-security-component-oauth-flow-added", "non-breaking"],
    ],
  },
  {
    name: "openIdConnectUrl changed",
    base: (d) => (d.components.securitySchemes.oidc = { type: "openIdConnect", openIdConnectUrl: "https://a.example/.well-known/openid-configuration" }),
    revision: (d) => (d.components.securitySchemes.oidc = { type: "openIdConnect", openIdConnectUrl: "https://b.example/.well-known/openid-configuration" }),
    expect: [["api-security-component-open-id-connect-url-changed", "breaking"]],
  },

  // x-stability-level and x-sunset, judged against the portal's deprecation record and tier notice
  {
    name: "operation stability went down",
    base: (d) => (op(d)["x-stability-level"] = "stable"),
    revision: (d) => (op(d)["x-stability-level"] = "beta"),
    expect: [["api-stability-decreased", "breaking"]],
  },
  {
    name: "property stability went down",
    revision: (d) => (res(d).properties.secret["x-stability-level"] = "alpha"),
    expect: [["response-property-stability-decreased", "breaking"]],
  },
  { name: "unknown stability level", revision: (d) => (op(d)["x-stability-level"] = "gold"), expect: [["api-invalid-stability-level", "breaking"]] },
  {
    name: "deprecated with a sunset inside the tier's notice",
    revision: (d) => Object.assign(op(d), { deprecated: true, "x-sunset": "2026-12-20" }),
    lifecycle: { now: NOW, minimumNoticeDays: 30 },
    expect: [
      ["endpoint-deprecated-with-sunset", "informational"],
      ["api-sunset-date-too-small", "breaking"],
    ],
  },
  {
    name: "deprecated with neither x-sunset nor a deprecation record",
    revision: (d) => (op(d).deprecated = true),
    lifecycle: { now: NOW, minimumNoticeDays: 30 },
    expect: [["api-deprecated-sunset-missing", "warning"]],
  },
  {
    name: "deprecated without x-sunset while the portal records the deprecation",
    revision: (d) => (op(d).deprecated = true),
    lifecycle: { now: NOW, minimumNoticeDays: 30, recordedSunset: new Date("2027-06-01T00:00:00Z") },
    expect: [["endpoint-deprecated", "informational"]],
  },
  {
    name: "x-sunset earlier than the recorded deprecation",
    base: (d) => (op(d).deprecated = true),
    revision: (d) => Object.assign(op(d), { deprecated: true, "x-sunset": "2027-03-01" }),
    lifecycle: { now: NOW, minimumNoticeDays: 30, recordedSunset: new Date("2027-06-01T00:00:00Z") },
    expect: [["api-sunset-before-deprecation-record", "breaking"]],
  },
  {
    name: "x-sunset moved earlier inside the notice",
    base: (d) => Object.assign(op(d), { deprecated: true, "x-sunset": "2027-06-01" }),
    revision: (d) => Object.assign(op(d), { deprecated: true, "x-sunset": "2026-12-10" }),
    lifecycle: { now: NOW, minimumNoticeDays: 30 },
    expect: [["api-sunset-date-changed-too-small", "breaking"]],
  },
  {
    name: "x-sunset deleted while still deprecated",
    base: (d) => Object.assign(op(d), { deprecated: true, "x-sunset": "2027-06-01" }),
    revision: (d) => (op(d).deprecated = true),
    expect: [["sunset-deleted", "breaking"]],
  },
  {
    name: "a deprecated operation removed after its sunset",
    base: (d) => {
      Object.assign(op(d), { deprecated: true, "x-sunset": "2026-11-01" });
      d.paths["/items"].get = { responses: { "200": { description: "ok" } } };
    },
    revision: (d) => {
      delete d.paths["/items"].post;
      d.paths["/items"].get = { responses: { "200": { description: "ok" } } };
    },
    lifecycle: { now: NOW, minimumNoticeDays: 30 },
    expect: [["api-removed-with-deprecation", "non-breaking"]],
  },
  {
    name: "a deprecated operation removed before its recorded sunset",
    base: (d) => {
      op(d).deprecated = true;
      d.paths["/items"].get = { responses: { "200": { description: "ok" } } };
    },
    revision: (d) => {
      delete d.paths["/items"].post;
      d.paths["/items"].get = { responses: { "200": { description: "ok" } } };
    },
    lifecycle: { now: NOW, minimumNoticeDays: 30, recordedSunset: new Date("2027-06-01T00:00:00Z") },
    expect: [["api-removed-before-sunset", "breaking"]],
  },

  // judged differently before (decision 010)
  {
    name: "removing the only default response",
    base: (d) => (op(d).responses = { default: op(d).responses["201"] }),
    revision: (d) => (op(d).responses = { "400": { description: "bad" } }),
    expect: [["response-default-removed", "breaking"]],
  },
  {
    name: "removing default next to a 2xx",
    base: (d) => (op(d).responses.default = { description: "error" }),
    revision: () => {},
    expect: [["response-default-removed-with-success", "non-breaking"]],
  },
  {
    name: "required naming an undeclared request property",
    revision: (d) => req(d).required.push("legacyCode"),
    expect: [["request-property-became-required", "breaking"]],
  },
  {
    name: "a pattern added to a readOnly property does not concern requests",
    base: (d) => (req(d).properties.id = { type: "string", readOnly: true }),
    revision: (d) => (req(d).properties.id = { type: "string", readOnly: true, pattern: "^[0-9]+$" }),
    expect: [],
  },
  {
    name: "response minLength decreased",
    base: (d) => (res(d).properties.id.minLength = 8),
    revision: (d) => (res(d).properties.id.minLength = 4),
    expect: [["response-property-min-length-decreased", "breaking"]],
  },
];

describe("issue #13: families of changes compared since", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, testCase) => {
    const base = api();
    testCase.base?.(base);
    const revision = api();
    testCase.revision(revision);
    const diff = diffContracts(base, revision, testCase.lifecycle ? { lifecycle: testCase.lifecycle } : {});
    const reported = diff.changes.map((change) => [change.kind, change.severity]);
    if (testCase.expect.length === 0) expect(diff.changes).toEqual([]);
    for (const expected of testCase.expect) expect(reported).toContainEqual(expected);
  });
});
