import { describe, expect, it } from "vitest";
import { businessImpact, compareRisk, fragilityReasons, riskScore, type RiskFacts } from "@/lib/dashboard/risk-score";

const governed: RiskFacts = {
  criticality: "tier2",
  businessValue: 3,
  capabilities: 1,
  consumers: 2,
  hasDataOwner: true,
  monitored: true,
  contracts: 1,
  versionedContracts: 1,
  health: "healthy",
  pattern: "event_driven",
  overdueDeprecation: false,
};

describe("businessImpact", () => {
  it("grows with criticality, value, capabilities fed and consumers", () => {
    expect(businessImpact({ criticality: "tier4", businessValue: null, capabilities: 0, consumers: 0 })).toBe(2);
    expect(businessImpact({ criticality: "tier1", businessValue: 5, capabilities: 3, consumers: 3 })).toBe(8 + 4 + 3 + 3);
    expect(businessImpact({ ...governed, criticality: "tier1" })).toBeGreaterThan(businessImpact(governed));
    expect(businessImpact({ ...governed, businessValue: 5 })).toBeGreaterThan(businessImpact(governed));
  });

  it("caps capabilities and consumers: beyond three, one more barely changes the impact", () => {
    expect(businessImpact({ ...governed, consumers: 400 })).toBe(businessImpact({ ...governed, consumers: 3 }));
    expect(businessImpact({ ...governed, capabilities: 12 })).toBe(businessImpact({ ...governed, capabilities: 3 }));
  });
});

describe("fragilityReasons", () => {
  it("finds nothing fragile in a governed, healthy integration", () => {
    expect(fragilityReasons(governed)).toEqual([]);
    expect(riskScore(governed)).toMatchObject({ fragility: 0, score: 0 });
  });

  it("names every factor present, heaviest first, each with a reason a person understands", () => {
    const reasons = fragilityReasons({
      ...governed,
      health: "failing",
      hasDataOwner: false,
      monitored: false,
      contracts: 0,
      versionedContracts: 0,
      pattern: "point_to_point",
      overdueDeprecation: true,
    });
    expect(reasons.map((r) => r.factor)).toEqual(["failing", "unowned", "unmonitored", "overdue-deprecation", "no-contract", "point-to-point"]);
    expect(reasons.map((r) => r.weight)).toEqual([5, 3, 3, 3, 2, 1]);
    expect(reasons[0].reason).toBe("Failing now");
  });

  it("counts a contract without any version as unversioned, not as missing", () => {
    expect(fragilityReasons({ ...governed, contracts: 2, versionedContracts: 0 }).map((r) => r.factor)).toEqual(["unversioned"]);
    expect(fragilityReasons({ ...governed, contracts: 0, versionedContracts: 0 }).map((r) => r.factor)).toEqual(["no-contract"]);
  });

  it("weighs health from live failure down to never reported", () => {
    const weight = (health: RiskFacts["health"]) => riskScore({ ...governed, health }).fragility;
    expect([weight("failing"), weight("degraded"), weight("fragile"), weight("unknown"), weight("healthy")]).toEqual([5, 4, 3, 1, 0]);
  });
});

describe("riskScore", () => {
  it("multiplies impact by fragility", () => {
    const risk = riskScore({ ...governed, health: "degraded", monitored: false });
    expect(risk).toMatchObject({ impact: businessImpact(governed), fragility: 7, score: businessImpact(governed) * 7 });
  });

  it("ranks higher scores first, then higher impact, then by key", () => {
    const rows = [
      { key: "B", score: 10, impact: 5 },
      { key: "A", score: 10, impact: 5 },
      { key: "C", score: 10, impact: 10 },
      { key: "D", score: 30, impact: 2 },
    ];
    expect(rows.sort(compareRisk).map((r) => r.key)).toEqual(["D", "C", "A", "B"]);
  });
});
