import { z } from "zod";
import { DERIVED_HEALTH_STATES } from "./derive-health";

/** How long an override may last: it is a stopgap with a reason, not a second source of truth (decision 051). */
export const HEALTH_OVERRIDE_MAX_DAYS = 90;

export const HEALTH_OVERRIDE_BODY_BYTES = 16 * 1024;

export const zHealthOverrideInput = z.strictObject({
  health: z.enum(DERIVED_HEALTH_STATES, { error: "Choose the health to show." }).describe("The health to show until `until`."),
  reason: z
    .string({ error: "Say why the signals are not telling the truth (at least 3 characters)." })
    .trim()
    .min(3, "Say why the signals are not telling the truth (at least 3 characters).")
    .max(2000, "At most 2,000 characters."),
  until: z.coerce
    .date({ error: "Give the date and time the override ends." })
    .describe(`When the override ends by itself: in the future, at most ${HEALTH_OVERRIDE_MAX_DAYS} days ahead.`),
});

export const zEndHealthOverrideInput = z.strictObject({});

/** The override as answers show it; null when none is in force. */
export const zHealthOverrideOutput = z
  .object({
    health: z.enum(DERIVED_HEALTH_STATES),
    reason: z.string(),
    until: z.date(),
    by: z.object({ id: z.string(), name: z.string() }).nullable(),
  })
  .nullable();
