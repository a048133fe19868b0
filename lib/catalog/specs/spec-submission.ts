import { fieldKeyOf, type ActionFailure } from "@/lib/actions/result";
import { MAX_SPEC_BYTES } from "@/lib/catalog/contracts/schemas";
import type { SpecIssue } from "@/lib/catalog/specs/spec-issue";

/**
 * What the browser does around sending a spec document to the REST API (contract versions, change proposals):
 * reading an uploaded file, and reading the problem+json answer when the save is refused.
 */

interface ProblemBody {
  detail?: string;
  title?: string;
  errors?: { pointer: string; detail: string }[];
  specIssues?: SpecIssue[];
}

/** The text of an uploaded spec file, or why it is refused (too large) without reading it. */
export async function readSpecFile(file: File): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (file.size > MAX_SPEC_BYTES) return { ok: false, error: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 10 MB.` };
  return { ok: true, text: await file.text() };
}

/**
 * A refused save as the form shows it: one error per field (the spec field points at the issue list when the
 * document itself is invalid), the document's issues, and the toast's message (null: the form's own fallback).
 */
export async function readSpecSaveProblem(response: Response): Promise<{ fieldErrors: Record<string, string>; issues: SpecIssue[]; message: string | null }> {
  const problem = (await response.json().catch(() => ({}))) as ProblemBody;
  const fieldErrors: Record<string, string> = {};
  for (const item of problem.errors ?? []) fieldErrors[fieldKeyOf(item.pointer)] ??= item.detail;
  if (problem.specIssues)
    fieldErrors.specText = `The document has ${problem.specIssues.length} problem${problem.specIssues.length === 1 ? "" : "s"}: see the list below.`;
  return {
    fieldErrors,
    issues: problem.specIssues ?? [],
    message: problem.specIssues ? "The spec document is not valid." : (problem.detail ?? problem.title ?? null),
  };
}

/** A refused save as the one form result `useActionForm` shows; `fallback` when the answer says nothing usable. */
export async function specSaveFailureOf(response: Response, fallback: string): Promise<ActionFailure> {
  const refused = await readSpecSaveProblem(response);
  return { ok: false, error: refused.message ?? fallback, fieldErrors: refused.fieldErrors, specIssues: refused.issues };
}
