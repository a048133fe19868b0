import type { z } from "zod";
import { invalidInputOf } from "@/lib/errors/domain-errors";

// JSON pointers are not HTTP: they live with the domain errors; re-exported for the HTTP edge's readers.
export { pointerFromPath } from "@/lib/errors/domain-errors";

/** RFC 9457 problem details. `errors` names each field that failed, as a JSON pointer into the request. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: { pointer: string; detail: string }[];
  [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: "Bad request",
  401: "Authentication required",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict",
  412: "Precondition failed",
  413: "Payload too large",
  415: "Unsupported media type",
  422: "Validation failed",
  429: "Too many requests",
  431: "Request header fields too large",
  500: "Internal server error",
  503: "Service unavailable",
};

export function problem(status: number, detail?: string, extra: Partial<ProblemDetails> = {}): ProblemDetails {
  return { type: "about:blank", title: TITLES[status] ?? "Error", status, ...(detail ? { detail } : {}), ...extra };
}

export function problemResponse(details: ProblemDetails, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(details), {
    status: details.status,
    headers: { "content-type": "application/problem+json", ...headers },
  });
}

/** 422 naming every field of a failed schema parse (of the body, or of the query string). */
export function validationProblem(error: z.ZodError, source: "body" | "query" = "body"): ProblemDetails {
  const invalid = invalidInputOf(error, source);
  return problem(422, invalid.message, { errors: invalid.issues.map(({ pointer, detail }) => ({ pointer, detail })) });
}
