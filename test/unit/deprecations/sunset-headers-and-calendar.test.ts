import { describe, expect, it } from "vitest";
import { buildSunsetCalendar, escapeText, foldLine } from "@/lib/deprecations/calendar-feed";
import { formatSunsetHeaders, sunsetHeaders } from "@/lib/deprecations/sunset-headers";

describe("gateway headers", () => {
  const announcedAt = new Date("2026-06-30T23:59:59Z");
  const sunsetAt = new Date("2026-12-31T23:59:59Z");

  it("sends Deprecation as a structured date, Sunset as an IMF-fixdate, and links the guide", () => {
    expect(sunsetHeaders({ announcedAt, sunsetAt, migrationGuideUrl: "https://dev.example.com/orders-v3" })).toEqual([
      ["Deprecation", "@1782863999"],
      ["Sunset", "Thu, 31 Dec 2026 23:59:59 GMT"],
      ["Link", '<https://dev.example.com/orders-v3>; rel="deprecation"; type="text/html", <https://dev.example.com/orders-v3>; rel="sunset"; type="text/html"'],
    ]);
  });

  it("omits the Link without a guide address and keeps a guide URL from breaking the header", () => {
    expect(formatSunsetHeaders({ announcedAt, sunsetAt })).toBe("Deprecation: @1782863999\nSunset: Thu, 31 Dec 2026 23:59:59 GMT");
    expect(sunsetHeaders({ announcedAt, sunsetAt, migrationGuideUrl: "https://x.test/a b>c" })[2][1]).toContain("<https://x.test/a%20b%3Ec>");
  });
});

describe("sunset calendar", () => {
  it("escapes text values", () => {
    expect(escapeText("a,b;c\\d\nnext")).toBe("a\\,b\\;c\\\\d\\nnext");
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const folded = foldLine(`DESCRIPTION:${"é".repeat(100)}`);
    const lines = folded.split("\r\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((line) => line.startsWith(" "))).toBe(true);
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join("")).toBe(`DESCRIPTION:${"é".repeat(100)}`);
  });

  it("writes one all-day event per sunset with a stable UID", () => {
    const entry = {
      id: "dep1",
      title: "Order API 1.0.0",
      description: "Use 2.0.0, please",
      url: "https://portal.test/deprecations/dep1",
      sunsetAt: new Date("2027-01-15T00:00:00Z"),
      updatedAt: new Date("2026-06-01T10:00:00Z"),
      status: "announced" as const,
      sequence: 2,
    };
    const ics = buildSunsetCalendar([entry], { now: new Date("2026-06-02T00:00:00Z"), host: "portal.test" });
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("UID:deprecation-dep1@portal.test\r\n");
    expect(ics).toContain("DTSTART;VALUE=DATE:20270115\r\nDTEND;VALUE=DATE:20270116\r\n");
    expect(ics).toContain("SUMMARY:Sunset: Order API 1.0.0\r\n");
    expect(ics).toContain("DESCRIPTION:Use 2.0.0\\, please\r\n");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });
});
