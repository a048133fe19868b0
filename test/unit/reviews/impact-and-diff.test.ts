import { describe, expect, it } from "vitest";
import type { ContractChange } from "@/lib/contract-diff";
import { buildStoredDiff, checkProposedVersion, groupChangesByLocation, suggestedVersionFor } from "@/lib/reviews/diff-snapshot";
import { assessConsumers, summarizeImpact, type ImpactConsumer } from "@/lib/reviews/impact-summary";

const consumer = (name: string, fieldsUsed: string[], capabilities: string[] = []): ImpactConsumer => ({
  id: name,
  name,
  kind: "report",
  fieldsUsed,
  ownerUserId: null,
  ownerTeamId: null,
  owner: null,
  capabilities,
});

const removedNetRevenue: ContractChange = {
  severity: "breaking",
  kind: "response-property-removed",
  message: "net_revenue removed",
  location: {
    pointer: "/paths/~1orders/get/responses/200/content/application~1json/schema/properties/net_revenue",
    path: "/orders",
    operation: "GET",
    field: "net_revenue",
    side: "response",
  },
};
const addedNote: ContractChange = {
  severity: "non-breaking",
  kind: "response-property-added",
  message: "note added",
  location: {
    pointer: "/paths/~1orders/get/responses/200/content/application~1json/schema/properties/note",
    path: "/orders",
    operation: "GET",
    field: "note",
    side: "response",
  },
};

describe("consumer impact summary", () => {
  it("says how many consumers break and which business capabilities they feed", () => {
    const assessed = assessConsumers(
      [removedNetRevenue, addedNote],
      [
        consumer("Revenue Dashboard", ["order_id", "net_revenue"], ["Revenue reporting"]),
        consumer("Board Pack", ["net_revenue"], ["Revenue reporting", "Finance close"]),
        consumer("Margin Report", ["net_revenue", "channel"], ["Pricing"]),
        consumer("Ops Monitor", ["order_id"]),
      ],
    );
    expect(assessed.map((c) => [c.name, c.broken])).toEqual([
      ["Board Pack", true],
      ["Margin Report", true],
      ["Revenue Dashboard", true],
      ["Ops Monitor", false],
    ]);
    const summary = summarizeImpact(assessed);
    expect(summary).toMatchObject({ consumers: 4, broken: 3, touched: 3 });
    expect(summary.brokenCapabilities[0]).toEqual({ name: "Revenue reporting", consumers: 2 });
    expect(summary.sentence).toBe("Breaks 3 of 4 consumers; 2 of them feed revenue reporting.");
  });

  it("speaks plainly when nothing breaks or nobody consumes", () => {
    expect(summarizeImpact(assessConsumers([addedNote], [consumer("Ops Monitor", ["order_id"])])).sentence).toBe("Breaks none of 1 consumer.");
    expect(summarizeImpact([]).sentence).toBe("No consumer is recorded for the current version.");
    expect(summarizeImpact(assessConsumers([removedNetRevenue], [consumer("Board Pack", ["net_revenue"], ["Finance close"])])).sentence).toBe(
      "Breaks 1 of 1 consumer; 1 of them feeds finance close.",
    );
  });
});

const spec = (properties: Record<string, unknown>, version = "1.0.0") =>
  JSON.stringify({
    openapi: "3.1.0",
    info: { title: "Orders", version },
    paths: {
      "/orders": {
        get: { responses: { "200": { description: "Orders", content: { "application/json": { schema: { $ref: "#/components/schemas/Order" } } } } } },
      },
    },
    components: { schemas: { Order: { type: "object", properties } } },
  });

describe("stored diff", () => {
  it("keeps the changes, their counts and both texts' fragment around each change, read through $refs", () => {
    const diff = buildStoredDiff(spec({ order_id: { type: "string" }, net_revenue: { type: "number" } }), spec({ order_id: { type: "string" } }, "2.0.0"));
    expect(diff.breaking).toBe(true);
    expect(diff.counts.breaking).toBeGreaterThan(0);
    const change = diff.changes.find((c) => c.location.field === "net_revenue")!;
    const fragment = diff.fragments[change.location.pointer.slice(0, change.location.pointer.lastIndexOf("/"))];
    expect(fragment.base).toContain("net_revenue");
    expect(fragment.proposed).toContain("order_id");
    expect(fragment.proposed).not.toContain("net_revenue");
  });

  it("suggests the version the changes call for and checks a proposed one", () => {
    expect(suggestedVersionFor("2.1.0", [removedNetRevenue])).toBe("3.0.0");
    expect(suggestedVersionFor("2.1.0", [addedNote])).toBe("2.2.0");
    expect(suggestedVersionFor("2.1.0", [])).toBe("2.1.1");
    expect(suggestedVersionFor(null, [])).toBe("1.0.0");
    expect(checkProposedVersion("2.1.0", "2.2.0", [removedNetRevenue])).toMatchObject({ satisfied: false, requiredBump: "major", suggestedVersion: "3.0.0" });
    expect(checkProposedVersion("2.1.0", "3.0.0", [removedNetRevenue]).satisfied).toBe(true);
  });

  it("groups changes by operation, channel or document", () => {
    const groups = groupChangesByLocation([removedNetRevenue, addedNote, { ...addedNote, location: { pointer: "/info", field: undefined } }]);
    expect(groups.map((g) => [g.location, g.changes.length])).toEqual([
      ["GET /orders", 2],
      ["Document", 1],
    ]);
  });
});
