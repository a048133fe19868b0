import { PreconditionFailed } from "@/lib/errors/domain-errors";

/**
 * Optimistic concurrency for updates. A record's version is its `updatedAt`; the API sends it as the ETag, and an
 * update sent with the version it was based on is refused (PreconditionFailed) when the record changed since.
 * Writes must also compare-and-set on `updatedAt` inside their transaction (updateMany where id and updatedAt match,
 * 0 rows = PreconditionFailed), so that two concurrent transactions cannot both pass the check.
 */
export function versionOf(updatedAt: Date): string {
  return `"${updatedAt.getTime().toString(36)}"`;
}

export function preconditionFailed(what = "record"): PreconditionFailed {
  return new PreconditionFailed(what);
}

/** Throws PreconditionFailed unless no expected version was given or one of them is the current version. */
export function assertIfMatch(expected: readonly string[] | null, updatedAt: Date, what?: string): void {
  if (expected && !expected.includes(versionOf(updatedAt))) throw preconditionFailed(what);
}
