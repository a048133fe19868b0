// Writes the contract-diff agreement corpus: test/fixtures/contract-diff/corpus/*.json.
//   npx tsx scripts/build-contract-diff-corpus.ts
// One before/after pair per check of oasdiff's published catalogue (checker/rules.go and its test data's shapes),
// each labelled with the check id it exercises and oasdiff's level for it. The level comes from oasdiff's catalogue,
// never from this project's engine: test/unit/contract-diff/corpus-agreement.test.ts measures how often the engine
// agrees with it on "breaking or not".
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { oasdiffLevel, SCHEMA_CHANGES } from "../lib/contract-diff/change-catalogue";

type Json = Record<string, unknown>;

interface CorpusCase {
  /** The oasdiff check id the pair exercises. */
  check: string;
  oasdiffLevel: "error" | "warning" | "info";
  /** The id this project reports for it, when it names the change differently. */
  reportedAs?: string;
  description: string;
  base: Json;
  revision: Json;
}

const out = fileURLToPath(new URL("../test/fixtures/contract-diff/corpus/", import.meta.url));

function document(operation: Json, extra: Json = {}): Json {
  return { openapi: "3.1.0", info: { title: "Corpus", version: "1.0.0" }, paths: { "/items": { post: operation } }, ...extra };
}

const ok = { "200": { description: "ok" } };
const json = (schema: unknown) => ({ "application/json": { schema } });

/** Where a schema sits: each place oasdiff names separately. */
const PLACES: Record<string, (schema: Json | undefined) => Json> = {
  "request-body": (schema) => document({ requestBody: { content: json(schema ?? {}) }, responses: ok }),
  "request-property": (schema) => document({ requestBody: { content: json({ type: "object", properties: { item: schema ?? {} } }) }, responses: ok }),
  "request-parameter": (schema) => document({ parameters: [{ name: "item", in: "query", schema: schema ?? {} }], responses: ok }),
  "response-body": (schema) => document({ responses: { "200": { description: "ok", content: json(schema ?? {}) } } }),
  "response-property": (schema) =>
    document({ responses: { "200": { description: "ok", content: json({ type: "object", properties: { item: schema ?? {} } }) } } }),
  "response-header": (schema) => document({ responses: { "200": { description: "ok", headers: { "X-Item": { schema: schema ?? {} } } } } }),
};

const num = (extra: Json = {}) => ({ type: "number", ...extra });
const str = (extra: Json = {}) => ({ type: "string", ...extra });
const arr = (extra: Json = {}) => ({ type: "array", items: { type: "string" }, ...extra });
const obj = (extra: Json = {}) => ({ type: "object", ...extra });
const pair = (base: Json, revision: Json) => ({ base, revision });

/** For each schema change of the catalogue, a smallest schema before and after. */
const SCHEMA_PAIRS: Record<string, { base: Json; revision: Json }> = {
  "type-changed": pair(str(), { type: "integer" }),
  "type-generalized": pair({ type: "integer" }, num()),
  "type-specialized": pair(num(), { type: "integer" }),
  "became-nullable": pair(str(), { type: ["string", "null"] }),
  "became-not-nullable": pair({ type: ["string", "null"] }, str()),
  "became-enum": pair(str(), str({ enum: ["a", "b"] })),
  "enum-value-removed": pair(str({ enum: ["a", "b"] }), str({ enum: ["a"] })),
  "enum-value-added": pair(str({ enum: ["a"] }), str({ enum: ["a", "b"] })),
  "const-added": pair(str(), str({ const: "a" })),
  "const-removed": pair(str({ const: "a" }), str()),
  "const-changed": pair(str({ const: "a" }), str({ const: "b" })),
  "x-extensible-enum-value-removed": pair(str({ "x-extensible-enum": ["a", "b"] }), str({ "x-extensible-enum": ["a"] })),
  "max-decreased": pair(num({ maximum: 10 }), num({ maximum: 5 })),
  "max-increased": pair(num({ maximum: 5 }), num({ maximum: 10 })),
  "max-set": pair(num(), num({ maximum: 10 })),
  "exclusive-max-decreased": pair(num({ exclusiveMaximum: 10 }), num({ exclusiveMaximum: 5 })),
  "exclusive-max-increased": pair(num({ exclusiveMaximum: 5 }), num({ exclusiveMaximum: 10 })),
  "exclusive-max-set": pair(num(), num({ exclusiveMaximum: 10 })),
  "min-increased": pair(num({ minimum: 1 }), num({ minimum: 5 })),
  "min-decreased": pair(num({ minimum: 5 }), num({ minimum: 1 })),
  "min-set": pair(num(), num({ minimum: 1 })),
  "exclusive-min-increased": pair(num({ exclusiveMinimum: 1 }), num({ exclusiveMinimum: 5 })),
  "exclusive-min-decreased": pair(num({ exclusiveMinimum: 5 }), num({ exclusiveMinimum: 1 })),
  "exclusive-min-set": pair(num(), num({ exclusiveMinimum: 1 })),
  "max-length-decreased": pair(str({ maxLength: 10 }), str({ maxLength: 5 })),
  "max-length-increased": pair(str({ maxLength: 5 }), str({ maxLength: 10 })),
  "max-length-set": pair(str(), str({ maxLength: 10 })),
  "max-length-unset": pair(str({ maxLength: 10 }), str()),
  "min-length-increased": pair(str({ minLength: 1 }), str({ minLength: 5 })),
  "min-length-decreased": pair(str({ minLength: 5 }), str({ minLength: 1 })),
  "max-items-decreased": pair(arr({ maxItems: 10 }), arr({ maxItems: 5 })),
  "max-items-increased": pair(arr({ maxItems: 5 }), arr({ maxItems: 10 })),
  "max-items-set": pair(arr(), arr({ maxItems: 10 })),
  "min-items-increased": pair(arr({ minItems: 1 }), arr({ minItems: 5 })),
  "min-items-decreased": pair(arr({ minItems: 5 }), arr({ minItems: 1 })),
  "min-items-set": pair(arr(), arr({ minItems: 1 })),
  "min-items-unset": pair(arr({ minItems: 1 }), arr()),
  "max-properties-decreased": pair(obj({ maxProperties: 10 }), obj({ maxProperties: 5 })),
  "max-properties-increased": pair(obj({ maxProperties: 5 }), obj({ maxProperties: 10 })),
  "max-properties-set": pair(obj(), obj({ maxProperties: 10 })),
  "min-properties-increased": pair(obj({ minProperties: 1 }), obj({ minProperties: 5 })),
  "min-properties-decreased": pair(obj({ minProperties: 5 }), obj({ minProperties: 1 })),
  "min-contains-increased": pair(arr({ contains: { const: "a" }, minContains: 1 }), arr({ contains: { const: "a" }, minContains: 2 })),
  "min-contains-decreased": pair(arr({ contains: { const: "a" }, minContains: 2 }), arr({ contains: { const: "a" }, minContains: 1 })),
  "max-contains-increased": pair(arr({ contains: { const: "a" }, maxContains: 1 }), arr({ contains: { const: "a" }, maxContains: 2 })),
  "max-contains-decreased": pair(arr({ contains: { const: "a" }, maxContains: 2 }), arr({ contains: { const: "a" }, maxContains: 1 })),
  "multiple-of-set": pair(num(), num({ multipleOf: 2 })),
  "multiple-of-unset": pair(num({ multipleOf: 2 }), num()),
  "multiple-of-changed": pair(num({ multipleOf: 2 }), num({ multipleOf: 3 })),
  "multiple-of-generalized": pair(num({ multipleOf: 4 }), num({ multipleOf: 2 })),
  "multiple-of-specialized": pair(num({ multipleOf: 2 }), num({ multipleOf: 4 })),
  "pattern-added": pair(str(), str({ pattern: "^[a-z]+$" })),
  "pattern-removed": pair(str({ pattern: "^[a-z]+$" }), str()),
  "pattern-changed": pair(str({ pattern: "^[a-z]+$" }), str({ pattern: "^[a-z0-9]+$" })),
  "unique-items-set": pair(arr(), arr({ uniqueItems: true })),
  "unique-items-unset": pair(arr({ uniqueItems: true }), arr()),
  deprecated: pair(str(), str({ deprecated: true })),
  reactivated: pair(str({ deprecated: true }), str()),
  "default-value-added": pair(str(), str({ default: "a" })),
  "default-value-changed": pair(str({ default: "a" }), str({ default: "b" })),
  "default-value-removed": pair(str({ default: "a" }), str()),
  "stability-decreased": pair(str({ "x-stability-level": "stable" }), str({ "x-stability-level": "beta" })),
  "stability-increased": pair(str({ "x-stability-level": "beta" }), str({ "x-stability-level": "stable" })),
  "content-media-type-changed": pair(str({ contentMediaType: "application/json" }), str({ contentMediaType: "application/xml" })),
  "content-encoding-changed": pair(str({ contentEncoding: "base64" }), str({ contentEncoding: "base32" })),
  "content-schema-added": pair(str({ contentMediaType: "application/json" }), str({ contentMediaType: "application/json", contentSchema: { type: "object" } })),
  "content-schema-removed": pair(
    str({ contentMediaType: "application/json", contentSchema: { type: "object" } }),
    str({ contentMediaType: "application/json" }),
  ),
  "pattern-property-added": pair(obj(), obj({ patternProperties: { "^x-": { type: "string" } } })),
  "pattern-property-removed": pair(obj({ patternProperties: { "^x-": { type: "string" } } }), obj()),
  "dependent-schema-added": pair(obj(), obj({ dependentSchemas: { a: { required: ["b"] } } })),
  "dependent-schema-removed": pair(obj({ dependentSchemas: { a: { required: ["b"] } } }), obj()),
  "dependent-required-added": pair(obj({ dependentRequired: { a: ["b"] } }), obj({ dependentRequired: { a: ["b", "c"] } })),
  "dependent-required-removed": pair(obj({ dependentRequired: { a: ["b", "c"] } }), obj({ dependentRequired: { a: ["b"] } })),
  "dependent-required-changed": pair(obj({ dependentRequired: { a: ["b"] } }), obj({ dependentRequired: { a: ["c"] } })),
  "unevaluated-properties-added": pair(obj(), obj({ unevaluatedProperties: false })),
  "unevaluated-properties-removed": pair(obj({ unevaluatedProperties: false }), obj()),
  "unevaluated-items-added": pair(arr(), arr({ unevaluatedItems: false })),
  "unevaluated-items-removed": pair(arr({ unevaluatedItems: false }), arr()),
  "prefix-items-added": pair({ type: "array", prefixItems: [{ type: "string" }] }, { type: "array", prefixItems: [{ type: "string" }, { type: "integer" }] }),
  "prefix-items-removed": pair({ type: "array", prefixItems: [{ type: "string" }, { type: "integer" }] }, { type: "array", prefixItems: [{ type: "string" }] }),
  "contains-added": pair(arr(), arr({ contains: { const: "a" } })),
  "contains-removed": pair(arr({ contains: { const: "a" } }), arr()),
  "property-names-added": pair(obj(), obj({ propertyNames: { pattern: "^[a-z]+$" } })),
  "property-names-removed": pair(obj({ propertyNames: { pattern: "^[a-z]+$" } }), obj()),
  "if-added": pair(obj(), obj({ if: { required: ["a"] } })),
  "if-removed": pair(obj({ if: { required: ["a"] } }), obj()),
  "then-added": pair(obj({ if: { required: ["a"] } }), obj({ if: { required: ["a"] }, then: { required: ["b"] } })),
  "then-removed": pair(obj({ if: { required: ["a"] }, then: { required: ["b"] } }), obj({ if: { required: ["a"] } })),
  "else-added": pair(obj({ if: { required: ["a"] } }), obj({ if: { required: ["a"] }, else: { required: ["b"] } })),
  "else-removed": pair(obj({ if: { required: ["a"] }, else: { required: ["b"] } }), obj({ if: { required: ["a"] } })),
  "all-of-added": pair({ allOf: [str()] }, { allOf: [str(), { maxLength: 10 }] }),
  "all-of-removed": pair({ allOf: [str(), { maxLength: 10 }] }, { allOf: [str()] }),
  "any-of-added": pair({ anyOf: [str()] }, { anyOf: [str(), { type: "integer" }] }),
  "any-of-removed": pair({ anyOf: [str(), { type: "integer" }] }, { anyOf: [str()] }),
  "one-of-added": pair({ oneOf: [str()] }, { oneOf: [str(), { type: "integer" }] }),
  "one-of-removed": pair({ oneOf: [str(), { type: "integer" }] }, { oneOf: [str()] }),
  "discriminator-added": pair({ oneOf: [obj({ title: "A" })] }, { oneOf: [obj({ title: "A" })], discriminator: { propertyName: "kind" } }),
  "discriminator-removed": pair({ oneOf: [obj({ title: "A" })], discriminator: { propertyName: "kind" } }, { oneOf: [obj({ title: "A" })] }),
  "discriminator-property-name-changed": pair(
    { oneOf: [obj({ title: "A" })], discriminator: { propertyName: "kind" } },
    { oneOf: [obj({ title: "A" })], discriminator: { propertyName: "type" } },
  ),
  "discriminator-mapping-added": pair(
    { oneOf: [obj({ title: "A" })], discriminator: { propertyName: "kind" } },
    { oneOf: [obj({ title: "A" })], discriminator: { propertyName: "kind", mapping: { a: "#/components/schemas/A" } } },
  ),
  "discriminator-mapping-deleted": pair(
    { oneOf: [obj({ title: "A" })], discriminator: { propertyName: "kind", mapping: { a: "#/components/schemas/A" } } },
    { oneOf: [obj({ title: "A" })], discriminator: { propertyName: "kind" } },
  ),
  "discriminator-mapping-changed": pair(
    { oneOf: [obj({ title: "A" })], discriminator: { propertyName: "kind", mapping: { a: "#/components/schemas/A" } } },
    { oneOf: [obj({ title: "A" })], discriminator: { propertyName: "kind", mapping: { a: "#/components/schemas/B" } } },
  ),
};

// oasdiff names a few of these differently from the place + change pattern.
const OASDIFF_NAMES: Record<string, string> = {
  "response-body-enum-value-removed": "response-mediatype-enum-value-removed",
};

function schemaCases(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const [change, { base, revision }] of Object.entries(SCHEMA_PAIRS)) {
    if (!SCHEMA_CHANGES[change]) throw new Error(`${change} is not in the catalogue`);
    for (const [place, build] of Object.entries(PLACES)) {
      const ours = `${place}-${change}`;
      const check = OASDIFF_NAMES[ours] ?? ours;
      const level = oasdiffLevel(check);
      if (!level) continue;
      cases.push({
        check,
        oasdiffLevel: level,
        ...(check !== ours ? { reportedAs: ours } : {}),
        description: `${SCHEMA_CHANGES[change].summary} (${place.replace("-", " ")})`,
        base: build(base),
        revision: build(revision),
      });
    }
  }
  return cases;
}

/** Property existence, requiredness and mutability, in request and response bodies. */
function propertyCases(): CorpusCase[] {
  const request = (schema: Json) => document({ requestBody: { content: json(schema) }, responses: ok });
  const response = (schema: Json) => document({ responses: { "200": { description: "ok", content: json(schema) } } });
  const o = (properties: Json, required: string[] = []) => ({ type: "object", properties, ...(required.length ? { required } : {}) });
  const s = str();
  const flag = (name: "readOnly" | "writeOnly") => ({ type: "string", [name]: true });
  const list: Array<[string, (schema: Json) => Json, Json, Json, string]> = [
    ["request-property-removed", request, o({ a: s, b: s }), o({ a: s }), "a request property was removed"],
    ["new-required-request-property", request, o({ a: s }), o({ a: s, b: s }, ["b"]), "a new required request property"],
    ["new-optional-request-property", request, o({ a: s }), o({ a: s, b: s }), "a new optional request property"],
    ["request-property-became-required", request, o({ a: s, b: s }), o({ a: s, b: s }, ["b"]), "a request property became required"],
    ["request-property-became-optional", request, o({ a: s, b: s }, ["b"]), o({ a: s, b: s }), "a request property became optional"],
    ["response-required-property-removed", response, o({ a: s, b: s }, ["b"]), o({ a: s }), "a required response property was removed"],
    ["response-optional-property-removed", response, o({ a: s, b: s }), o({ a: s }), "an optional response property was removed"],
    ["response-required-property-added", response, o({ a: s }), o({ a: s, b: s }, ["b"]), "a new required response property"],
    ["response-optional-property-added", response, o({ a: s }), o({ a: s, b: s }), "a new optional response property"],
    ["response-property-became-optional", response, o({ a: s, b: s }, ["b"]), o({ a: s, b: s }), "a response property became optional"],
    ["response-property-became-required", response, o({ a: s, b: s }), o({ a: s, b: s }, ["b"]), "a response property became required"],
  ];
  for (const [kind, flagName, label] of [
    ["read-only", "readOnly", "readOnly"],
    ["write-only", "writeOnly", "writeOnly"],
  ] as const) {
    for (const [side, build] of [
      ["request", request],
      ["response", response],
    ] as const) {
      for (const requiredness of ["required", "optional"] as const) {
        const required = requiredness === "required" ? ["b"] : [];
        list.push([
          `${side}-${requiredness}-property-became-${kind}`,
          build,
          o({ a: s, b: s }, required),
          o({ a: s, b: flag(flagName) }, required),
          `a ${requiredness} ${side} property became ${label}`,
        ]);
        list.push([
          `${side}-${requiredness}-property-became-non-${kind}`,
          build,
          o({ a: s, b: flag(flagName) }, required),
          o({ a: s, b: s }, required),
          `a ${requiredness} ${side} property is no longer ${label}`,
        ]);
      }
    }
  }
  return list.flatMap(([check, build, base, revision, description]) => {
    const level = oasdiffLevel(check);
    return level ? [{ check, oasdiffLevel: level, description, base: build(base), revision: build(revision) }] : [];
  });
}

/** Paths, operations, parameters, bodies, responses, headers, security and lifecycle. */
function operationCases(): CorpusCase[] {
  const op = (extra: Json = {}) => ({ responses: ok, ...extra });
  const doc = (operation: Json, extra: Json = {}) => document(operation, extra);
  const twoPaths = (second: Json | undefined) => ({
    openapi: "3.1.0",
    info: { title: "Corpus", version: "1.0.0" },
    paths: { "/items": { post: op() }, ...(second ? { "/other": { get: second } } : {}) },
  });
  const param = (extra: Json = {}) => ({ name: "q", in: "query", schema: { type: "string" }, ...extra });
  const arrayParam = (extra: Json = {}) => ({ name: "tags", in: "query", schema: { type: "array", items: { type: "string" } }, ...extra });
  const body = (extra: Json = {}) => ({ content: json({ type: "object" }), ...extra });
  const responses = (statuses: Json) => ({ responses: statuses });
  const header = (required: boolean) => ({ "200": { description: "ok", headers: { "X-Rate": { required, schema: { type: "integer" } } } } });
  const schemes = (securitySchemes: Json) => ({ components: { securitySchemes } });
  const oauth = (flow: Json) => ({
    oauth: { type: "oauth2", flows: { clientCredentials: { tokenUrl: "https://auth.example/token", scopes: { read: "r", write: "w" }, ...flow } } },
  });
  const past = "2026-01-01";
  const list: Array<[string, Json, Json, string]> = [
    ["endpoint-added", twoPaths(undefined), twoPaths(op()), "a path with an operation was added"],
    ["api-path-removed-without-deprecation", twoPaths(op()), twoPaths(undefined), "a path was removed"],
    [
      "api-path-removed-with-deprecation",
      twoPaths(op({ deprecated: true, "x-sunset": past })),
      twoPaths(undefined),
      "a deprecated path was removed after its sunset",
    ],
    ["api-removed-without-deprecation", { ...doc(op()), paths: { "/items": { post: op(), get: op() } } }, doc(op()), "an operation was removed"],
    [
      "api-removed-with-deprecation",
      { ...doc(op()), paths: { "/items": { post: op(), get: op({ deprecated: true, "x-sunset": past }) } } },
      doc(op()),
      "a deprecated operation was removed after its sunset",
    ],
    [
      "api-removed-before-sunset",
      { ...doc(op()), paths: { "/items": { post: op(), get: op({ deprecated: true, "x-sunset": "2099-01-01" }) } } },
      doc(op()),
      "a deprecated operation was removed before its sunset",
    ],
    ["endpoint-deprecated-with-sunset", doc(op()), doc(op({ deprecated: true, "x-sunset": "2099-01-01" })), "an operation was deprecated with a sunset date"],
    ["api-deprecated-sunset-missing", doc(op()), doc(op({ deprecated: true })), "an operation was deprecated without a sunset date"],
    ["endpoint-reactivated", doc(op({ deprecated: true, "x-sunset": "2099-01-01" })), doc(op()), "an operation is no longer deprecated"],
    ["api-sunset-date-too-small", doc(op({ deprecated: true })), doc(op({ deprecated: true, "x-sunset": "2026-12-04" })), "a sunset date too close"],
    ["sunset-deleted", doc(op({ deprecated: true, "x-sunset": "2099-01-01" })), doc(op({ deprecated: true })), "the sunset date was deleted"],
    ["api-stability-decreased", doc(op({ "x-stability-level": "stable" })), doc(op({ "x-stability-level": "alpha" })), "stability went down"],
    ["api-stability-increased", doc(op({ "x-stability-level": "beta" })), doc(op({ "x-stability-level": "stable" })), "stability went up"],
    ["api-invalid-stability-level", doc(op()), doc(op({ "x-stability-level": "solid" })), "an unknown stability level"],
    ["api-operation-id-removed", doc(op({ operationId: "createItem" })), doc(op({ operationId: "addItem" })), "the operationId changed"],
    ["api-operation-id-added", doc(op()), doc(op({ operationId: "createItem" })), "an operationId was added"],
    ["api-tag-added", doc(op()), doc(op({ tags: ["items"] })), "a tag was added"],
    ["api-tag-removed", doc(op({ tags: ["items"] })), doc(op()), "a tag was removed"],
    ["new-required-request-parameter", doc(op()), doc(op({ parameters: [param({ required: true })] })), "a new required parameter"],
    ["new-optional-request-parameter", doc(op()), doc(op({ parameters: [param()] })), "a new optional parameter"],
    ["request-parameter-removed", doc(op({ parameters: [param()] })), doc(op()), "a parameter was removed"],
    ["request-parameter-removed-with-deprecation", doc(op({ parameters: [param({ deprecated: true })] })), doc(op()), "a deprecated parameter was removed"],
    [
      "request-parameter-became-required",
      doc(op({ parameters: [param()] })),
      doc(op({ parameters: [param({ required: true })] })),
      "a parameter became required",
    ],
    [
      "request-parameter-became-optional",
      doc(op({ parameters: [param({ required: true })] })),
      doc(op({ parameters: [param()] })),
      "a parameter became optional",
    ],
    ["request-parameter-deprecated", doc(op({ parameters: [param()] })), doc(op({ parameters: [param({ deprecated: true })] })), "a parameter was deprecated"],
    [
      "request-parameter-reactivated",
      doc(op({ parameters: [param({ deprecated: true })] })),
      doc(op({ parameters: [param()] })),
      "a parameter is no longer deprecated",
    ],
    [
      "request-parameter-style-changed",
      doc(op({ parameters: [arrayParam()] })),
      doc(op({ parameters: [arrayParam({ style: "pipeDelimited", explode: true })] })),
      "a parameter's style changed",
    ],
    [
      "request-parameter-explode-changed",
      doc(op({ parameters: [arrayParam()] })),
      doc(op({ parameters: [arrayParam({ explode: false })] })),
      "a parameter's explode changed",
    ],
    [
      "request-parameter-became-allow-reserved",
      doc(op({ parameters: [param()] })),
      doc(op({ parameters: [param({ allowReserved: true })] })),
      "a parameter accepts reserved characters",
    ],
    [
      "request-parameter-became-not-allow-reserved",
      doc(op({ parameters: [param({ allowReserved: true })] })),
      doc(op({ parameters: [param()] })),
      "a parameter no longer accepts reserved characters",
    ],
    ["request-body-added-required", doc(op()), doc(op({ requestBody: body({ required: true }) })), "a required request body was added"],
    ["request-body-added-optional", doc(op()), doc(op({ requestBody: body() })), "an optional request body was added"],
    ["request-body-removed", doc(op({ requestBody: body() })), doc(op()), "the request body was removed"],
    ["request-body-became-required", doc(op({ requestBody: body() })), doc(op({ requestBody: body({ required: true }) })), "the request body became required"],
    ["request-body-became-optional", doc(op({ requestBody: body({ required: true }) })), doc(op({ requestBody: body() })), "the request body became optional"],
    [
      "request-body-media-type-added",
      doc(op({ requestBody: body() })),
      doc(op({ requestBody: { content: { ...json({ type: "object" }), "application/xml": { schema: { type: "object" } } } } })),
      "a request media type was added",
    ],
    [
      "request-body-media-type-removed",
      doc(op({ requestBody: { content: { ...json({ type: "object" }), "application/xml": { schema: { type: "object" } } } } })),
      doc(op({ requestBody: body() })),
      "a request media type was removed",
    ],
    [
      "response-media-type-added",
      doc(responses({ "200": { description: "ok", content: json({}) } })),
      doc(responses({ "200": { description: "ok", content: { ...json({}), "text/csv": { schema: { type: "string" } } } } })),
      "a response media type was added",
    ],
    [
      "response-media-type-removed",
      doc(responses({ "200": { description: "ok", content: { ...json({}), "text/csv": { schema: { type: "string" } } } } })),
      doc(responses({ "200": { description: "ok", content: json({}) } })),
      "a response media type was removed",
    ],
    [
      "response-success-status-added",
      doc(responses({ "200": { description: "ok" } })),
      doc(responses({ "200": { description: "ok" }, "202": { description: "accepted" } })),
      "a success status was added",
    ],
    [
      "response-success-status-removed",
      doc(responses({ "200": { description: "ok" }, "202": { description: "accepted" } })),
      doc(responses({ "200": { description: "ok" } })),
      "a success status was removed",
    ],
    [
      "response-non-success-status-added",
      doc(responses({ "200": { description: "ok" } })),
      doc(responses({ "200": { description: "ok" }, "409": { description: "conflict" } })),
      "an error status was added",
    ],
    [
      "response-non-success-status-removed",
      doc(responses({ "200": { description: "ok" }, "409": { description: "conflict" } })),
      doc(responses({ "200": { description: "ok" } })),
      "an error status was removed",
    ],
    [
      "required-response-header-removed",
      doc(responses(header(true))),
      doc(responses({ "200": { description: "ok" } })),
      "a required response header was removed",
    ],
    [
      "optional-response-header-removed",
      doc(responses(header(false))),
      doc(responses({ "200": { description: "ok" } })),
      "an optional response header was removed",
    ],
    ["response-header-added", doc(responses({ "200": { description: "ok" } })), doc(responses(header(false))), "a response header was added"],
    ["response-header-became-optional", doc(responses(header(true))), doc(responses(header(false))), "a response header became optional"],
    [
      "api-security-removed",
      doc(op({ security: [{ oauth: [] }, { key: [] }] }), schemes({ ...oauth({}), key: { type: "apiKey", in: "header", name: "K" } })),
      doc(op({ security: [{ oauth: [] }] }), schemes({ ...oauth({}), key: { type: "apiKey", in: "header", name: "K" } })),
      "a security alternative was removed",
    ],
    [
      "api-security-added",
      doc(op({ security: [{ oauth: [] }] }), schemes({ ...oauth({}), key: { type: "apiKey", in: "header", name: "K" } })),
      doc(op({ security: [{ oauth: [] }, { key: [] }] }), schemes({ ...oauth({}), key: { type: "apiKey", in: "header", name: "K" } })),
      "a security alternative was added",
    ],
    [
      "api-security-anonymous-access-removed",
      doc(op(), schemes(oauth({}))),
      doc(op({ security: [{ oauth: [] }] }), schemes(oauth({}))),
      "a public operation now requires authentication",
    ],
    [
      "api-security-anonymous-access-added",
      doc(op({ security: [{ oauth: [] }] }), schemes(oauth({}))),
      doc(op({ security: [{ oauth: [] }, {}] }), schemes(oauth({}))),
      "an operation now accepts anonymous calls",
    ],
    [
      "api-security-scope-added",
      doc(op({ security: [{ oauth: ["read"] }] }), schemes(oauth({}))),
      doc(op({ security: [{ oauth: ["read", "write"] }] }), schemes(oauth({}))),
      "a required scope was added",
    ],
    [
      "api-security-scope-removed",
      doc(op({ security: [{ oauth: ["read", "write"] }] }), schemes(oauth({}))),
      doc(op({ security: [{ oauth: ["read"] }] }), schemes(oauth({}))),
      "a required scope was removed",
    ],
    [
      "api-security-component-added",
      doc(op(), schemes(oauth({}))),
      doc(op(), schemes({ ...oauth({}), key: { type: "apiKey", in: "header", name: "K" } })),
      "a security scheme was added",
    ],
    [
      "api-security-component-removed",
      doc(op(), schemes({ ...oauth({}), key: { type: "apiKey", in: "header", name: "K" } })),
      doc(op(), schemes(oauth({}))),
      "a security scheme was removed",
    ],
    [
      "api-security-component-type-changed",
      doc(op(), schemes({ key: { type: "apiKey", in: "header", name: "K" } })),
      doc(op(), schemes({ key: { type: "http", scheme: "bearer" } })),
      "a security scheme's type changed",
    ],
    [
      "api-security-component-oauth-token-url-changed",
      doc(op(), schemes(oauth({}))),
      doc(op(), schemes(oauth({ tokenUrl: "https://id.example/token" }))),
      "the OAuth token URL changed",
    ],
    [
      "api-security-component-oauth-scope-added",
      doc(op(), schemes(oauth({}))),
      doc(op(), schemes(oauth({ scopes: { read: "r", write: "w", admin: "a" } }))),
      "an OAuth scope was added",
    ],
    [
      "api-security-component-oauth-scope-removed",
      doc(op(), schemes(oauth({}))),
      doc(op(), schemes(oauth({ scopes: { read: "r" } }))),
      "an OAuth scope was removed",
    ],
    [
      "api-security-component-oauth-scope-changed",
      doc(op(), schemes(oauth({}))),
      doc(op(), schemes(oauth({ scopes: { read: "read everything", write: "w" } }))),
      "an OAuth scope's description changed",
    ],
  ];
  const implicit = (authorizationUrl: string) => ({ oauth: { type: "oauth2", flows: { implicit: { authorizationUrl, scopes: {} } } } });
  list.push([
    "api-security-component-oauth-url-changed",
    doc(op(), schemes(implicit("https://auth.example/a"))),
    doc(op(), schemes(implicit("https://id.example/a"))),
    "the OAuth authorization URL changed",
  ]);
  return list.map(([check, base, revision, description]) => {
    const level = oasdiffLevel(check);
    if (!level) throw new Error(`oasdiff has no check ${check}`);
    return { check, oasdiffLevel: level, description, base, revision };
  });
}

const families: Record<string, CorpusCase[]> = { schemas: schemaCases(), properties: propertyCases(), operations: operationCases() };
mkdirSync(out, { recursive: true });
for (const [family, cases] of Object.entries(families)) {
  writeFileSync(
    path.join(out, `${family}.json`),
    JSON.stringify({ source: "oasdiff check catalogue (github.com/oasdiff/oasdiff checker/rules.go), one pair per check", cases }, null, 1) + "\n",
  );
  process.stdout.write(`${family}: ${cases.length} cases\n`);
}
