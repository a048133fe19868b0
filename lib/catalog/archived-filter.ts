import { z } from "zod";
import { emptyAsUndefined } from "@/lib/validation/primitives";

/** Which records a list shows by their archive state, for every record type that can be archived. */
export const ARCHIVED_FILTERS = ["exclude", "include", "only"] as const;
export type ArchivedFilter = (typeof ARCHIVED_FILTERS)[number];

export const ARCHIVED_FILTER_LABELS: Readonly<Record<ArchivedFilter, string>> = {
  exclude: "Current",
  include: "Current and archived",
  only: "Archived",
};

/**
 * The spellings contracts and consumers took before one vocabulary served every record type. They are still
 * accepted (mapped to the new words) until ARCHIVED_SPELLINGS_SUNSET; the API marks an answer to one of them with
 * Deprecation and Sunset headers, so that scripts notice before they break.
 */
export const LEGACY_ARCHIVED_SPELLINGS: Readonly<Record<string, ArchivedFilter>> = { active: "exclude", all: "include", archived: "only" };
export const ARCHIVED_SPELLINGS_DEPRECATED_AT = new Date("2026-12-03T00:00:00Z");
export const ARCHIVED_SPELLINGS_SUNSET = new Date("2027-06-30T00:00:00Z");

/** For the list operations: which query values answer with Deprecation and Sunset headers. */
export const LEGACY_ARCHIVED_QUERY = {
  parameter: "archived",
  values: Object.keys(LEGACY_ARCHIVED_SPELLINGS),
  deprecatedAt: ARCHIVED_SPELLINGS_DEPRECATED_AT,
  sunset: ARCHIVED_SPELLINGS_SUNSET,
} as const;

const toCurrentSpelling = (value: unknown) => {
  const given = emptyAsUndefined(value);
  return typeof given === "string" && Object.hasOwn(LEGACY_ARCHIVED_SPELLINGS, given) ? LEGACY_ARCHIVED_SPELLINGS[given] : given;
};

export const zArchivedFilter = z
  .preprocess(toCurrentSpelling, z.enum(ARCHIVED_FILTERS).default("exclude"))
  .describe("exclude (default), include or only archived records. Deprecated until 2027-06-30: active, all, archived.");

/** The condition on `archivedAt` a filter asks for (none for "include"). */
export function archivedAtCondition(filter: ArchivedFilter | undefined): { archivedAt: null } | { archivedAt: { not: null } } | null {
  if (filter === "only") return { archivedAt: { not: null } };
  if (filter === "include") return null;
  return { archivedAt: null };
}
