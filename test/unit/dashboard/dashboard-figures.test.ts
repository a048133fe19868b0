import { describe, expect, it } from "vitest";
import {
  capabilityAggregates,
  comparisonSnapshot,
  ownerToCall,
  prioritisationMatrix,
  rankIntegration,
  rankRisks,
  type IntegrationFacts,
} from "@/lib/dashboard/dashboard-figures";

const base: IntegrationFacts = {
  id: "i1",
  key: "INT-0001",
  criticality: "tier2",
  businessValue: 4,
  complexity: 2,
  health: "healthy",
  pattern: "event_driven",
  mechanism: "event_message",
  sourceSystemId: "shop",
  targetSystemId: "erp",
  ownerTeamId: "commerce",
  hasDataOwner: true,
  contracts: 1,
  versionedContracts: 1,
  consumers: 1,
  capabilityIds: ["revenue"],
  overdueDeprecation: false,
};
const facts = (overrides: Partial<IntegrationFacts>): IntegrationFacts => ({ ...base, ...overrides });

describe("comparisonSnapshot", () => {
  const now = new Date("2026-06-15T10:00:00Z");
  const day = (iso: string) => ({ day: new Date(`${iso}T00:00:00Z`) });

  it("takes the latest snapshot from 30 to 37 days back", () => {
    expect(comparisonSnapshot([day("2026-05-08"), day("2026-05-14"), day("2026-05-17")], now)).toEqual(day("2026-05-14"));
    expect(comparisonSnapshot([day("2026-05-16")], now)).toEqual(day("2026-05-16"));
    expect(comparisonSnapshot([day("2026-05-17"), day("2026-05-08")], now)).toBeNull();
  });

  it("has no comparison when the only history is older than that, or newer", () => {
    expect(comparisonSnapshot([day("2026-04-01"), day("2026-06-01")], now)).toBeNull();
  });
});

describe("rankRisks", () => {
  it("leaves out integrations with nothing fragile and keeps the top ones", () => {
    const ranked = [
      facts({ id: "a", key: "A" }),
      facts({ id: "b", key: "B", health: "failing" }),
      facts({ id: "c", key: "C", health: "unmonitored", criticality: "tier1" }),
    ].map(rankIntegration);
    // B: impact 11 × failing 5 = 55; C: impact 13 × unmonitored 3 = 39.
    expect(rankRisks(ranked, 10).map((r) => [r.facts.key, r.score])).toEqual([
      ["B", 55],
      ["C", 39],
    ]);
    expect(rankRisks(ranked, 1).map((r) => r.facts.key)).toEqual(["B"]);
  });
});

describe("capabilityAggregates", () => {
  it("counts each capability's integrations, systems and teams and names its weakest link", () => {
    const ranked = [
      facts({ id: "a", key: "A", capabilityIds: ["revenue", "ai"] }),
      facts({ id: "b", key: "B", capabilityIds: ["revenue"], health: "degraded", hasDataOwner: false, sourceSystemId: "crm", ownerTeamId: null }),
    ].map(rankIntegration);
    const capabilities = [
      { id: "revenue", slug: "revenue-reporting", name: "Revenue reporting", consumers: 2 },
      { id: "ai", slug: "ai-model-feed", name: "AI model feed", consumers: 0 },
      { id: "none", slug: "unused", name: "Unused", consumers: 0 },
    ];
    const [revenue, ai, ...rest] = capabilityAggregates(ranked, capabilities);
    expect(rest).toEqual([]);
    expect(revenue).toMatchObject({ integrations: 2, failingOrDegraded: 1, unowned: 1, systemIds: ["erp", "crm", "shop"], teamIds: ["commerce"] });
    expect(revenue.weakest?.facts.key).toBe("B");
    expect(ai).toMatchObject({ integrations: 1, weakest: null });
  });
});

describe("prioritisationMatrix", () => {
  it("puts each rated integration in one cell and counts the unrated", () => {
    const ranked = [
      facts({ id: "a", key: "A" }),
      facts({ id: "b", key: "B" }),
      facts({ id: "c", key: "C", businessValue: 1, complexity: 5 }),
      facts({ id: "d", key: "D", complexity: null }),
    ].map(rankIntegration);
    const matrix = prioritisationMatrix(ranked);
    expect(matrix.cells.map((c) => [c.value, c.complexity, c.count, c.quadrant])).toEqual([
      [1, 5, 1, "reconsider-or-defer"],
      [4, 2, 2, "do-first"],
    ]);
    expect(matrix.unrated).toBe(1);
    expect(matrix.cells[1].href).toBe("/catalog?value=4&complexity=2&lifecycle=planned,active,deprecated");
  });
});

describe("ownerToCall", () => {
  const owners = [
    { role: "data_owner" as const, user: { name: "Dana", email: "dana@x.test" } },
    { role: "technical_owner" as const, user: { name: "Tom", email: "tom@x.test" } },
  ];
  const team = { slug: "finance", name: "Finance" };

  it("calls the first escalation step first, a person or a rota", () => {
    expect(ownerToCall({ ownerTeam: team, owners, escalationPath: [{ position: 1, contact: null, user: { name: "Pat", email: "pat@x.test" } }] })).toEqual({
      name: "Pat",
      contact: "pat@x.test",
      role: "Escalation step 1",
    });
    expect(ownerToCall({ ownerTeam: team, owners, escalationPath: [{ position: 1, contact: "#oncall", user: null }] })).toEqual({
      name: "#oncall",
      contact: "#oncall",
      role: "Escalation step 1",
    });
  });

  it("falls back to the technical owner, then other owners, then the team, then nobody", () => {
    expect(ownerToCall({ ownerTeam: team, owners, escalationPath: [] })).toMatchObject({ name: "Tom", role: "Technical owner" });
    expect(ownerToCall({ ownerTeam: team, owners: [owners[0]], escalationPath: [] })).toMatchObject({ name: "Dana", role: "Data owner" });
    expect(ownerToCall({ ownerTeam: team, owners: [], escalationPath: [] })).toEqual({ name: "Finance", contact: null, role: "Owning team" });
    expect(ownerToCall({ ownerTeam: null, owners: [], escalationPath: [] })).toBeNull();
  });
});
