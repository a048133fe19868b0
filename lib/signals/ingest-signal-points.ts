import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { can, type Actor } from "@/lib/auth/permissions";
import { accumulateMinuteBuckets, findSignalTargets } from "./repository";
import { foldIntoMinuteBuckets, retentionCutoffs, type ResolvedSignalPoint, type SignalMeasurements } from "./signal-buckets";
import { readSignalRetention } from "./signal-settings";
import { MAX_LISTED_REFUSALS, type SignalIngestResult, type SignalRefusal } from "./schemas";

/** A point that passed its own validation, still naming its integration by key (from the JSON API or OTLP). */
export interface SignalCandidate extends SignalMeasurements {
  /** The point's position in the request, and a JSON pointer to it ("/points/3", "/resourceMetrics/0/…/dataPoints/2"). */
  index: number;
  pointer: string;
  integrationKey: string;
  at: Date;
}

/** Clocks drift: a point up to this far in the future is taken as it is. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * Stores the points that can be stored and says why each other one cannot: an unknown integration (also listed
 * once in `unknownIntegrations`), an archived one, one the caller may not report for (signals.write on the
 * integration's team), a time too far in the future or older than the minute retention. `refusals` are the
 * refusals of validation the caller already made, in request order. Good points of a bad batch are kept.
 */
export async function ingestSignalPoints(
  db: PrismaClient,
  { actor, candidates, refusals, now }: { actor: Actor; candidates: readonly SignalCandidate[]; refusals: readonly SignalRefusal[]; now: Date },
): Promise<SignalIngestResult> {
  const all = [...refusals];
  const targets = new Map(
    (
      await findSignalTargets(
        db,
        candidates.map((c) => c.integrationKey),
      )
    ).map((t) => [t.key, t]),
  );
  const unknown = new Set<string>();
  const oldest = retentionCutoffs(now, readSignalRetention()).minute;
  const newest = new Date(now.getTime() + FUTURE_TOLERANCE_MS);
  const accepted: ResolvedSignalPoint[] = [];
  const refuse = (candidate: SignalCandidate, pointer: string, reason: string) =>
    all.push({ index: candidate.index, pointer: `${candidate.pointer}${pointer}`, reason });
  for (const candidate of candidates) {
    const target = targets.get(candidate.integrationKey);
    if (!target) {
      unknown.add(candidate.integrationKey);
      refuse(candidate, "", `No integration has the key "${candidate.integrationKey}".`);
    } else if (target.archived) refuse(candidate, "", `${target.key} is archived: it takes no more signals.`);
    else if (!can(actor, "signals.write", target)) refuse(candidate, "", `You may not report signals for ${target.key}: it belongs to another team.`);
    else if (candidate.at > newest) refuse(candidate, "/time", "The time is more than 5 minutes in the future: check the sender's clock.");
    else if (candidate.at < oldest) refuse(candidate, "/time", `The time is older than the minute retention (kept from ${oldest.toISOString()}).`);
    else {
      accepted.push({ ...measurementsOf(candidate), integrationId: target.id, at: candidate.at });
    }
  }
  await accumulateMinuteBuckets(db, foldIntoMinuteBuckets(accepted));
  all.sort((a, b) => a.index - b.index);
  return { accepted: accepted.length, refused: all.length, refusals: all.slice(0, MAX_LISTED_REFUSALS), unknownIntegrations: [...unknown] };
}

function measurementsOf(candidate: SignalCandidate): SignalMeasurements {
  const { records, errors, rateLimitRejections, quarantined, latency, lastSuccessAt, deadLetterDepth, circuitOpen } = candidate;
  return { records, errors, rateLimitRejections, quarantined, latency, lastSuccessAt, deadLetterDepth, circuitOpen };
}
