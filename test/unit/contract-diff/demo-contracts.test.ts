import { vi, describe, expect, it } from "vitest";
import { assessConsumerImpact, diffContracts, parseContractText } from "@/lib/contract-diff";
import { DOWNSTREAM_CONSUMERS } from "@/lib/seed/demo-enterprise/consumers";
import { CURATED_CONTRACTS, renderSpec } from "@/lib/seed/demo-enterprise/contracts";

// Parsing and diffing every demo contract is seconds of CPU: at load 33 on 2 cores it passed Vitest's 5 s default.
vi.setConfig({ testTimeout: 60_000 });

// The demo enterprise's contract histories are what the review workflow will first be shown on.
function diffVersions(slug: string, from: string, to: string) {
  const contract = CURATED_CONTRACTS.find((c) => c.slug === slug)!;
  const version = (v: string) => contract.versions.find((candidate) => candidate.version === v)!;
  return diffContracts(parseContractText(renderSpec(contract, version(from))), parseContractText(renderSpec(contract, version(to))));
}

// Renders and parses every demo contract version (YAML included): seconds on a busy machine.
describe("diffContracts on the demo enterprise's contract histories", { timeout: 30_000 }, () => {
  it("compares every pair of consecutive versions, and a version with itself finds nothing", () => {
    let pairs = 0;
    // "other" contracts (CSV layouts, EDI) are not documents the engine reads.
    for (const contract of CURATED_CONTRACTS.filter((c) => c.type !== "other")) {
      contract.versions.forEach((version, index) => {
        const spec = parseContractText(renderSpec(contract, version));
        expect(diffContracts(spec, structuredClone(spec)).changes, `${contract.slug} ${version.version}`).toEqual([]);
        if (index === 0) return;
        const diff = diffContracts(parseContractText(renderSpec(contract, contract.versions[index - 1])), spec);
        // The seed's versions follow semantic versioning: every bump is big enough (JSON Schemas via their $id).
        expect(diff.version?.satisfied, `${contract.slug} ${version.version}`).toBe(true);
        pairs += 1;
      });
    }
    expect(pairs).toBeGreaterThanOrEqual(10);
  });

  it("flags the breaking releases the changelogs announce", () => {
    expect(diffVersions("order-api", "1.0.0", "2.0.0").breaking).toBe(true);
    expect(
      diffVersions("customer-account-sync", "3.2.0", "4.0.0")
        .changes.filter((c) => c.severity === "breaking")
        .map((c) => c.kind),
    ).toEqual(expect.arrayContaining(["new-required-request-property"]));
    expect(diffVersions("competitor-signal-feed", "1.0.0", "2.0.0")).toMatchObject({
      breaking: true,
      version: { baseVersion: "1.0.0", revisionVersion: "2.0.0", satisfied: true },
    });
    expect(diffVersions("margin-api", "1.0.0", "1.1.0").breaking).toBe(false);
    expect(diffVersions("order-api", "2.0.0", "2.1.0").breaking).toBe(false);
  });

  it("says which of order-api's consumers 2.0.0 breaks: those still reading order_total", () => {
    const { changes } = diffVersions("order-api", "1.0.0", "2.0.0");
    const consumers = DOWNSTREAM_CONSUMERS.filter((c) => c.contract === "order-api");
    const broken = consumers.filter((c) => assessConsumerImpact(changes, c.fieldsUsed).broken).map((c) => c.name);
    expect(broken).toEqual(consumers.filter((c) => c.fieldsUsed.includes("order_total")).map((c) => c.name));
    expect(broken.length).toBeGreaterThan(0);
    expect(broken.length).toBeLessThan(consumers.length);
  });
});
