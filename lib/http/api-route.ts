import "server-only";
import { ZodError } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getActor } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError, type Actor } from "@/lib/auth/permissions";
import { DatabaseLockedError, DatabaseUnreachableError, getDb } from "@/lib/db";
import { HttpError } from "@/lib/http/http-error";
import { problem, problemResponse, validationProblem } from "@/lib/http/problem-details";

export interface ApiContext<P> {
  request: Request;
  actor: Actor;
  params: P;
  db: PrismaClient;
}

type RouteSegmentContext<P> = { params: Promise<P> };

/** Maps any failure to RFC 9457 problem details; unexpected errors are logged and answered without internals. */
export function errorToProblemResponse(error: unknown): Response {
  if (error instanceof HttpError) return problemResponse(error.details);
  if (error instanceof ZodError) return problemResponse(validationProblem(error));
  if (error instanceof NotFoundError) return problemResponse(problem(404, error.message));
  if (error instanceof ForbiddenError) return problemResponse(problem(403, error.message));
  if (error instanceof DatabaseUnreachableError || error instanceof DatabaseLockedError) {
    return problemResponse(problem(503, error.message), { "retry-after": "30" });
  }
  console.error(error);
  return problemResponse(problem(500, "Something went wrong on our side. It has been logged."));
}

/**
 * The one entry for API route handlers: authenticates (401 otherwise), opens the database and turns
 * every error into problem details. Authorization and validation happen in the domain use case.
 */
export function apiRoute<P = Record<string, never>>(handler: (context: ApiContext<P>) => Promise<Response>) {
  return async (request: Request, segment: RouteSegmentContext<P>): Promise<Response> => {
    try {
      const actor = await getActor();
      if (!actor) return problemResponse(problem(401, "Sign in, or send a valid session cookie."), { "www-authenticate": 'Bearer realm="interchange"' });
      return await handler({ request, actor, params: await segment.params, db: await getDb() });
    } catch (error) {
      return errorToProblemResponse(error);
    }
  };
}
