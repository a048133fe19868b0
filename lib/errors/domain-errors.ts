import type { ZodError } from "zod";

/**
 * The refusals a use case can answer with, in the domain's words. Domain code throws these and never speaks HTTP;
 * the HTTP boundary maps them to problem details once (`lib/http/domain-problem.ts`) and the server-action boundary
 * maps them to form results once. A refusal that names a field carries it as a JSON pointer into the input.
 */
export interface FieldIssue {
  readonly pointer: string;
  readonly detail: string;
}

export type DomainErrorKind = "unauthenticated" | "forbidden" | "not-found" | "conflict" | "precondition-failed" | "invalid-input" | "malformed-input";

export interface DomainErrorOptions {
  /** The fields that caused the refusal. */
  issues?: readonly FieldIssue[];
  /** Structured facts a client can act on (the counts that block an archive, a spec's issues). */
  extensions?: Readonly<Record<string, unknown>>;
}

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  readonly issues: readonly FieldIssue[];
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(detail: string, { issues = [], extensions = {} }: DomainErrorOptions = {}) {
    super(detail);
    this.name = new.target.name;
    this.issues = issues;
    this.extensions = extensions;
  }
}

/** The caller's credential is unknown, expired or revoked. */
export class Unauthenticated extends DomainError {
  readonly kind = "unauthenticated";
}

/** The caller is known but may not do this. */
export class Forbidden extends DomainError {
  readonly kind = "forbidden";
}

/** The record does not exist, or the caller may not know that it does. */
export class NotFound extends DomainError {
  readonly kind = "not-found";
  constructor(what = "The resource", options?: DomainErrorOptions) {
    super(`${what} was not found.`, options);
  }
}

/** The request is well formed but collides with the current state (a taken slug, an archived record). */
export class Conflict extends DomainError {
  readonly kind = "conflict";
}

/** The record changed since the caller read it (optimistic concurrency). */
export class PreconditionFailed extends DomainError {
  readonly kind = "precondition-failed";
  constructor(what = "record") {
    super(`The ${what} was changed by someone else since you loaded it. Reload it, reapply your change and try again.`);
  }
}

/** The input is understood but one or more of its values are not acceptable. */
export class InvalidInput extends DomainError {
  readonly kind = "invalid-input";
}

/** One named field is not acceptable. */
export class InvalidField extends InvalidInput {
  constructor(pointer: string, detail: string, options: Omit<DomainErrorOptions, "issues"> = {}) {
    super(`Field ${pointer} is invalid: ${detail}`, { ...options, issues: [{ pointer, detail }] });
  }
}

/** The input cannot be understood at all (a token or cursor this service never issued). */
export class MalformedInput extends DomainError {
  readonly kind = "malformed-input";
}

/** RFC 6901 JSON pointer of a path into the input: `["owners", 0]` → `/owners/0`. */
export function pointerFromPath(path: readonly PropertyKey[]): string {
  return "/" + path.map((segment) => String(segment).replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
}

/** A failed schema parse as an InvalidInput naming every field; `source` says whether the fields are the query's. */
export function invalidInputOf(error: ZodError, source: "body" | "query" = "body"): InvalidInput {
  const issues = error.issues.map((issue) => ({ pointer: pointerFromPath(issue.path), detail: issue.message }));
  const first = issues[0];
  const detail = first ? `${source === "query" ? "Query parameter" : "Field"} ${first.pointer} is invalid: ${first.detail}` : "The input is invalid.";
  return new InvalidInput(detail, { issues });
}
