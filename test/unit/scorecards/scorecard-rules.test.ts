import { describe, expect, it } from "vitest";
import { DEFAULT_SCORECARD, rollUp, scoreIntegration, type IntegrationFacts } from "@/lib/scorecards/scorecard-rules";
import type { ScorecardDefinition } from "@/lib/scorecards/schemas";

const NOW = new Date("2026-12-03T12:00:00Z");

/** An integration meeting every rule of the default definition. */
const gold = (): IntegrationFacts => ({
  key: "INT-1",
  name: "Orders to ERP",
  team: { slug: "orders", name: "Orders" },
  domain: "Sales",
  capabilities: [{ slug: "billing", name: "Billing" }],
  ownerRoles: ["technical_owner", "data_owner", "source_owner"],
  escalationSteps: 2,
  contracts: [{ status: "active", lintErrorCount: 0, hasDataRules: false }],
  consumerFieldCounts: [3, 1],
  lastSignalAt: new Date("2026-12-02T12:00:00Z"),
  objectivesDefined: true,
  derivedHealth: "healthy",
  validationRules: 2,
  lifecycle: "active",
  announcedDeprecations: 0,
});

describe("scorecard levels", () => {
  it("gives Gold when every rule passes", () => {
    expect(scoreIntegration(gold(), DEFAULT_SCORECARD, NOW)).toEqual({ level: "gold", failing: [] });
  });

  it("stops at the highest level whose rules and every lower level's pass", () => {
    expect(scoreIntegration({ ...gold(), derivedHealth: "degraded" }, DEFAULT_SCORECARD, NOW)).toEqual({ level: "silver", failing: ["objectives-met"] });
    // An error-level API standards violation drops it to Bronze; a Gold rule passing does not lift it back.
    expect(scoreIntegration({ ...gold(), contracts: [{ status: "active", lintErrorCount: 2, hasDataRules: true }] }, DEFAULT_SCORECARD, NOW)).toEqual({
      level: "bronze",
      failing: ["no-error-findings"],
    });
    expect(scoreIntegration({ ...gold(), ownerRoles: ["technical_owner"] }, DEFAULT_SCORECARD, NOW).level).toBeNull();
  });

  it("counts stale signals, a consumer without fields and a silent deprecation as failures", () => {
    const score = scoreIntegration(
      { ...gold(), lastSignalAt: new Date("2026-11-20T00:00:00Z"), consumerFieldCounts: [2, 0], lifecycle: "deprecated" },
      DEFAULT_SCORECARD,
      NOW,
    );
    expect(score.failing).toEqual(["consumers-declare-fields", "signals-present", "deprecation-policy-followed"]);
    expect(scoreIntegration({ ...gold(), consumerFieldCounts: [] }, DEFAULT_SCORECARD, NOW).failing).toEqual(["consumers-declare-fields"]);
  });

  it("follows an edited definition: a rule moved to Bronze blocks Bronze", () => {
    const definition: ScorecardDefinition = { levels: { bronze: ["owners-by-role", "signals-present"], silver: [], gold: [] } };
    expect(scoreIntegration({ ...gold(), lastSignalAt: null }, definition, NOW)).toEqual({ level: null, failing: ["signals-present"] });
  });

  it("rolls levels up per group", () => {
    const rows = rollUp([
      { level: "gold", groups: [{ key: "orders", label: "Orders" }] },
      { level: null, groups: [{ key: "orders", label: "Orders" }] },
      { level: "bronze", groups: [{ key: "hr", label: "HR" }] },
    ]);
    expect(rows).toEqual([
      { key: "hr", label: "HR", integrations: 1, none: 0, bronze: 1, silver: 0, gold: 0 },
      { key: "orders", label: "Orders", integrations: 2, none: 1, bronze: 0, silver: 0, gold: 1 },
    ]);
  });
});
