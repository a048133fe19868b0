import "server-only";
import { ZodError } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/permissions";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-api-token";
import { bearerTokenOf } from "@/lib/api-tokens/token-secret";
import { getDb, isDatabaseUnavailable } from "@/lib/db";
import { HttpError } from "@/lib/http/http-error";
import { databaseUnavailableResponse } from "@/lib/http/database-unavailable-response";
import { assertSameOriginWrite } from "@/lib/http/cross-origin";
import { assertCleanUrl } from "@/lib/http/input-characters";
import { enforceRateLimits } from "@/lib/http/rate-limit";
import { DomainError } from "@/lib/errors/domain-errors";
import { domainProblem } from "@/lib/http/domain-problem";
import { problem, problemResponse, validationProblem } from "@/lib/http/problem-details";

export interface ApiContext<P> {
  request: Request;
  actor: Actor;
  /** How the caller authenticated: a few operations (creating API tokens) need a person at the keyboard. */
  credential: "session" | "api_token";
  params: P;
  db: PrismaClient;
}

type RouteSegmentContext<P> = { params: Promise<P> };

export interface RouteOptions {
  /** The handler writes nothing even though it is a POST (it needs a body): read-only API tokens may call it. */
  changesNothing?: boolean;
  /**
   * Also accept the API token as `?token=ix_…`, for clients that cannot send headers or cookies (calendar apps
   * subscribing to a feed). GET only; a token in a URL ends up in logs, so feeds should get a read-only token.
   */
  queryToken?: boolean;
  /** The operation's id, for token scopes that name the operations they may call. */
  operationId?: string;
}

const BEARER_CHALLENGE = 'Bearer realm="interchange"';

/** Maps any failure to RFC 9457 problem details; unexpected errors are logged and answered without internals. */
export function errorToProblemResponse(error: unknown): Response {
  if (error instanceof HttpError) {
    return problemResponse(error.details, {
      ...error.headers,
      ...(error.details.status === 401 ? { "www-authenticate": `${BEARER_CHALLENGE}, error="invalid_token"` } : {}),
    });
  }
  if (error instanceof DomainError) {
    return problemResponse(domainProblem(error), error.kind === "unauthenticated" ? { "www-authenticate": `${BEARER_CHALLENGE}, error="invalid_token"` } : {});
  }
  if (error instanceof ZodError) return problemResponse(validationProblem(error));
  if (isDatabaseUnavailable(error)) return databaseUnavailableResponse(error);
  console.error(error);
  return problemResponse(problem(500, "Something went wrong on our side. It has been logged."));
}

/**
 * The one entry for API route handlers: authenticates (401 otherwise), opens the database and turns
 * every error into problem details. Authorization and validation happen in the domain use case.
 *
 * A personal API token (`Authorization: Bearer ix_...`) is checked first and, when present, decides alone: a bad
 * token is a 401 even if a session cookie came along, so that scripts never silently act as someone else.
 */
function queryTokenOf(request: Request): string | null {
  if (request.method !== "GET") return null;
  const token = new URL(request.url).searchParams.get("token");
  return token ? bearerTokenOf(`Bearer ${token}`) : null;
}

export function apiRoute<P = Record<string, never>>(
  handler: (context: ApiContext<P>) => Promise<Response>,
  { changesNothing = false, queryToken = false, operationId }: RouteOptions = {},
) {
  return async (request: Request, segment: RouteSegmentContext<P>): Promise<Response> => {
    try {
      const db = await getDb();
      const headerSecret = bearerTokenOf(request.headers.get("authorization"));
      const secret = headerSecret ?? (queryToken ? queryTokenOf(request) : null);
      assertSameOriginWrite(request, secret ? "api_token" : "session");
      // A POST that only computes (a contract check from CI) is a read as far as token scopes go.
      const method = changesNothing ? "GET" : request.method;
      const actor = secret ? await authenticateApiToken(db, { secret, method, operationId, inUrl: !headerSecret }) : await getActor();
      if (!actor)
        return problemResponse(problem(401, "Sign in, send a valid session cookie, or send a personal API token as Authorization: Bearer ix_…"), {
          "www-authenticate": BEARER_CHALLENGE,
        });
      await enforceRateLimits(db, request, secret);
      assertCleanUrl(request, await segment.params);
      return await handler({ request, actor, credential: secret ? "api_token" : "session", params: await segment.params, db });
    } catch (error) {
      return errorToProblemResponse(error);
    }
  };
}
