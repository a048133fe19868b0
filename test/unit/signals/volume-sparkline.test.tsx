import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { VolumeSparkline } from "@/components/signals/volume-sparkline";
import { buildVolumeSparkline, describeVolumeSparkline, sparklineWindow } from "@/lib/signals/volume-sparkline";

const HOUR = 3_600_000;
const now = new Date("2026-12-01T10:25:00Z");
const { from, to } = sparklineWindow(now);
const hour = (index: number, records: number) => ({ bucketStart: new Date(from.getTime() + index * HOUR), records });

describe("the catalog's volume sparkline", () => {
  it("covers the 24 complete hours before now, leaving the hour in progress out", () => {
    expect(to.toISOString()).toBe("2026-12-01T10:00:00.000Z");
    expect(from.toISOString()).toBe("2026-11-30T10:00:00.000Z");
  });

  it("keeps hours nobody reported as gaps, not zeros, and ignores buckets outside the window", () => {
    const sparkline = buildVolumeSparkline(from, [hour(0, 10), hour(1, 0), hour(3, 30), hour(24, 99), hour(-1, 99)]);
    expect(sparkline.hours.slice(0, 4)).toEqual([10, 0, null, 30]);
    expect(sparkline.hours.filter((value) => value === null)).toHaveLength(21);
  });

  it("says the numbers in words: total, hourly range, the last hour and the gaps", () => {
    const hours = Array.from({ length: 24 }, (_, index) => hour(index, 100 + index));
    expect(describeVolumeSparkline(buildVolumeSparkline(from, hours))).toBe("2,676 records in the last 24 hours, 100 to 123 an hour, 123 in the last hour");
    expect(describeVolumeSparkline(buildVolumeSparkline(from, hours.slice(0, 20)))).toBe(
      "2,190 records in the last 24 hours, 100 to 119 an hour, nothing reported in the last hour, 4 hours without signals",
    );
    expect(describeVolumeSparkline(buildVolumeSparkline(from, []))).toBe("No signals in the last 24 hours");
  });

  it("draws a line broken at each gap, marks the gaps and carries the summary as its accessible name", () => {
    const sparkline = buildVolumeSparkline(from, [hour(0, 10), hour(1, 20), hour(5, 30), hour(6, 40), hour(9, 5)]);
    const html = renderToStaticMarkup(<VolumeSparkline sparkline={sparkline} />);
    expect(html).toContain('role="img"');
    expect(html).toContain(`aria-label="${describeVolumeSparkline(sparkline)}"`);
    const line = /<path d="([^"]+)"/.exec(html)![1];
    // Three runs (0-1, 5-6, 9): three moves, and the lone hour 9 is a dot.
    expect(line.match(/M/g)).toHaveLength(3);
    expect(html.match(/<circle/g)).toHaveLength(1);
    expect(html.match(/data-gap=""/g)).toHaveLength(19);
  });
});
