import { z } from "zod";
import type { IncidentCause } from "@/lib/generated/prisma/enums";
import { ANOMALY_CAUSES } from "@/lib/signals/anomalies/anomaly-rules";
import { zCursorPageQuery } from "@/lib/pagination/cursor";
import { emptyAsUndefined, zRecordRef } from "@/lib/validation/primitives";

export const INCIDENT_CAUSE_LABELS: Readonly<Record<IncidentCause, string>> = {
  volume_drop: "Volume drop",
  error_spike: "Error spike",
  freshness_breach: "Stale: no recent success",
  dead_letter_growth: "Dead-letter queue growing",
};

/** Derived from the timestamps: open (nobody on it yet), acknowledged (someone is), resolved. */
export const INCIDENT_STATES = ["open", "acknowledged", "resolved"] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];

export const INCIDENT_STATE_LABELS: Readonly<Record<IncidentState, string>> = {
  open: "Open",
  acknowledged: "Acknowledged",
  resolved: "Resolved",
};

/** The numbers behind an incident (an AnomalyFinding and the hour it is about), stored as JSON on the incident. */
export const zIncidentFigures = z.object({
  cause: z.enum(ANOMALY_CAUSES),
  observed: z.number(),
  expected: z.number(),
  threshold: z.number(),
  deviation: z.number().nullable(),
  windowStart: z.iso.datetime(),
});
export type IncidentFigures = z.infer<typeof zIncidentFigures>;

/** The largest acknowledge or resolve body: a note of at most 2,000 characters. */
export const INCIDENT_ACTION_BODY_BYTES = 16 * 1024;

const zOptionalNote = z.preprocess(emptyAsUndefined, z.string().trim().max(2000, "At most 2,000 characters.").optional());

export const zAcknowledgeIncidentInput = z.strictObject({
  note: zOptionalNote.describe("What is being done, for the others who get the alert."),
});

export const zResolveIncidentInput = z.strictObject({
  note: z
    .string({ error: "Say what fixed it or why it is not a problem (at least 3 characters)." })
    .trim()
    .min(3, "Say what fixed it or why it is not a problem (at least 3 characters).")
    .max(2000, "At most 2,000 characters."),
});

export const zIncidentListQuery = zCursorPageQuery.extend({
  integration: z.preprocess(emptyAsUndefined, zRecordRef.optional()).describe("An integration's id or key."),
  state: z.preprocess(emptyAsUndefined, z.enum([...INCIDENT_STATES, "unresolved"]).optional()).describe("unresolved = open or acknowledged."),
});
export type IncidentListQuery = z.infer<typeof zIncidentListQuery>;

const zPersonRef = z.object({ id: z.string(), name: z.string() }).nullable();

export const zIncidentOutput = z.object({
  id: z.string(),
  integration: z.object({ id: z.string(), key: z.string(), name: z.string() }),
  cause: z.enum(ANOMALY_CAUSES),
  state: z.enum(INCIDENT_STATES),
  text: z.string(),
  openingFigures: zIncidentFigures,
  latestFigures: zIncidentFigures,
  openedAt: z.date(),
  lastSeenAt: z.date(),
  acknowledgedAt: z.date().nullable(),
  acknowledgedBy: zPersonRef,
  acknowledgementNote: z.string().nullable(),
  resolvedAt: z.date().nullable(),
  /** Null on a resolved incident when the evaluation resolved it because the cause cleared. */
  resolvedBy: zPersonRef,
  resolutionNote: z.string().nullable(),
  updatedAt: z.date(),
});
export type IncidentOutput = z.infer<typeof zIncidentOutput>;

export const zIncidentPage = z.object({
  items: z.array(zIncidentOutput),
  nextCursor: z.string().nullable(),
});
