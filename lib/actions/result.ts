import { ZodError, type core } from "zod";
import type { SpecIssue } from "@/lib/catalog/specs/spec-issue";
import { DomainError, InvalidField } from "@/lib/errors/domain-errors";

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

/** zod's own English messages ("Invalid option: expected one of \"crm\"|…"), as opposed to those a schema wrote. */
const ZOD_DEFAULT_MESSAGE = /^(Invalid (input|option|string|email|URL|UUID|date|key|element|value)|Too (small|big)|Unrecognized key|Expected |Number must)/;

const number = (value: number | bigint) => Number(value).toLocaleString("en");

/** A zod issue said to a person filling a form: what to do, in a sentence, without the schema's raw values. */
function plainMessageOf(issue: core.$ZodIssue): string {
  if (!ZOD_DEFAULT_MESSAGE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null || issue.input === "") return "Fill this in.";
      return issue.expected === "number" || issue.expected === "int"
        ? "Enter a number."
        : issue.expected === "date"
          ? "Enter a date."
          : issue.expected === "boolean"
            ? "Choose yes or no."
            : issue.expected === "array"
              ? "Choose from the list."
              : "This value is not accepted here.";
    case "invalid_value":
      return "Choose one of the options.";
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "Fill this in." : `At least ${number(issue.minimum)} characters.`;
      if (issue.origin === "array" || issue.origin === "set")
        return Number(issue.minimum) <= 1 ? "Choose at least one." : `Choose at least ${number(issue.minimum)}.`;
      if (issue.origin === "date") return "This date is too early.";
      return `${issue.inclusive === false ? "More than" : "At least"} ${number(issue.minimum)}.`;
    case "too_big":
      if (issue.origin === "string") return `At most ${number(issue.maximum)} characters.`;
      if (issue.origin === "array" || issue.origin === "set") return `At most ${number(issue.maximum)} items.`;
      if (issue.origin === "date") return "This date is too late.";
      return `${issue.inclusive === false ? "Less than" : "At most"} ${number(issue.maximum)}.`;
    case "invalid_format":
      if (issue.format === "email") return "Enter an e-mail address, like name@example.com.";
      if (issue.format === "url") return "Enter a web address, like https://example.com.";
      if (issue.format === "date" || issue.format === "datetime") return "Enter a date.";
      return "This is not written the expected way.";
    case "not_multiple_of":
      return `Use a multiple of ${number(issue.divisor)}.`;
    case "unrecognized_keys":
      return `Not a field of this form: ${issue.keys.join(", ")}.`;
    default:
      return "This value is not accepted here.";
  }
}

/**
 * The first message per field of a failed parse, in plain words: the browser's pre-check and the server speak the
 * same keys. Messages the schemas wrote stay as written; zod's defaults become sentences.
 */
export function fieldErrorsOf(error: ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[fieldKeyOfPath(issue.path)] ??= plainMessageOf(issue);
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
    // "Field /sunsetAt is invalid: …" names the field for API clients; a form shows the field, so it says only why.
    const message = error instanceof InvalidField ? error.issues[0].detail : error.message;
    return { ok: false, error: message, fieldErrors, ...(specIssues ? { specIssues } : {}) };
  }
  throw error;
}
