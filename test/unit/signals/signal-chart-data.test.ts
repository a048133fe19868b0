import { describe, expect, it } from "vitest";
import { chartBuckets, chartWindow } from "@/lib/signals/anomalies/signal-chart-data";
import { HOUR_MS, WEEK_MS } from "@/lib/signals/anomalies/seasonal-baseline";

const now = new Date(Date.UTC(2026, 11, 1, 10, 30));

describe("chartBuckets", () => {
  it("covers the window on a real time axis up to the current hour, keeping buckets nobody reported as gaps", () => {
    const window = chartWindow("24h", now);
    expect(window).toMatchObject({ resolution: "hour", buckets: 24, to: Date.UTC(2026, 11, 1, 11) });
    const buckets = chartBuckets([{ bucketStart: new Date(Date.UTC(2026, 11, 1, 9)), records: 40, errors: 1, p95Ms: 120 }], window);
    expect(buckets).toHaveLength(24);
    expect(buckets.at(-2)).toMatchObject({ start: Date.UTC(2026, 11, 1, 9), records: 40 });
    expect(buckets.at(-1)).toMatchObject({ start: Date.UTC(2026, 11, 1, 10), records: null, errors: null });
  });

  it("draws the seasonal band from the same hour of the previous weeks, once three weeks exist", () => {
    const window = chartWindow("24h", now);
    const hour = Date.UTC(2026, 11, 1, 10);
    const history = [400, 410, 390].map((records, week) => ({ bucketStart: new Date(hour - (week + 1) * WEEK_MS), records, errors: 0, p95Ms: null }));
    const buckets = chartBuckets(history, window);
    expect(buckets.at(-1)!.band?.expected).toBe(400);
    expect(buckets.at(-1)!.band!.lower).toBeLessThan(400);
    expect(buckets.at(-2)!.band).toBeNull();
    expect(chartBuckets(history.slice(0, 2), window).at(-1)!.band).toBeNull();
  });

  it("uses days for 30 days", () => {
    expect(chartWindow("30d", now)).toMatchObject({ resolution: "day", buckets: 30 });
    expect(chartWindow("7d", now).from).toBe(Date.UTC(2026, 11, 1, 11) - 168 * HOUR_MS);
  });
});
