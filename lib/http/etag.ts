import { versionOf } from "@/lib/concurrency/record-version";

/** The ETag of a record: its version (see `lib/concurrency/record-version.ts`). */
export function etagOf(updatedAt: Date): string {
  return versionOf(updatedAt);
}

/** The If-Match header's entity tags, or null when absent or `*` (no precondition). */
export function readIfMatch(request: Request): string[] | null {
  const header = request.headers.get("if-match");
  if (!header || header.trim() === "*") return null;
  return header.split(",").map((tag) => tag.trim().replace(/^W\//, ""));
}
