import { ZodError } from "zod";
import type { SpecIssue } from "@/lib/catalog/specs/spec-issue";
import { DomainError } from "@/lib/errors/domain-errors";

/** What a form's server action answers: success with a message to toast, or errors to show next to the fields. */
export type FormActionResult<T = undefined> =
  | { ok: true; message: string; value: T }
  | { ok: false; error: string; fieldErrors: Record<string, string>; specIssues?: SpecIssue[] };

/** "/glossary/0/field" -> "glossary.0.field", the key a form uses for the control of that field. */
export function fieldKeyOf(pointer: string): string {
  return pointer.replace(/^\//, "").split("/").join(".");
}

export function fieldErrorsOf(error: ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.map(String).join(".")] ??= issue.message;
  return errors;
}

/** Expected refusals become a form result; anything else is a bug and propagates to the error boundary. */
export function toFormError(error: unknown): FormActionResult<never> {
  if (error instanceof ZodError) return { ok: false, error: "Some fields need attention.", fieldErrors: fieldErrorsOf(error) };
  if (error instanceof DomainError) {
    const fieldErrors: Record<string, string> = {};
    for (const item of error.issues) fieldErrors[fieldKeyOf(item.pointer)] ??= item.detail;
    const specIssues = error.extensions.specIssues as SpecIssue[] | undefined;
    return { ok: false, error: error.message, fieldErrors, ...(specIssues ? { specIssues } : {}) };
  }
  throw error;
}

export const SESSION_EXPIRED: FormActionResult<never> = { ok: false, error: "Your session has expired. Sign in again.", fieldErrors: {} };
