import { ZodError } from "zod";
import type { SpecIssue } from "@/lib/catalog/specs/spec-issue";
import { DomainError } from "@/lib/errors/domain-errors";

/**
 * What every server action answers: success with a message to toast and a value (where to go, a new secret), or
 * a refusal with a message and errors keyed by the field's dot path ("owners.data_owner", "glossary.0.field"), the
 * key a form uses for the control of that field.
 */
export type ActionResult<T = undefined> =
  { ok: true; message: string; value: T } | { ok: false; error: string; fieldErrors: Record<string, string>; specIssues?: SpecIssue[] };

export type ActionFailure = Extract<ActionResult, { ok: false }>;

export const SESSION_EXPIRED: ActionFailure = { ok: false, error: "Your session has expired. Sign in again.", fieldErrors: {} };

export const INVALID_FIELDS_MESSAGE = "Some fields need attention.";

/** ["glossary", 0, "field"] -> "glossary.0.field". */
export const fieldKeyOfPath = (path: readonly PropertyKey[]) => path.map(String).join(".");

/** "/glossary/0/field" (an RFC 6901 pointer, as problem details name fields) -> "glossary.0.field". */
export function fieldKeyOf(pointer: string): string {
  return pointer
    .replace(/^\//, "")
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
    .join(".");
}

/** The first message per field of a failed parse: the browser's pre-check and the server speak the same keys. */
export function fieldErrorsOf(error: ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[fieldKeyOfPath(issue.path)] ??= issue.message;
  return errors;
}

/**
 * The one mapping of an expected refusal (a failed parse, a domain error) to a form result, as
 * `lib/http/domain-problem.ts` is the one mapping to problem details. Anything else is a bug, not a refusal: it is
 * rethrown so that it reaches the error boundary and the server log instead of a toast.
 */
export function actionFailureOf(error: unknown): ActionFailure {
  if (error instanceof ZodError) return { ok: false, error: INVALID_FIELDS_MESSAGE, fieldErrors: fieldErrorsOf(error) };
  if (error instanceof DomainError) {
    const fieldErrors: Record<string, string> = {};
    for (const item of error.issues) fieldErrors[fieldKeyOf(item.pointer)] ??= item.detail;
    const specIssues = error.extensions.specIssues as SpecIssue[] | undefined;
    return { ok: false, error: error.message, fieldErrors, ...(specIssues ? { specIssues } : {}) };
  }
  throw error;
}
