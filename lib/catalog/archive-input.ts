import { z } from "zod";
import { ARCHIVED_SPELLINGS_DEPRECATED_AT, ARCHIVED_SPELLINGS_SUNSET } from "@/lib/catalog/archived-filter";

/** The one archive request of every record type (integrations, systems, contracts, consumers). */
export const ARCHIVE_TEXT_LIMITS = { reason: 2000, consumerPlan: 2000 } as const;

/** The largest archive request the API accepts: a reason and a plan of at most 2,000 characters each. */
export const ARCHIVE_BODY_BYTES = 16 * 1024;

export const zArchiveInput = z.strictObject({
  reason: z
    .string({ error: "Say why (at least 3 characters)." })
    .trim()
    .min(3, "Say why (at least 3 characters).")
    .max(ARCHIVE_TEXT_LIMITS.reason, `At most ${ARCHIVE_TEXT_LIMITS.reason} characters.`),
  /** Required by the use case while something still depends on the record: what happens to it. */
  consumerPlan: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    z.string().trim().max(ARCHIVE_TEXT_LIMITS.consumerPlan, `At most ${ARCHIVE_TEXT_LIMITS.consumerPlan} characters.`).nullable().optional(),
  ),
});

const PLAN_SEPARATOR = "\n\nConsumers: ";

/** A contract keeps the plan for its consumers next to the reason, where its readers look for it. */
export function archiveReasonWithPlan(reason: string, consumerPlan: string | null | undefined): string {
  return consumerPlan ? `${reason}${PLAN_SEPARATOR}${consumerPlan}` : reason;
}

/** The longest archive reason a record can hold (a contract's reason with its plan): the export file allows it. */
export const STORED_ARCHIVE_REASON_MAX = ARCHIVE_TEXT_LIMITS.reason + PLAN_SEPARATOR.length + ARCHIVE_TEXT_LIMITS.consumerPlan;

/**
 * The contracts API took the plan as `consumerImpact` before one archive body served every record type. It is
 * still accepted (renamed to `consumerPlan`) in the same window as the old `?archived=` spellings; an answer to a
 * body that uses it carries Deprecation and Sunset headers.
 */
export const LEGACY_ARCHIVE_BODY_FIELDS = {
  fields: { consumerImpact: "consumerPlan" },
  deprecatedAt: ARCHIVED_SPELLINGS_DEPRECATED_AT,
  sunset: ARCHIVED_SPELLINGS_SUNSET,
} as const;
