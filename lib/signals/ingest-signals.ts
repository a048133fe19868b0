import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { recordSignalPoints } from "@/lib/portal-metrics/instruments";
import { emptyLatencyBuckets, latencyBucketIndex, rebucketLatency } from "./latency-buckets";
import { ingestSignalPoints, type SignalCandidate } from "./ingest-signal-points";
import { zSignalPoint, type SignalIngestResult, type SignalPointInput, type SignalRefusal } from "./schemas";
import type { SignalMeasurements } from "./signal-buckets";

/**
 * `POST /api/v1/signals`: validates each point on its own (a refusal names the point and the value as a JSON
 * pointer), then stores the valid ones. The batch's shape (a `points` array) was checked by the operation.
 */
export async function ingestSignals(
  db: PrismaClient,
  { actor, points, now }: { actor: Actor; points: readonly unknown[]; now: Date },
): Promise<SignalIngestResult> {
  const candidates: SignalCandidate[] = [];
  const refusals: SignalRefusal[] = [];
  points.forEach((raw, index) => {
    const parsed = zSignalPoint.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue.path.map((segment) => `/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
      refusals.push({ index, pointer: `/points/${index}${path}`, reason: issue.message });
      return;
    }
    candidates.push({
      index,
      pointer: `/points/${index}`,
      integrationKey: parsed.data.integration,
      at: new Date(parsed.data.time),
      ...measurementsOf(parsed.data),
    });
  });
  const result = await ingestSignalPoints(db, { actor, candidates, refusals, now });
  recordSignalPoints("signals", result);
  return result;
}

function measurementsOf(point: SignalPointInput): SignalMeasurements {
  return {
    records: point.records,
    errors: point.errors,
    rateLimitRejections: point.rateLimitRejections,
    quarantined: point.quarantined,
    latency: latencyOf(point),
    lastSuccessAt: point.lastSuccessAt === undefined ? undefined : new Date(point.lastSuccessAt),
    deadLetterDepth: point.deadLetterDepth,
    circuitOpen: point.circuitOpen,
  };
}

function latencyOf(point: SignalPointInput): SignalMeasurements["latency"] {
  if (point.latencyMs !== undefined) {
    const buckets = emptyLatencyBuckets();
    buckets[latencyBucketIndex(point.latencyMs)] = 1;
    return { count: 1, sumMs: point.latencyMs, maxMs: point.latencyMs, buckets };
  }
  const latency = point.latency;
  if (!latency || latency.count === 0) return undefined;
  if (latency.buckets)
    return {
      count: latency.count,
      sumMs: latency.sumMs,
      maxMs: latency.maxMs ?? null,
      buckets: rebucketLatency(latency.buckets.boundsMs, latency.buckets.counts),
    };
  // Without a histogram the best guess of the distribution is its mean.
  const buckets = emptyLatencyBuckets();
  buckets[latencyBucketIndex(latency.sumMs / latency.count)] = latency.count;
  return { count: latency.count, sumMs: latency.sumMs, maxMs: latency.maxMs ?? null, buckets };
}
