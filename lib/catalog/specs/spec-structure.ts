import { z } from "zod";

/**
 * The structure Interchange checks in each kind of spec document: the parts the portal reads (to show
 * operations, channels and schemas) and the rules of the specifications that catch real mistakes. Deliberately
 * not the full official meta-schemas: see docs/decisions/006-spec-validation.md.
 */

const isReference = (value: unknown) => typeof value === "object" && value !== null && typeof (value as { $ref?: unknown }).$ref === "string";

/** A `$ref` object (checked separately for dangling targets) or a value the schema accepts. */
function referenceOr<T extends z.ZodType>(schema: T) {
  return z.unknown().superRefine((value, ctx) => {
    if (isReference(value)) return;
    const result = schema.safeParse(value);
    if (result.success) return;
    for (const issue of result.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
  });
}

const zObject = z.looseObject({});
const zInfo = z.looseObject({
  title: z.string({ error: 'Give the document a title ("info.title").' }).min(1, "The title must not be empty."),
  version: z.string({ error: 'Give the document a version string ("info.version"), e.g. "1.0.0".' }).min(1),
});

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

const zParameter = z
  .looseObject({
    name: z.string({ error: "A parameter needs a name." }).min(1),
    in: z.enum(["query", "header", "path", "cookie"], { error: 'A parameter\'s "in" is one of query, header, path, cookie.' }),
    required: z.boolean().optional(),
  })
  .refine((parameter) => parameter.in !== "path" || parameter.required === true, {
    message: 'A path parameter must say "required": true.',
    path: ["required"],
  });

const zResponse = z.looseObject({ description: z.string({ error: "A response needs a description." }) });
const zResponses = z.record(
  z.string().regex(/^([1-5](\d\d|XX)|default|x-.*)$/, "A response key is an HTTP status code (e.g. 200, 4XX) or default."),
  referenceOr(zResponse),
);

function openApiOperation(responsesRequired: boolean) {
  return z.looseObject({
    operationId: z.string().optional(),
    summary: z.string().optional(),
    parameters: z.array(referenceOr(zParameter)).optional(),
    requestBody: referenceOr(z.looseObject({ content: z.record(z.string(), zObject, { error: "A request body lists its content by media type." }) })).optional(),
    responses: responsesRequired ? zResponses : zResponses.optional(),
  });
}

function openApiDocument(minor: "0" | "1") {
  const operation = openApiOperation(minor === "0");
  const pathItem = z.looseObject({
    ...Object.fromEntries(HTTP_METHODS.map((method) => [method, operation.optional()])),
    parameters: z.array(referenceOr(zParameter)).optional(),
  });
  const paths = z.record(z.string().regex(/^(\/|x-)/, 'A path starts with "/".'), referenceOr(pathItem), { error: "paths is an object of path templates." });
  return z
    .looseObject({
      openapi: z.string(),
      info: zInfo,
      paths: minor === "0" ? paths : paths.optional(),
      components: z.looseObject({ schemas: z.record(z.string(), z.unknown()).optional() }).optional(),
      webhooks: z.record(z.string(), z.unknown()).optional(),
    })
    .refine((doc) => minor === "0" || doc.paths !== undefined || doc.components !== undefined || doc.webhooks !== undefined, {
      message: "An OpenAPI 3.1 document has at least one of paths, components or webhooks.",
      path: ["paths"],
    });
}

export const zOpenApi30Document = openApiDocument("0");
export const zOpenApi31Document = openApiDocument("1");

const zAsyncApi2Operation = z.looseObject({ operationId: z.string().optional(), summary: z.string().optional(), message: z.unknown().optional() });
export const zAsyncApi2Document = z.looseObject({
  asyncapi: z.string(),
  info: zInfo,
  channels: z.record(z.string(), referenceOr(z.looseObject({ publish: zAsyncApi2Operation.optional(), subscribe: zAsyncApi2Operation.optional() })), {
    error: "An AsyncAPI 2 document lists its channels.",
  }),
  components: z.looseObject({ schemas: z.record(z.string(), z.unknown()).optional() }).optional(),
});

export const zAsyncApi3Document = z.looseObject({
  asyncapi: z.string(),
  info: zInfo,
  channels: z.record(z.string(), referenceOr(z.looseObject({ address: z.string().nullable().optional(), messages: z.record(z.string(), z.unknown()).optional() }))).optional(),
  operations: z
    .record(
      z.string(),
      referenceOr(
        z.looseObject({
          action: z.enum(["send", "receive"], { error: 'An operation\'s action is "send" or "receive".' }),
          channel: z.looseObject({ $ref: z.string({ error: "An operation names its channel with a $ref." }) }, { error: "An operation names its channel with a $ref." }),
        }),
      ),
    )
    .optional(),
  components: z.looseObject({ schemas: z.record(z.string(), z.unknown()).optional() }).optional(),
});
