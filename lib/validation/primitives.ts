import { z } from "zod";

/** An HTML form submits an empty field as "": that means "not given" (no filter), not an invalid value. */
export const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

/**
 * A filter that takes one or several values, written in the URL as `health=failing,degraded` (what the home page
 * links to) or as repeated parameters. Empty means no filter.
 */
export function zMultiValue<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(
    (value) => {
      const parts = (Array.isArray(value) ? value : [value])
        .flatMap((v) => (typeof v === "string" ? v.split(",") : []))
        .map((v) => v.trim())
        .filter(Boolean);
      return parts.length > 0 ? [...new Set(parts)] : undefined;
    },
    z.array(z.enum(values)).max(values.length).optional(),
  );
}

/** A list's free-text search. */
export const zSearchText = z.preprocess(emptyAsUndefined, z.string().trim().max(200).optional());

/** A filter naming one record by its slug. */
export const zSlugFilter = z.preprocess(emptyAsUndefined, z.string().trim().max(100).optional());

/** A page of a paged list, from 1. */
export const zPageNumber = z.coerce.number().int().min(1).max(100_000).default(1);

/** A record's id, slug or key as a server action receives it from the page that rendered the form. */
export const zRecordRef = z.string().trim().min(1).max(200);

/** The ETag a form was loaded with, sent back so that a concurrent change is refused instead of overwritten. */
export const zEtag = z.string().max(200);

/**
 * A record's values as a form sends them. The use case parses them with the same schema as the API, inside the
 * mutation pipeline, so a form and an API client get the same field errors from one place.
 */
export const zUseCaseInput = z.unknown();
