import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SignalChart } from "@/components/signals/signal-chart";
import type { ChartBucket } from "@/lib/signals/anomalies/signal-chart-data";

const HOUR = 3_600_000;
const from = Date.UTC(2026, 11, 1, 0);
const bucket = (index: number, records: number | null): ChartBucket => ({
  start: from + index * HOUR,
  records,
  errors: records === null ? null : 0,
  p95Ms: null,
  band: { expected: 100, lower: 60, upper: 140 },
});

describe("SignalChart", () => {
  it("breaks the line at a gap instead of drawing it down to zero, shades the gap and says so to screen readers", () => {
    const buckets = [bucket(0, 100), bucket(1, 90), bucket(2, null), bucket(3, 110)];
    const html = renderToStaticMarkup(
      <SignalChart title="Records per hour" buckets={buckets} metric="records" color="#2563eb" bucketMs={HOUR} from={from} to={from + 4 * HOUR} showBand />,
    );
    const line = /<path d="([^"]+)" fill="none"/.exec(html)![1];
    expect(line.match(/M/g)).toHaveLength(2);
    expect(html).toContain("1 of 4 periods without signals");
    expect(html).toContain('fill-opacity="0.15"');
  });

  it("marks incidents with their text", () => {
    const html = renderToStaticMarkup(
      <SignalChart
        title="Records per hour"
        buckets={[bucket(0, 100), bucket(1, 20)]}
        metric="records"
        color="#2563eb"
        bucketMs={HOUR}
        from={from}
        to={from + 2 * HOUR}
        markers={[{ at: from + HOUR, label: "Volume drop: Orders 80% below usual" }]}
      />,
    );
    expect(html).toContain("<title>Volume drop: Orders 80% below usual</title>");
    expect(html).toContain("1 incident opened");
  });
});
