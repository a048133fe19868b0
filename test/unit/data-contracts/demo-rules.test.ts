import { describe, expect, it } from "vitest";
import { compileRuleSource } from "@/lib/data-contracts/build-rule-set";
import { MemoryDuplicateWindow } from "@/lib/data-contracts/evaluator/duplicate-window";
import { evaluatePayload } from "@/lib/data-contracts/evaluator/evaluate-payload";
import { zDataRulesInput } from "@/lib/data-contracts/schemas";
import { STANDARD_EXCEPTION_ROUTES } from "@/lib/catalog/integrations/exception-routing";
import { CURATED_CONTRACTS, renderSpec } from "@/lib/seed/demo-enterprise/contracts";
import { CUSTOMER_ACCOUNT_SAMPLES, PRODUCT_EVENT_SAMPLES, type DemoSample } from "@/lib/seed/demo-enterprise/data-contract-rules";

function compiledDemo(slug: string) {
  const contract = CURATED_CONTRACTS.find((c) => c.slug === slug)!;
  const version = contract.versions.find((v) => v.dataRules)!;
  const result = compileRuleSource({
    integration: { key: "INT-DEMO", approvalState: "approved", exceptionRoutes: STANDARD_EXCEPTION_ROUTES },
    contract: { slug, version: version.version, specText: renderSpec(contract, version) },
    rules: zDataRulesInput.parse(version.dataRules),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.compiled;
}

const decide = (slug: string, samples: DemoSample[]) => {
  const compiled = compiledDemo(slug);
  return samples.map((sample) => ({ name: sample.name, outcome: evaluatePayload(compiled, sample, { now: 0, window: new MemoryDuplicateWindow() }).outcome }));
};

describe("the demo's data contracts (the seeds' stories as rules)", () => {
  it("publishes PIM product updates only when approved, and holds marketplace_us without a GTIN or image", () => {
    expect(decide("product-events", PRODUCT_EVENT_SAMPLES)).toEqual(PRODUCT_EVENT_SAMPLES.map((s) => ({ name: s.name, outcome: s.expected })));
  });

  it("has 20 rules on product updates, checked against the AsyncAPI message schema", () => {
    const compiled = compiledDemo("product-events");
    expect(compiled.rules).toHaveLength(20);
    expect(compiled.validate).not.toBeNull();
  });

  it("routes CRM legal-name and tax-region changes to finance review, and the same customer twice to duplicate review", () => {
    expect(decide("customer-account-sync", CUSTOMER_ACCOUNT_SAMPLES)).toEqual(CUSTOMER_ACCOUNT_SAMPLES.map((s) => ({ name: s.name, outcome: s.expected })));
    const compiled = compiledDemo("customer-account-sync");
    const window = new MemoryDuplicateWindow();
    const first = evaluatePayload(compiled, CUSTOMER_ACCOUNT_SAMPLES[0], { now: 0, window });
    const again = evaluatePayload(compiled, CUSTOMER_ACCOUNT_SAMPLES[0], { now: 60_000, window });
    expect([first.outcome, again.outcome]).toEqual(["deliver", "duplicate"]);
    expect(again.handler).toBe("data-operations");
  });
});
