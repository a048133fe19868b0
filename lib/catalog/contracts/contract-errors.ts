import { describeSpecIssue } from "@/lib/catalog/specs/analyze-spec";
import type { SpecIssue } from "@/lib/catalog/specs/spec-issue";
import { Conflict, InvalidField, InvalidInput } from "@/lib/errors/domain-errors";

/** The field whose value points at nothing (or at something the actor may not use). */
export function invalidField(pointer: string, detail: string): InvalidField {
  return new InvalidField(pointer, detail);
}

export function conflictOn(pointer: string, detail: string): Conflict {
  return new Conflict(detail, { issues: [{ pointer, detail }] });
}

/**
 * A spec document that is not valid: each issue becomes an error on /specText whose detail names the line, column
 * and pointer inside the document; `specIssues` keeps them structured for the form.
 */
export function invalidSpec(issues: SpecIssue[]): InvalidInput {
  return new InvalidInput(`The spec document is not valid: ${describeSpecIssue(issues[0])}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ""}`, {
    issues: issues.map((issue) => ({ pointer: "/specText", detail: describeSpecIssue(issue) })),
    extensions: { specIssues: issues },
  });
}
