import { describe, expect, it } from "vitest";
import { assessCompleteness, COMPLETENESS_FACTS, type CompletenessInput } from "@/lib/catalog/completeness";

const complete: CompletenessInput = {
  description: "Orders to ERP",
  ownerRoles: ["source_owner", "target_owner", "technical_owner", "data_owner"],
  escalationSteps: 2,
  contracts: 1,
  monitoring: "apm_tracing",
  volumePerDay: 1000,
  frequency: "hourly",
  fieldsExchanged: ["order_id"],
  capabilities: 1,
  expectedLatencySeconds: 60,
};

describe("assessCompleteness", () => {
  it("scores a full record 100 with nothing missing", () => {
    expect(assessCompleteness(complete)).toEqual({ score: 100, missing: [], complete: true });
  });

  it("lists each missing fact, in a stable order, and scores down", () => {
    const result = assessCompleteness({ ...complete, ownerRoles: ["technical_owner"], monitoring: "none", description: "  ", volumePerDay: null });
    expect(result.missing.map((m) => m.key)).toEqual(["description", "data-owner", "source-owner", "target-owner", "monitoring", "volume"]);
    expect(result.score).toBe(Math.floor(((COMPLETENESS_FACTS.length - 6) / COMPLETENESS_FACTS.length) * 100));
    expect(result.complete).toBe(false);
  });

  it("scores an empty record 0", () => {
    const empty = assessCompleteness({
      description: null,
      ownerRoles: [],
      escalationSteps: 0,
      contracts: 0,
      monitoring: "none",
      volumePerDay: null,
      frequency: null,
      fieldsExchanged: [],
      capabilities: 0,
      expectedLatencySeconds: null,
    });
    expect(empty.score).toBe(0);
    expect(empty.missing).toHaveLength(COMPLETENESS_FACTS.length);
  });
});
