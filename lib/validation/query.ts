import type { z } from "zod";
import { badCharacterIn } from "@/lib/validation/text-characters";

/**
 * The one rule for reading key/value entries (a URL's query, a submitted form's data) into an object for a zod
 * schema: a key given once is a value, a key given several times is an array of its values, in order.
 */
export function recordOfEntries<V>(entries: Iterable<readonly [string, V]>): Record<string, V | V[]> {
  // A Map, then fromEntries: a key such as "__proto__" becomes an own property instead of a prototype.
  const values = new Map<string, V[]>();
  for (const [key, value] of entries) {
    const list = values.get(key);
    if (list) list.push(value);
    else values.set(key, [value]);
  }
  return Object.fromEntries([...values].map(([key, list]) => [key, list.length === 1 ? list[0] : list]));
}

/** A request's query string as an object for a schema, by the one rule above. */
export function queryRecordOf(url: string | URL): Record<string, string | string[]> {
  return recordOfEntries(new URL(url).searchParams);
}

/** What a Next.js page receives as `searchParams` (already by the same rule: a repeated key is an array). */
export type PageSearchParams = Record<string, string | string[] | undefined>;

export interface PageQuery<T> {
  /** The parsed query: the parameters that were valid, defaults for the rest. */
  query: T;
  /** The parameters that were not understood and were left out, to tell the person (`IgnoredFiltersNotice`). */
  ignored: string[];
}

/**
 * Reads a page's query with its list schema. A link with one bad filter still shows the list: the parameters the
 * schema refuses are left out (so they take their defaults) and named in `ignored`, and the valid ones are kept.
 */
export function readPageQuery<S extends z.ZodType>(schema: S, searchParams: PageSearchParams): PageQuery<z.output<S>> {
  const present = Object.entries(searchParams).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined);
  // A value no text field can hold (`?q=%00`) would fail in the database, not in the schema: it is ignored here.
  const unstorable = ([, value]: [string, string | string[]]) => [value].flat().some((text) => badCharacterIn(text) !== null);
  let given = present.filter((entry) => !unstorable(entry));
  const ignored: string[] = present.filter(unstorable).map(([key]) => key);
  // Each pass leaves out at least one parameter, so this ends after at most one pass per parameter.
  for (;;) {
    const parsed = schema.safeParse(Object.fromEntries(given));
    if (parsed.success) return { query: parsed.data, ignored };
    const refused = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "")));
    const kept = given.filter(([key]) => !refused.has(key));
    // A refusal that names no given parameter (a rule across several): nothing of the query can be trusted.
    if (kept.length === given.length) {
      ignored.push(...given.map(([key]) => key));
      return { query: schema.parse({}), ignored };
    }
    ignored.push(...given.filter(([key]) => refused.has(key)).map(([key]) => key));
    given = kept;
  }
}

/** Turns a parsed list query back into URL parameters (arrays joined by commas), for links that keep the state. */
export function toSearchParams(query: Record<string, unknown>): Record<string, string | undefined> {
  const params: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    params[key] = Array.isArray(value) ? (value.length ? value.join(",") : undefined) : String(value);
  }
  return params;
}
