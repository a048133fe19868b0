import { z } from "zod";
import { MalformedInput } from "@/lib/errors/domain-errors";

/**
 * Keyset ("cursor") pagination for the REST API: a cursor is the sort key of the last row served plus its id,
 * opaque to clients. Unlike offsets it stays correct while rows are inserted, and costs the same on page 1,000.
 */
export const MAX_PAGE_SIZE = 200;

export const zCursorPageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  cursor: z.string().max(2000).optional(),
});
export type CursorPageQuery = z.infer<typeof zCursorPageQuery>;

export type CursorKey = readonly (string | number | boolean | null)[];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** Throws a 400 problem naming the `cursor` parameter when the cursor was not made by encodeCursor. */
export function decodeCursor(cursor: string, length: number): CursorKey {
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(key) && key.length === length && key.every((v) => v === null || ["string", "number", "boolean"].includes(typeof v))) {
      return key as CursorKey;
    }
  } catch {
    // fall through to the problem below
  }
  throw new MalformedInput("The cursor is not one this API issued; start again without it.", { issues: [{ pointer: "/cursor", detail: "Invalid cursor." }] });
}

export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** Given limit+1 rows fetched in order, returns the page and the cursor of its last row when more follow. */
export function toCursorPage<T>(rows: T[], limit: number, keyOf: (row: T) => CursorKey): CursorPage<T> {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor(keyOf(items[items.length - 1])) : null };
}
