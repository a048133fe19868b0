import { HttpError } from "@/lib/http/http-error";
import { problem } from "@/lib/http/problem-details";

/**
 * Optimistic concurrency for updates. A record's version is its `updatedAt`; the ETag carries it, and an update
 * sent with If-Match is refused with 412 when the record changed since. Writes must also compare-and-set on
 * `updatedAt` inside their transaction (updateMany where id and updatedAt match, 0 rows = 412), so that two
 * concurrent transactions cannot both pass the check.
 */
export function etagOf(updatedAt: Date): string {
  return `"${updatedAt.getTime().toString(36)}"`;
}

/** The If-Match header's entity tags, or null when absent or `*` (no precondition). */
export function readIfMatch(request: Request): string[] | null {
  const header = request.headers.get("if-match");
  if (!header || header.trim() === "*") return null;
  return header.split(",").map((tag) => tag.trim().replace(/^W\//, ""));
}

export function preconditionFailed(what = "record"): HttpError {
  return new HttpError(
    problem(412, `The ${what} was changed by someone else since you loaded it. Reload it, reapply your change and try again.`),
  );
}

/** Throws 412 unless no precondition was given or it names the current version. */
export function assertIfMatch(ifMatch: string[] | null, updatedAt: Date, what?: string): void {
  if (ifMatch && !ifMatch.includes(etagOf(updatedAt))) throw preconditionFailed(what);
}
