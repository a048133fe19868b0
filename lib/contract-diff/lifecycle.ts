import type { JsonObject } from "./ref-resolver";

/**
 * What the portal knows about a contract's deprecation, so that x-sunset dates are judged against its own records
 * and tier notice (decision 014) rather than against a clock the pure engine does not read.
 */
export interface LifecyclePolicy {
  /** The day the diff is judged on. */
  now: Date;
  /** The minimum notice before a sunset for the contract's criticality tier. */
  minimumNoticeDays: number;
  /** The sunset of the contract's open deprecation in the portal, if one is recorded. */
  recordedSunset?: Date | null;
}

const DAY_MS = 86_400_000;

function parseDate(value: unknown): Date | null {
  if (typeof value !== "string" && !(value instanceof Date)) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** An operation's sunset (its x-sunset, else the portal's deprecation record) and whether it has passed. */
export function lifecycleOf(operation: JsonObject, policy: LifecyclePolicy | undefined): { sunset: string | null; sunsetPassed: boolean } {
  const sunset = parseDate(operation["x-sunset"]) ?? policy?.recordedSunset ?? null;
  return { sunset: sunset ? day(sunset) : null, sunsetPassed: sunset !== null && policy !== undefined && sunset.getTime() <= policy.now.getTime() };
}

/** Changes to an operation's x-sunset judged against the tier notice and the recorded deprecation. */
export function sunsetChanges(base: JsonObject, revision: JsonObject, policy: LifecyclePolicy | undefined): { kind: string; message: string }[] {
  const before = parseDate(base["x-sunset"]);
  const after = parseDate(revision["x-sunset"]);
  const changes: { kind: string; message: string }[] = [];
  if (before && !after && revision.deprecated === true) {
    changes.push({ kind: "sunset-deleted", message: `the x-sunset date ${day(before)} was removed while the operation stays deprecated.` });
  }
  if (!after || (before && before.getTime() === after.getTime()) || !policy) return changes;
  const earliest = new Date(policy.now.getTime() + policy.minimumNoticeDays * DAY_MS);
  if (after.getTime() < earliest.getTime()) {
    const notice = `the tier requires ${policy.minimumNoticeDays} days of notice (not before ${day(earliest)})`;
    if (before && after.getTime() < before.getTime())
      changes.push({ kind: "api-sunset-date-changed-too-small", message: `the x-sunset date moved earlier, from ${day(before)} to ${day(after)}; ${notice}.` });
    else if (!before) changes.push({ kind: "api-sunset-date-too-small", message: `the x-sunset date ${day(after)} is too close: ${notice}.` });
  }
  if (policy.recordedSunset && after.getTime() < policy.recordedSunset.getTime()) {
    changes.push({
      kind: "api-sunset-before-deprecation-record",
      message: `the x-sunset date ${day(after)} is earlier than the sunset announced to consumers (${day(policy.recordedSunset)}).`,
    });
  }
  return changes;
}
