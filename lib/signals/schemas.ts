import { z } from "zod";

/** The largest signal batch: points per request and bytes (JSON or OTLP, after gzip is undone). */
export const MAX_SIGNAL_POINTS = 10_000;
export const SIGNALS_BODY_BYTES = 4 * 1024 * 1024;

const zCount = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const zMs = z.number().finite().min(0).max(86_400_000);

const zLatency = z
  .strictObject({
    count: zCount.describe("Observations in this point."),
    sumMs: z.number().finite().min(0).describe("Their total, in milliseconds."),
    maxMs: zMs.optional().describe("The slowest one."),
    buckets: z
      .strictObject({
        boundsMs: z.array(zMs).max(100).describe("Upper bounds (inclusive), ascending, in milliseconds."),
        counts: z.array(zCount).max(101).describe("Observations per bucket: one more than bounds, the last unbounded."),
      })
      .optional()
      .describe("A histogram, for percentiles; without it every observation counts at the mean."),
  })
  .refine((l) => !l.buckets || l.buckets.counts.length === l.buckets.boundsMs.length + 1, {
    message: "Give one more count than bounds (the last bucket is unbounded).",
    path: ["buckets", "counts"],
  })
  .refine((l) => !l.buckets || l.buckets.counts.reduce((sum, count) => sum + count, 0) === l.count, {
    message: "The bucket counts must add up to count.",
    path: ["buckets", "counts"],
  })
  .refine((l) => !l.buckets || l.buckets.boundsMs.every((bound, index, all) => index === 0 || all[index - 1] < bound), {
    message: "Bounds must be ascending.",
    path: ["buckets", "boundsMs"],
  });

/** One point of `POST /api/v1/signals`: what one integration did around one time. Every measurement is optional. */
export const zSignalPoint = z
  .strictObject({
    integration: z.string().trim().min(1).max(200).describe("The integration's key, e.g. INT-0042."),
    time: z.iso.datetime({ offset: true }).describe("When it was measured (ISO 8601 with an offset)."),
    records: zCount.optional().describe("Records processed since the previous point (volume)."),
    errors: zCount.optional().describe("Of which failed."),
    latencyMs: zMs.optional().describe("One processing time, in milliseconds (or give `latency` for many)."),
    latency: zLatency.optional(),
    lastSuccessAt: z.iso.datetime({ offset: true }).optional().describe("The last successful run or record."),
    deadLetterDepth: zCount.optional().describe("Messages waiting in the dead-letter queue now."),
    circuitOpen: z.boolean().optional().describe("Whether the circuit breaker is open now."),
    rateLimitRejections: zCount.optional().describe("Calls refused by a rate limit since the previous point."),
    quarantined: zCount.optional().describe("Records set aside for review since the previous point."),
  })
  .refine((p) => p.latencyMs === undefined || p.latency === undefined, { message: "Give latencyMs or latency, not both.", path: ["latency"] });
export type SignalPointInput = z.infer<typeof zSignalPoint>;

/** The documented body; each point is validated on its own, so one bad point does not refuse the batch. */
export const zSignalBatch = z.strictObject({ points: z.array(zSignalPoint).min(1).max(MAX_SIGNAL_POINTS) });
/** What the operation checks before looking at points one by one. */
export const zSignalBatchShape = z.object({ points: z.array(z.unknown()).min(1).max(MAX_SIGNAL_POINTS) });

export const zSignalRefusal = z.object({
  index: z.number().int().describe("The point's position in the batch."),
  pointer: z.string().describe("JSON pointer to the refused value, e.g. /points/3/records."),
  reason: z.string(),
});
export type SignalRefusal = z.infer<typeof zSignalRefusal>;

/** Refusals listed in an answer; beyond that only counted. */
export const MAX_LISTED_REFUSALS = 100;

export const zSignalIngestResult = z.object({
  accepted: z.number().int().describe("Points stored."),
  refused: z.number().int().describe("Points refused (all of them, listed or not)."),
  refusals: z.array(zSignalRefusal).describe(`The first ${MAX_LISTED_REFUSALS} refusals.`),
  unknownIntegrations: z.array(z.string()).describe("Integration keys that name no integration."),
});
export type SignalIngestResult = z.infer<typeof zSignalIngestResult>;
