import { describe, expect, it } from "vitest";
import { incidentText } from "@/lib/incidents/incident-text";

// Tuesday 2026-12-01 10:00 UTC.
const TUESDAY_10 = new Date(Date.UTC(2026, 11, 1, 10));

describe("incidentText", () => {
  it("says a volume drop the way the business sees it, and names what the integration feeds", () => {
    const text = incidentText(
      { cause: "volume_drop", observed: 152, expected: 400, threshold: 221, deviation: 0.62 },
      { integrationName: "Order events to revenue dashboard", windowStart: TUESDAY_10, capabilities: ["Revenue reporting"], consumers: [] },
    );
    expect(text).toBe("Order events to revenue dashboard: volume 62% below a typical Tuesday 10:00 UTC (152 records, usually 400); feeds Revenue reporting");
  });

  it("lists capabilities and downstream consumers, naming only the first three of each", () => {
    const text = incidentText(
      { cause: "error_spike", observed: 0.124, expected: 0.008, threshold: 0.05, deviation: null },
      {
        integrationName: "Invoices to ledger",
        windowStart: TUESDAY_10,
        capabilities: ["Billing", "Financial close"],
        consumers: ["Cash dashboard", "Month-end report", "Dunning workflow", "Churn model"],
      },
    );
    expect(text).toBe(
      "Invoices to ledger: error rate 12.4% in the last 30 minutes, usually 0.8%; feeds Billing and Financial close; used by Cash dashboard, Month-end report, Dunning workflow and 1 more",
    );
  });

  it("says how long a batch has been silent against its limit", () => {
    const text = incidentText(
      { cause: "freshness_breach", observed: 27.5, expected: 26, threshold: 26, deviation: null },
      { integrationName: "Nightly stock file", windowStart: TUESDAY_10, capabilities: [], consumers: ["Replenishment report"] },
    );
    expect(text).toBe("Nightly stock file: no success for 27.5 h (stale after 26 h); used by Replenishment report");
  });

  it("says how the dead-letter queue grew, and that nothing downstream is recorded when nothing is", () => {
    const text = incidentText(
      { cause: "dead_letter_growth", observed: 30, expected: 0, threshold: 10, deviation: null },
      { integrationName: "Shipments to carrier", windowStart: TUESDAY_10, capabilities: [], consumers: [] },
    );
    expect(text).toBe("Shipments to carrier: dead-letter queue grew from 0 to 30 messages in the last 30 minutes; no business capability or consumer recorded");
  });
});
