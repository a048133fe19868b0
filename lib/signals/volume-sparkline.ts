/** The catalog list's sparkline: records per hour over the last 24 complete hours, gaps kept as gaps. */

const HOUR_MS = 3_600_000;
export const SPARKLINE_HOURS = 24;

export interface VolumeSparkline {
  /** The start of the first hour (UTC). */
  from: Date;
  /** Records per hour, oldest first; null for an hour nobody reported (not zero). */
  hours: (number | null)[];
}

/**
 * The last 24 complete hours before `now`: the hour in progress is left out, since its rollup is only written every
 * few minutes and would read as a drop.
 */
export function sparklineWindow(now: Date): { from: Date; to: Date } {
  const to = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  return { from: new Date(to - SPARKLINE_HOURS * HOUR_MS), to: new Date(to) };
}

export function buildVolumeSparkline(from: Date, buckets: readonly { bucketStart: Date; records: number }[]): VolumeSparkline {
  const hours: (number | null)[] = Array.from({ length: SPARKLINE_HOURS }, () => null);
  for (const bucket of buckets) {
    const index = Math.floor((bucket.bucketStart.getTime() - from.getTime()) / HOUR_MS);
    if (index >= 0 && index < SPARKLINE_HOURS) hours[index] = (hours[index] ?? 0) + bucket.records;
  }
  return { from, hours };
}

const count = new Intl.NumberFormat("en-GB");

/** What the sparkline shows, in words, for a screen reader (and a tooltip). */
export function describeVolumeSparkline({ hours }: VolumeSparkline): string {
  const reported = hours.filter((value): value is number => value !== null);
  if (reported.length === 0) return "No signals in the last 24 hours";
  const total = reported.reduce((sum, value) => sum + value, 0);
  const gaps = SPARKLINE_HOURS - reported.length;
  const last = hours.at(-1);
  const parts = [
    `${count.format(total)} records in the last 24 hours`,
    `${count.format(Math.min(...reported))} to ${count.format(Math.max(...reported))} an hour`,
    last === null || last === undefined ? "nothing reported in the last hour" : `${count.format(last)} in the last hour`,
  ];
  if (gaps > 0) parts.push(`${gaps} ${gaps === 1 ? "hour" : "hours"} without signals`);
  return parts.join(", ");
}
