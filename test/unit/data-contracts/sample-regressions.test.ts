import { describe, expect, it } from "vitest";
import type { RuleSetSource } from "@/lib/data-contracts/build-rule-set";
import { compareSampleDecisions, type SampleCase } from "@/lib/data-contracts/sample-regressions";
import { zDataRulesInput } from "@/lib/data-contracts/schemas";

const schemaText = JSON.stringify({ type: "object", required: ["sku"], properties: { sku: { type: "string" }, gtin: { type: "string" } } });
const gate = {
  id: "approved-only",
  kind: "approval_gate",
  expression: 'payload.approval_status == "approved"',
  message: "Approved only.",
  route: "manual_review",
};
const gtin = { id: "gtin-required", kind: "field", expression: "has(payload.gtin)", message: "A GTIN is needed.", route: "quarantine" };

const source = (rules: unknown[], specText = schemaText, schemaPointer: string | null = null): RuleSetSource => ({
  integration: { key: "INT-1", approvalState: "approved", exceptionRoutes: [] },
  contract: { slug: "products", version: "1.0.0", specText },
  rules: zDataRulesInput.parse({ schemaPointer, rules }),
});

const sample = (name: string, payload: unknown, expectedOutcome: SampleCase["expectedOutcome"] = "deliver"): SampleCase => ({
  id: name,
  name,
  payload,
  targets: [],
  expectedOutcome,
  savedOnVersion: "1.0.0",
});

const samples = [
  sample("approved without gtin", { sku: "A", approval_status: "approved" }),
  sample("approved with gtin", { sku: "B", approval_status: "approved", gtin: "123" }),
  sample("pending without gtin", { sku: "C", approval_status: "pending" }, "manual_review"),
  sample("approved, no gtin, again", { sku: "D", approval_status: "approved" }),
];

describe("what a proposed change does to the saved samples", () => {
  it("lists the samples whose decision changes with before and after, and says it in one sentence per new outcome", () => {
    const impact = compareSampleDecisions(source([gate]), source([gate, gtin]), samples);
    expect(impact.sentences).toEqual(["3 saved samples would now be quarantined"]);
    expect(impact.changed.map((c) => c.sample.name)).toEqual(["approved without gtin", "pending without gtin", "approved, no gtin, again"]);
    const [first, pending] = impact.changed;
    expect(first.before?.outcome).toBe("deliver");
    expect(first.after).toMatchObject({ outcome: "quarantine", fired: [{ rule: "gtin-required" }] });
    // Quarantine acts before manual review: both rules fire, the route changes.
    expect(pending.before?.outcome).toBe("manual_review");
    expect(pending.after).toMatchObject({ outcome: "quarantine", fired: [{ rule: "approved-only" }, { rule: "gtin-required" }] });
  });

  it("shows a sample whose outcome stays but whose fired rules change, without counting it as moved", () => {
    const impact = compareSampleDecisions(source([gate]), source([gate, { ...gtin, severity: "warning" }]), samples);
    expect(impact.changed.map((c) => [c.sample.name, c.before?.outcome, c.after?.outcome])).toEqual([
      ["approved without gtin", "deliver", "deliver"],
      ["pending without gtin", "manual_review", "manual_review"],
      ["approved, no gtin, again", "deliver", "deliver"],
    ]);
    expect(impact.sentences).toEqual([]);
  });

  it("counts a schema change too, and nothing when rules and schema stay the same", () => {
    const stricter = JSON.stringify({ type: "object", required: ["sku", "gtin"], properties: { sku: { type: "string" } } });
    const impact = compareSampleDecisions(source([gate]), source([gate], stricter, ""), samples);
    expect(impact.sentences).toEqual(["3 saved samples would now be quarantined"]);
    expect(impact.changed[0].after?.fired[0]).toMatchObject({ rule: "schema", pointer: "/gtin" });
    expect(compareSampleDecisions(source([gate]), source([gate]), samples)).toMatchObject({ changed: [], sentences: [], problem: null });
  });

  it("treats a side without rules as delivering everything, and reports proposed rules that cannot run", () => {
    expect(compareSampleDecisions(null, source([gtin]), samples).sentences).toEqual(["3 saved samples would now be quarantined"]);
    const broken = compareSampleDecisions(source([gate]), source([{ ...gate, expression: "payload.sku ==" }]), samples);
    expect(broken.problem).toMatch(/^\/rules\/0\/expression: /);
    expect(broken.changed).toEqual([]);
  });
});
