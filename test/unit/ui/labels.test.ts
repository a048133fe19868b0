import { describe, expect, it } from "vitest";
import { humanize } from "@/lib/catalog/integrations/schemas";
import { describeSeconds } from "@/lib/labels/duration";
import { ENUM_LABELS, labelOf } from "@/lib/labels/enum-labels";

describe("the one label table", () => {
  it("says stored values as people read them, never as machine names", () => {
    expect(humanize("crm")).toBe("CRM");
    expect(humanize("ipaas")).toBe("iPaaS");
    expect(humanize("tier3")).toBe("Tier 3");
    expect(humanize("api_led_experience")).toBe("API-led: experience layer");
    expect(labelOf("HealthStatus", "fragile")).toBe("Fragile");
  });

  it("gives a value the same label in every enum it belongs to, so pages holding only the value read it right", () => {
    const seen = new Map<string, string>();
    for (const labels of Object.values(ENUM_LABELS)) {
      for (const [value, label] of Object.entries(labels)) {
        expect(seen.get(value) ?? label, value).toBe(label);
        seen.set(value, label);
      }
    }
  });
});

describe("durations", () => {
  it("are said in days, hours and minutes rather than seconds", () => {
    expect(describeSeconds(86_400)).toBe("1 day");
    expect(describeSeconds(5_400)).toBe("1 hour 30 minutes");
    expect(describeSeconds(90)).toBe("1 minute 30 seconds");
    expect(describeSeconds(2)).toBe("2 seconds");
  });
});
