import { z } from "zod";
import { invalidInputOf } from "@/lib/errors/domain-errors";

// An HTML form submits an empty field as "": that means "no filter", not an invalid value.
export const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

/**
 * A filter that takes one or several values, written in the URL as `health=failing,degraded` (what the home page
 * links to) or as repeated parameters. Empty means no filter.
 */
export function zMultiValue<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess((value) => {
    const parts = (Array.isArray(value) ? value : [value])
      .flatMap((v) => (typeof v === "string" ? v.split(",") : []))
      .map((v) => v.trim())
      .filter(Boolean);
    return parts.length > 0 ? [...new Set(parts)] : undefined;
  }, z.array(z.enum(values)).max(values.length).optional());
}

export const zSearchText = z.preprocess(emptyAsUndefined, z.string().trim().max(200).optional());
/**
 * The search text as a literal inside Prisma's `contains` (a LIKE '%…%' that does not escape): `%`, `_` and `\`
 * otherwise act as wildcards, and `invoice%number` would match "invoice_number".
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

export const zSlugFilter = z.preprocess(emptyAsUndefined, z.string().trim().max(100).optional());
export const zPageNumber = z.coerce.number().int().min(1).max(100_000).default(1);

/** Turns a parsed list query back into URL parameters (arrays joined by commas), for links that keep the state. */
export function toSearchParams(query: Record<string, unknown>): Record<string, string | undefined> {
  const params: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    params[key] = Array.isArray(value) ? (value.length ? value.join(",") : undefined) : String(value);
  }
  return params;
}

/** A URL's query as an object, repeated parameters as arrays, ready for a list schema. */
export function searchParamsToObject(searchParams: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(searchParams.keys())) {
    const all = searchParams.getAll(key);
    result[key] = all.length === 1 ? all[0] : all;
  }
  return result;
}

/** Parses an API request's query with a list schema; a bad parameter answers 422 naming it. */
export function readListQuery<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  const parsed = schema.safeParse(searchParamsToObject(new URL(request.url).searchParams));
  if (!parsed.success) throw invalidInputOf(parsed.error, "query");
  return parsed.data;
}
