import { describe, expect, it } from "vitest";
import { computeEvidence, type ContractEvidenceRow } from "@/lib/assessment/evidence";
import { lintContract } from "@/lib/standards/lint-contract";

const PROSE_ONLY = `openapi: 3.0.3
info:
  title: Orders
  version: 1.0.0
  description: No security at all and does not return problem+json.
paths: {}
`;

async function linted(specText: string): Promise<ContractEvidenceRow> {
  const result = await lintContract(specText);
  if (!result.ok) throw new Error("not read");
  return { type: "openapi", versions: [{ status: "active", hasSpec: true, lintFindings: result.findings, changelog: null, createdAt: new Date(1) }] };
}

describe("standards evidence", { timeout: 60_000 }, () => {
  it("does not count a spec that only mentions security and problem+json in prose as meeting the standards", async () => {
    const evidence = computeEvidence({ integrations: [], contracts: [await linted(PROSE_ONLY)], teamSlug: "payments" });
    expect(evidence.standards).toMatchObject({ numerator: 0, denominator: 1 });
    expect(evidence.standards.findings).toContainEqual({
      label: "1 spec does not declare and apply authentication",
      count: 1,
      href: "/standards/findings?area=authentication&team=payments",
    });
  });

  it("counts an unlinted spec as not meeting them, and leaves AsyncAPI contracts out", () => {
    const evidence = computeEvidence({
      integrations: [],
      contracts: [
        { type: "openapi", versions: [{ status: "active", hasSpec: true, lintFindings: null, changelog: null, createdAt: new Date(1) }] },
        {
          type: "openapi",
          versions: [{ status: "active", hasSpec: true, lintFindings: [{ rule: "info-contact", severity: "warn" }], changelog: null, createdAt: new Date(1) }],
        },
        { type: "asyncapi", versions: [{ status: "active", hasSpec: true, lintFindings: [], changelog: null, createdAt: new Date(1) }] },
      ],
      teamSlug: null,
    });
    expect(evidence.standards).toMatchObject({ numerator: 1, denominator: 2 });
    expect(evidence.standards.findings.map((f) => f.label)).toEqual(["1 spec is not linted yet"]);
  });
});
