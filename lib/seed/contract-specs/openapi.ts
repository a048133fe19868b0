import { stringify } from "yaml";
import { fieldSchema, pascalCase, pluralPath, type JsonSchema } from "./field-schema";

export type OpenApiOperation = "list" | "get" | "create" | "update";

export interface OpenApiSpecInput {
  openapi: "3.0.3" | "3.1.0";
  format: "yaml" | "json";
  title: string;
  version: string;
  description: string;
  serverUrl: string;
  /** Singular business name, e.g. "Customer Account". */
  resource: string;
  idField: string;
  fields: readonly string[];
  required: readonly string[];
  operations: readonly OpenApiOperation[];
  auth: "oauth2" | "apiKey";
  /** Fields a list call can filter on, besides the cursor and `updated_since`. */
  filters?: readonly string[];
  nullable?: readonly string[];
}

const PROBLEM_RESPONSES = {
  BadRequest: [400, "The request is malformed or a query parameter is invalid."],
  Unauthorized: [401, "The access token is missing, expired or invalid."],
  Forbidden: [403, "The caller is authenticated but lacks the scope this operation needs."],
  NotFound: [404, "No record has this identifier."],
  Conflict: [409, "The record changed since it was read, or a record with this key already exists."],
  UnprocessableEntity: [422, "The payload is well-formed but breaks a business rule; `errors` lists each violation."],
  TooManyRequests: [429, "The caller exceeded its rate limit; retry after the number of seconds in Retry-After."],
} as const;

type ProblemResponse = keyof typeof PROBLEM_RESPONSES;

/**
 * An OpenAPI document for a REST resource with list/get/create/update operations, RFC 9457 problem responses and
 * OAuth 2.0 client-credentials or API-key security. 3.0 and 3.1 differ in how they spell "nullable".
 */
export function buildOpenApiSpec(input: OpenApiSpecInput): string {
  const name = pascalCase(input.resource);
  const path = `/${pluralPath(input.resource)}`;
  const scope = pluralPath(input.resource).replace(/-/g, "_");
  const isLegacy = input.openapi.startsWith("3.0");
  const ref = (kind: string, key: string) => ({ $ref: `#/components/${kind}/${key}` });
  const problems = (...keys: ProblemResponse[]) => Object.fromEntries(keys.map((key) => [String(PROBLEM_RESPONSES[key][0]), ref("responses", key)]));
  const security = (access: "read" | "write") => (input.auth === "oauth2" ? [{ oauth2: [`${scope}:${access}`] }] : [{ apiKey: [] }]);
  const json = (schema: object) => ({ "application/json": { schema } });

  const properties: Record<string, JsonSchema> = Object.fromEntries(
    input.fields.map((field) => [field, nullableIf(fieldSchema(field), input.nullable?.includes(field) ?? false, isLegacy)]),
  );
  const schemas: Record<string, JsonSchema> = {
    [name]: { type: "object", properties, required: input.required.filter((f) => input.fields.includes(f)) },
    [`${name}Page`]: {
      type: "object",
      properties: {
        data: { type: "array", items: ref("schemas", name) },
        next_cursor: nullableIf({ type: "string", description: "Pass as `cursor` to get the next page; null on the last page." }, true, isLegacy),
      },
      required: ["data", "next_cursor"],
    },
    Problem: {
      type: "object",
      description: "RFC 9457 problem details.",
      properties: {
        type: { type: "string", format: "uri" },
        title: { type: "string" },
        status: { type: "integer", minimum: 400, maximum: 599 },
        detail: { type: "string" },
        instance: { type: "string" },
        errors: {
          type: "array",
          items: {
            type: "object",
            properties: { field: { type: "string" }, code: { type: "string" }, message: { type: "string" } },
            required: ["code", "message"],
          },
        },
      },
      required: ["type", "title", "status"],
    },
  };
  if (input.operations.includes("update")) {
    schemas[`${name}Patch`] = {
      type: "object",
      description: `Only the fields present are changed; \`${input.idField}\` cannot be changed.`,
      properties: Object.fromEntries(Object.entries(properties).filter(([field]) => field !== input.idField)),
      additionalProperties: false,
    };
  }

  const collection: Record<string, unknown> = {};
  const item: Record<string, unknown> = { parameters: [ref("parameters", `${name}Id`)] };
  if (input.operations.includes("list")) {
    collection.get = {
      operationId: `list${name}s`,
      summary: `List ${input.resource.toLowerCase()} records, most recently updated first`,
      tags: [name],
      security: security("read"),
      parameters: [
        ref("parameters", "Limit"),
        ref("parameters", "Cursor"),
        ref("parameters", "UpdatedSince"),
        ...(input.filters ?? []).map((field) => ({
          name: field,
          in: "query",
          required: false,
          description: `Only records whose ${field} equals this value.`,
          schema: fieldSchema(field),
        })),
      ],
      responses: {
        "200": { description: "One page of records.", content: json(ref("schemas", `${name}Page`)) },
        ...problems("BadRequest", "Unauthorized", "Forbidden", "TooManyRequests"),
      },
    };
  }
  if (input.operations.includes("create")) {
    collection.post = {
      operationId: `create${name}`,
      summary: `Create a ${input.resource.toLowerCase()} record`,
      tags: [name],
      security: security("write"),
      parameters: [ref("parameters", "IdempotencyKey")],
      requestBody: { required: true, content: json(ref("schemas", name)) },
      responses: {
        "201": {
          description: "Created.",
          headers: { Location: { description: "URL of the new record.", schema: { type: "string" } } },
          content: json(ref("schemas", name)),
        },
        ...problems("BadRequest", "Unauthorized", "Forbidden", "Conflict", "UnprocessableEntity", "TooManyRequests"),
      },
    };
  }
  if (input.operations.includes("get")) {
    item.get = {
      operationId: `get${name}`,
      summary: `Read one ${input.resource.toLowerCase()} record`,
      tags: [name],
      security: security("read"),
      responses: {
        "200": { description: "The record.", content: json(ref("schemas", name)) },
        ...problems("Unauthorized", "Forbidden", "NotFound", "TooManyRequests"),
      },
    };
  }
  if (input.operations.includes("update")) {
    item.patch = {
      operationId: `update${name}`,
      summary: `Change some fields of a ${input.resource.toLowerCase()} record`,
      tags: [name],
      security: security("write"),
      requestBody: { required: true, content: json(ref("schemas", `${name}Patch`)) },
      responses: {
        "200": { description: "The updated record.", content: json(ref("schemas", name)) },
        ...problems("BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict", "UnprocessableEntity", "TooManyRequests"),
      },
    };
  }
  const paths: Record<string, unknown> = {};
  if (Object.keys(collection).length > 0) paths[path] = collection;
  if (Object.keys(item).length > 1) paths[`${path}/{${input.idField}}`] = item;

  const document = {
    openapi: input.openapi,
    info: {
      title: input.title,
      version: input.version,
      description: input.description,
      contact: { name: "Integration Platform team", email: "integration-platform@kestrelridge.example" },
    },
    servers: [{ url: input.serverUrl, description: "Production" }],
    tags: [{ name, description: `${input.resource} records.` }],
    paths,
    components: {
      schemas,
      parameters: {
        [`${name}Id`]: { name: input.idField, in: "path", required: true, schema: fieldSchema(input.idField) },
        Limit: { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 200, default: 50 } },
        Cursor: { name: "cursor", in: "query", required: false, description: "Opaque cursor from `next_cursor`.", schema: { type: "string" } },
        UpdatedSince: {
          name: "updated_since",
          in: "query",
          required: false,
          description: "Only records changed at or after this instant (incremental sync).",
          schema: { type: "string", format: "date-time" },
        },
        IdempotencyKey: {
          name: "Idempotency-Key",
          in: "header",
          required: true,
          description: "Retries with the same key return the first result instead of creating a duplicate.",
          schema: { type: "string", maxLength: 64 },
        },
      },
      responses: Object.fromEntries(
        Object.entries(PROBLEM_RESPONSES).map(([key, [status, description]]) => [
          key,
          {
            description,
            ...(status === 429 ? { headers: { "Retry-After": { schema: { type: "integer", minimum: 1 } } } } : {}),
            content: { "application/problem+json": { schema: ref("schemas", "Problem") } },
          },
        ]),
      ),
      securitySchemes:
        input.auth === "oauth2"
          ? {
              oauth2: {
                type: "oauth2",
                description: "Client credentials issued per calling system by the Integration Platform team.",
                flows: {
                  clientCredentials: {
                    tokenUrl: "https://auth.kestrelridge.example/oauth2/token",
                    scopes: {
                      [`${scope}:read`]: `Read ${input.resource.toLowerCase()} records`,
                      [`${scope}:write`]: `Create and change ${input.resource.toLowerCase()} records`,
                    },
                  },
                },
              },
            }
          : { apiKey: { type: "apiKey", in: "header", name: "X-Api-Key", description: "One key per calling system, rotated every 90 days." } },
    },
  };
  return input.format === "json" ? JSON.stringify(document, null, 2) : stringify(document, { aliasDuplicateObjects: false });
}

function nullableIf(schema: JsonSchema, nullable: boolean, isLegacy: boolean): JsonSchema {
  if (!nullable) return schema;
  if (isLegacy) return { ...schema, nullable: true };
  const { enum: values, ...rest } = schema;
  return {
    ...rest,
    type: [schema.type as string, "null"],
    ...(values ? { enum: [...values, null] } : {}),
  };
}
