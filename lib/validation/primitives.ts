import { z } from "zod";

/** An HTML form submits an empty field as "": that means "not given", not an invalid value. */
export const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

/** A record's id, slug or key as a server action receives it from the page that rendered the form. */
export const zRecordRef = z.string().trim().min(1).max(200);

/** The ETag a form was loaded with, sent back so that a concurrent change is refused instead of overwritten. */
export const zEtag = z.string().max(200);

/**
 * A record's values as a form sends them. The use case parses them with the same schema as the API, inside the
 * mutation pipeline, so a form and an API client get the same field errors from one place.
 */
export const zUseCaseInput = z.unknown();
