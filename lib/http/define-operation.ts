import "server-only";
import { z } from "zod";
import type { ApiOperation } from "@/lib/api-docs/operation";
import { authorize, NotFoundError, type Permission } from "@/lib/auth/permissions";
import { refuseUnknownFilterValues } from "@/lib/catalog/refuse-unknown-filter-values";
import { Forbidden, InvalidInput, invalidInputOf } from "@/lib/errors/domain-errors";
import { apiRoute, errorToProblemResponse, type ApiContext } from "@/lib/http/api-route";
import { etagOf, readIfMatch } from "@/lib/http/etag";
import { recordApiRequest } from "@/lib/portal-metrics/instruments";
import { readJsonBody } from "@/lib/http/read-json-body";
import { unknownParametersOf } from "@/lib/validation/filter-reference";
import { queryRecordOf } from "@/lib/validation/query";

type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Who may call an operation before its use case looks at any record:
 * - a permission: the actor's role must grant it for some record (the use case then checks the record's team);
 * - "signed-in": any authenticated caller, because the operation only touches the caller's own things (their
 *   tokens, their inbox) or answers who they are;
 * - "public": no authentication at all (the health probe).
 */
export type OperationAccess = Permission | "signed-in" | "public";

type OutputOf<S> = S extends z.ZodType ? z.output<S> : undefined;
type SegmentParams<P> = P extends z.ZodObject ? z.input<P> : Record<string, never>;

export interface OperationContext<P, Q, B> extends Omit<ApiContext<unknown>, "params"> {
  params: P;
  query: Q;
  /** The body after the declared schema (undefined when the record's pipeline validates it). */
  body: B;
  /**
   * The body exactly as sent, known to satisfy the declared schema. Use cases that validate again inside their
   * transaction (the mutation pipeline) take this one, so that a schema with transforms is never applied twice.
   */
  input: unknown;
  /** The versions named by If-Match (null when absent or `*`). */
  ifMatch: string[] | null;
}

export interface OperationDeclaration<
  P extends z.ZodObject | undefined,
  Q extends z.ZodObject | undefined,
  B extends z.ZodType | undefined,
  S extends z.ZodType | null,
> {
  method: HttpMethod;
  /** OpenAPI path template, e.g. "/api/v1/systems/{idOrSlug}"; its parameters are `pathParams`. */
  path: `/api/${string}`;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  access: OperationAccess;
  pathParams?: P;
  query?: Q;
  body?: B;
  /** The largest body accepted (413 beyond it): one of the named limits next to the body's schema. */
  byteLimit?: B extends z.ZodType ? number : never;
  /**
   * "operation" (the default): the body is validated here, before the handler runs.
   * "record": the use case's mutation pipeline validates the body with this same schema after authorizing against
   * the record it loads, so that someone who may not change that record (another team's owner) is refused without
   * learning anything from validation messages. The operation still reads the JSON and enforces the byte limit.
   */
  validatedAfter?: B extends z.ZodType ? "operation" | "record" : never;
  /** The body may be left out entirely (no Content-Type, no bytes): it then counts as `{}`. */
  bodyOptional?: B extends z.ZodType ? boolean : never;
  /** The success answer. Its schema serializes what the handler returns; null when the handler builds the Response. */
  response: { status: 200 | 201 | 202 | 204; description: string; schema: S };
  /** Other answers worth documenting (a 200 where a repeated create changes nothing). */
  otherResponses?: ApiOperation["responses"];
  /** The record's version: answered as the ETag; the operation then honours If-Match. */
  version?: S extends z.ZodType ? (result: z.output<S>) => Date : never;
  /** Where a created record lives (the Location header). */
  location?: S extends z.ZodType ? (result: z.output<S>) => string : never;
  /**
   * Query values still accepted under an old spelling: an answer to one carries Deprecation (RFC 9745) and Sunset
   * (RFC 8594) headers.
   */
  deprecatedQueryValues?: DeprecatedQueryValues;
  /**
   * Body fields still accepted under an old name: they are renamed before validation (so that the use case and
   * its errors only know the new name) and the answer carries Deprecation and Sunset headers.
   */
  deprecatedBodyFields?: DeprecatedBodyFields;
  /** Refused (403, with this detail) when the caller authenticated with an API token instead of a session. */
  sessionOnly?: string;
  /** A POST that only computes (a contract check from CI): read-only API tokens may call it. */
  changesNothing?: boolean;
  /** Also accept the API token as `?token=` (a calendar feed); GET only. */
  queryToken?: boolean;
  /**
   * The operation's work. What it answers goes through the response schema (checked at run time, so that a record
   * type with read-only arrays or extra display fields needs no cast); a Response is sent as it is (files, feeds).
   */
  handler: (context: OperationContext<OutputOf<P>, OutputOf<Q>, OutputOf<B>>) => Promise<unknown>;
}

export interface DeprecatedQueryValues {
  parameter: string;
  values: readonly string[];
  deprecatedAt: Date;
  sunset: Date;
}

export interface DeprecatedBodyFields {
  /** Old name → new name. */
  fields: Readonly<Record<string, string>>;
  deprecatedAt: Date;
  sunset: Date;
}

type DeprecationWindow = Pick<DeprecatedQueryValues, "deprecatedAt" | "sunset">;

function deprecationHeadersOf(window: DeprecationWindow): Record<string, string> {
  return { deprecation: `@${Math.floor(window.deprecatedAt.getTime() / 1000)}`, sunset: window.sunset.toUTCString() };
}

function usesDeprecatedQueryValue(request: Request, deprecated: DeprecatedQueryValues): boolean {
  const given = new URL(request.url).searchParams.getAll(deprecated.parameter);
  return given.some((value) => deprecated.values.includes(value));
}

/**
 * Renames the old fields of a JSON object body to their new names. An old field sent together with its new name is
 * left alone, so that the strict schema refuses it rather than one of the two values being dropped silently.
 */
function renameDeprecatedFields(input: unknown, deprecated: DeprecatedBodyFields): { input: unknown; renamed: boolean } {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return { input, renamed: false };
  const body: Record<string, unknown> = { ...input };
  let renamed = false;
  for (const [old, current] of Object.entries(deprecated.fields)) {
    if (!Object.hasOwn(body, old) || Object.hasOwn(body, current)) continue;
    body[current] = body[old];
    delete body[old];
    renamed = true;
  }
  return { input: renamed ? body : input, renamed };
}

export type OperationHandler<P> = ((request: Request, segment: { params: Promise<P> }) => Promise<Response>) & { readonly operation: ApiOperation };

function parsePathParams(schema: z.ZodObject | undefined, params: unknown): unknown {
  if (!schema) return params;
  const parsed = schema.safeParse(params);
  // A path that does not fit the pattern of an identifier names no record.
  if (!parsed.success) throw new NotFoundError();
  return parsed.data;
}

function parseQuery(schema: z.ZodObject | undefined, request: Request): unknown {
  if (!schema) return undefined;
  const given = queryRecordOf(request.url);
  // A parameter the operation does not know (a misspelt filter, `field=` where none is taken) would otherwise be
  // dropped and answer as if it were not there: it is refused, naming it.
  const unknown = new Set(unknownParametersOf(schema, given));
  const known = Object.keys(schema.shape).join(", ");
  const issues = [...unknown].map((name) => ({ pointer: `/${name}`, detail: `Unknown query parameter; this operation takes: ${known}.` }));
  // The known parameters are still validated, so that one answer names every wrong parameter.
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(given).filter(([name]) => !unknown.has(name))));
  if (!parsed.success) issues.push(...invalidInputOf(parsed.error, "query").issues);
  if (issues.length > 0) throw new InvalidInput(`Query parameter ${issues[0].pointer} is invalid: ${issues[0].detail}`, { issues });
  return parsed.data;
}

/**
 * Declares one API operation once: the Next route handler and the OpenAPI entry both come from it. The handler
 * runs in a fixed order by construction: authenticate, coarse-authorize, read the path, the query and the body
 * (with its byte limit), validate them, call the handler, serialize the result through the response schema and
 * set the ETag. Every failure is answered as problem details.
 */
export function defineOperation<
  P extends z.ZodObject | undefined = undefined,
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  S extends z.ZodType | null = null,
>(declaration: OperationDeclaration<P, Q, B, S>): OperationHandler<SegmentParams<P>> {
  const { access, response } = declaration;
  if (declaration.body && !declaration.byteLimit) throw new Error(`${declaration.operationId}: a body needs a byte limit.`);

  const run = async (context: ApiContext<unknown>): Promise<Response> => {
    if (access !== "signed-in" && access !== "public") authorize(context.actor, access);
    if (declaration.sessionOnly && context.credential === "api_token") throw new Forbidden(declaration.sessionOnly);
    const params = parsePathParams(declaration.pathParams, context.params);
    const query = parseQuery(declaration.query, context.request);
    if (declaration.query) await refuseUnknownFilterValues(context.db, declaration.query, query as Record<string, unknown>);
    let body: unknown;
    let input: unknown;
    let deprecatedWindow: DeprecationWindow | null =
      declaration.deprecatedQueryValues && usesDeprecatedQueryValue(context.request, declaration.deprecatedQueryValues)
        ? declaration.deprecatedQueryValues
        : null;
    if (declaration.body) {
      const validateHere = declaration.validatedAfter !== "record";
      const absent = declaration.bodyOptional && !context.request.headers.get("content-type");
      input = absent ? {} : await readJsonBody(context.request, z.unknown(), { maxBytes: declaration.byteLimit });
      if (declaration.deprecatedBodyFields) {
        const renaming = renameDeprecatedFields(input, declaration.deprecatedBodyFields);
        input = renaming.input;
        if (renaming.renamed) deprecatedWindow = declaration.deprecatedBodyFields;
      }
      if (validateHere) {
        const parsed = (declaration.body as z.ZodType).safeParse(input);
        if (!parsed.success) throw invalidInputOf(parsed.error, "body");
        body = parsed.data;
      }
    }
    const result = await declaration.handler({
      ...context,
      params,
      query,
      body,
      input,
      ifMatch: readIfMatch(context.request),
    } as OperationContext<OutputOf<P>, OutputOf<Q>, OutputOf<B>>);
    const deprecation = deprecatedWindow ? deprecationHeadersOf(deprecatedWindow) : {};
    if (result instanceof Response) {
      for (const [name, value] of Object.entries(deprecation)) result.headers.set(name, value);
      return result;
    }
    if (!response.schema) throw new Error(`${declaration.operationId}: the handler must answer a Response when the response has no schema.`);
    const serialized = (response.schema as z.ZodType).parse(result);
    const headers: Record<string, string> = { ...deprecation };
    if (declaration.version) headers.etag = etagOf((declaration.version as (r: unknown) => Date)(serialized));
    if (declaration.location) headers.location = (declaration.location as (r: unknown) => string)(serialized);
    if (response.status === 204) return new Response(null, { status: 204, headers });
    return Response.json(serialized, { status: response.status, headers });
  };

  const routeHandler =
    access === "public"
      ? async (request: Request, segment: { params: Promise<unknown> }) => {
          try {
            return await run({ request, actor: null as never, credential: "session", params: await segment.params, db: null as never });
          } catch (error) {
            return errorToProblemResponse(error);
          }
        }
      : apiRoute<unknown>(run, { changesNothing: declaration.changesNothing, queryToken: declaration.queryToken, operationId: declaration.operationId });

  // Every answer, refusals and errors included, counts in the portal's request metrics (decision 052).
  const measuredHandler = async (request: Request, segment: { params: Promise<unknown> }): Promise<Response> => {
    const started = performance.now();
    const answer = await routeHandler(request, segment);
    recordApiRequest({ operation: declaration.operationId, method: declaration.method, status: answer.status, seconds: (performance.now() - started) / 1000 });
    return answer;
  };

  return Object.assign(measuredHandler, { operation: toApiOperation(declaration) }) as OperationHandler<SegmentParams<P>>;
}

function toApiOperation(
  declaration: OperationDeclaration<z.ZodObject | undefined, z.ZodObject | undefined, z.ZodType | undefined, z.ZodType | null>,
): ApiOperation {
  const { access, response } = declaration;
  return {
    method: declaration.method.toLowerCase() as ApiOperation["method"],
    path: declaration.path,
    operationId: declaration.operationId,
    summary: declaration.summary,
    ...(declaration.description ? { description: declaration.description } : {}),
    tag: declaration.tag,
    ...(access === "public" || access === "signed-in" ? {} : { permission: access }),
    ...(declaration.pathParams ? { pathParams: declaration.pathParams } : {}),
    ...(declaration.query ? { query: declaration.query } : {}),
    ...(declaration.body ? { body: declaration.body } : {}),
    responses: { [response.status]: { description: response.description, schema: response.schema }, ...declaration.otherResponses },
    ...(declaration.version ? { conditional: true } : {}),
    ...(access === "public" ? { public: true } : {}),
  };
}
