import { describeSpecIssue } from "@/lib/catalog/specs/analyze-spec";
import type { SpecIssue } from "@/lib/catalog/specs/spec-issue";
import { HttpError } from "@/lib/http/http-error";
import { problem } from "@/lib/http/problem-details";

/** 422 naming the field whose value points at nothing (or at something the actor may not use). */
export function invalidField(pointer: string, detail: string): HttpError {
  return new HttpError(problem(422, `Field ${pointer} is invalid: ${detail}`, { errors: [{ pointer, detail }] }));
}

export function conflictOn(pointer: string, detail: string): HttpError {
  return new HttpError(problem(409, detail, { errors: [{ pointer, detail }] }));
}

/**
 * 422 for a spec document that is not valid: each issue becomes an error on /specText whose detail names the
 * line, column and pointer inside the document; `specIssues` keeps them structured for the form.
 */
export function invalidSpec(issues: SpecIssue[]): HttpError {
  return new HttpError(
    problem(422, `The spec document is not valid: ${describeSpecIssue(issues[0])}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ""}`, {
      errors: issues.map((issue) => ({ pointer: "/specText", detail: describeSpecIssue(issue) })),
      specIssues: issues,
    }),
  );
}
