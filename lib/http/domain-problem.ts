import type { DomainError, DomainErrorKind } from "@/lib/errors/domain-errors";
import { problem, type ProblemDetails } from "@/lib/http/problem-details";

/** The one place a domain refusal gets its HTTP status: the table is exhaustive, so a new kind must be mapped here. */
const STATUS_OF: Record<DomainErrorKind, number> = {
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  "precondition-failed": 412,
  "invalid-input": 422,
  "malformed-input": 400,
};

/** RFC 9457 problem details for a domain error: its message is the detail, its issues the `errors` members. */
export function domainProblem(error: DomainError): ProblemDetails {
  return problem(STATUS_OF[error.kind], error.message, {
    ...error.extensions,
    ...(error.issues.length > 0 ? { errors: error.issues.map(({ pointer, detail }) => ({ pointer, detail })) } : {}),
  });
}
