import { z } from "zod";
import type { ApiOperation } from "@/lib/api-docs/operation";
import { zProblemDetailsDocument } from "@/lib/api-docs/problem-details-schema";

type JsonSchema = Record<string, unknown>;

export interface OpenApiParameter {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface OpenApiOperationObject {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  security?: Record<string, string[]>[];
  parameters?: OpenApiParameter[];
  requestBody?: { required: true; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description: string; headers?: Record<string, unknown>; content?: Record<string, { schema: JsonSchema }> } | { $ref: string }>;
  "x-permission"?: string;
}

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  tags: { name: string }[];
  security: Record<string, string[]>[];
  paths: Record<string, Record<string, OpenApiOperationObject>>;
  components: {
    securitySchemes: Record<string, unknown>;
    schemas: Record<string, JsonSchema>;
    responses: Record<string, { description: string; content: Record<string, { schema: JsonSchema }> }>;
    headers: Record<string, unknown>;
  };
}

const PROBLEM_RESPONSES: Record<string, string> = {
  "400": "The request is malformed (e.g. the body is not JSON, or a cursor this API did not issue).",
  "401": "No valid session cookie or API token. Never a redirect.",
  "403": "Authenticated, but not allowed: the role lacks the permission, or a read token attempted a write.",
  "404": "No such record (or one the caller may not see).",
  "409": "The change conflicts with the current state.",
  "412": "If-Match named an outdated version: reload and retry.",
  "415": "The body must be application/json.",
  "422": "Validation failed: `errors` names each failing field as a JSON pointer.",
  default: "Any other error, as problem details.",
};

/** Dates travel as ISO 8601 strings; values with no JSON Schema equivalent become `{}` rather than failing. */
function toJsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === "date") {
        ctx.jsonSchema.type = "string";
        ctx.jsonSchema.format = "date-time";
      }
    },
  }) as JsonSchema;
  delete json.$schema;
  return json;
}

function parametersOf(object: z.ZodObject | undefined, location: "path" | "query"): OpenApiParameter[] {
  if (!object) return [];
  const json = toJsonSchema(object, "input");
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return {
      name,
      in: location,
      required: location === "path" || required.has(name),
      ...(typeof description === "string" ? { description } : {}),
      schema: rest,
    };
  });
}

function problemStatusesOf(operation: ApiOperation): string[] {
  const statuses = new Set<string>();
  if (!operation.public) statuses.add("401");
  if (operation.permission || operation.method !== "get") statuses.add("403");
  if (operation.pathParams) statuses.add("404");
  if (operation.body) ["400", "415", "422"].forEach((s) => statuses.add(s));
  if (operation.query) ["400", "422"].forEach((s) => statuses.add(s));
  if (operation.conditional && operation.method !== "get") statuses.add("412");
  statuses.add("default");
  return [...statuses];
}

function operationObject(operation: ApiOperation): OpenApiOperationObject {
  const parameters = [...parametersOf(operation.pathParams, "path"), ...parametersOf(operation.query, "query")];
  if (operation.conditional && operation.method !== "get") {
    parameters.push({
      name: "If-Match",
      in: "header",
      required: false,
      description: "The ETag you read: the change is refused with 412 when the record changed since.",
      schema: { type: "string" },
    });
  }
  const responses: OpenApiOperationObject["responses"] = {};
  for (const [status, response] of Object.entries(operation.responses)) {
    responses[status] = {
      description: response.description,
      ...(operation.conditional && status.startsWith("2") ? { headers: { ETag: { $ref: "#/components/headers/ETag" } } } : {}),
      ...(response.schema ? { content: { "application/json": { schema: toJsonSchema(response.schema, "output") } } } : {}),
    };
  }
  for (const status of problemStatusesOf(operation))
    responses[status] ??= { $ref: `#/components/responses/Problem${status === "default" ? "Default" : status}` };
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    tags: [operation.tag],
    ...(operation.public ? { security: [] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(operation.body ? { requestBody: { required: true as const, content: { "application/json": { schema: toJsonSchema(operation.body, "input") } } } } : {}),
    responses,
    ...(operation.permission ? { "x-permission": operation.permission } : {}),
  };
}

/** The API's OpenAPI 3.1 document, generated from the same zod schemas the handlers parse and answer with. */
export function buildOpenApiDocument(operations: readonly ApiOperation[], version = "1.0.0"): OpenApiDocument {
  const paths: OpenApiDocument["paths"] = {};
  for (const operation of operations) {
    paths[operation.path] ??= {};
    if (paths[operation.path][operation.method]) throw new Error(`Two API operations for ${operation.method.toUpperCase()} ${operation.path}.`);
    paths[operation.path][operation.method] = operationObject(operation);
  }
  const problem = { "application/problem+json": { schema: { $ref: "#/components/schemas/ProblemDetails" } } };
  return {
    openapi: "3.1.0",
    info: {
      title: "Interchange API",
      version,
      description:
        "The integration catalog, as JSON. Authenticate with the portal's session cookie or a personal API token (`Authorization: Bearer ix_…`, created under Settings › API tokens; a read token may only GET). Errors are RFC 9457 problem details (`application/problem+json`); list endpoints paginate with an opaque `cursor`.",
    },
    servers: [{ url: "/" }],
    tags: [...new Set(operations.map((o) => o.tag))].map((name) => ({ name })),
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    paths,
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", bearerFormat: "ix_…", description: "A personal API token; it acts with its owner's permissions." },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The portal's session, when signed in through the browser.",
        },
      },
      schemas: { ProblemDetails: toJsonSchema(zProblemDetailsDocument, "output") },
      responses: Object.fromEntries(
        Object.entries(PROBLEM_RESPONSES).map(([status, description]) => [
          `Problem${status === "default" ? "Default" : status}`,
          { description, content: problem },
        ]),
      ),
      headers: { ETag: { description: "The record's version; send it back as If-Match to update safely.", schema: { type: "string" } } },
    },
  };
}
