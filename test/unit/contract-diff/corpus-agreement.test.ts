import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffContracts } from "@/lib/contract-diff";
import { differenceReason } from "@/lib/contract-diff/change-catalogue";

// The corpus (scripts/build-contract-diff-corpus.ts) holds one before/after pair per check of oasdiff's catalogue,
// labelled with oasdiff's level. "Breaking" on both sides means error or warning (oasdiff's `breaking` command
// reports both; the portal asks a reviewer about both).

interface CorpusCase {
  check: string;
  oasdiffLevel: "error" | "warning" | "info";
  reportedAs?: string;
  description: string;
  base: Record<string, unknown>;
  revision: Record<string, unknown>;
}

const dir = new URL("../../fixtures/contract-diff/corpus/", import.meta.url);
const CASES: CorpusCase[] = readdirSync(dir)
  .filter((file) => file.endsWith(".json"))
  .flatMap((file) => (JSON.parse(readFileSync(new URL(file, dir), "utf8")) as { cases: CorpusCase[] }).cases);

// Sunset dates in the corpus are judged on a fixed day with a tier-3 notice (30 days).
const LIFECYCLE = { now: new Date("2026-12-03T00:00:00Z"), minimumNoticeDays: 30 };

const results = CASES.map((testCase) => {
  const diff = diffContracts(testCase.base, testCase.revision, { lifecycle: LIFECYCLE });
  const ours = diff.changes.some((change) => change.severity === "breaking" || change.severity === "warning");
  const theirs = testCase.oasdiffLevel !== "info";
  return { testCase, diff, agrees: ours === theirs, ids: diff.changes.map((change) => change.kind) };
});

describe("agreement with oasdiff's catalogue on the corpus", () => {
  it("has 300 or more cases, each naming the check it exercises", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(300);
    for (const { check, oasdiffLevel } of CASES) {
      expect(check).toMatch(/^[a-z0-9-]+$/);
      expect(["error", "warning", "info"]).toContain(oasdiffLevel);
    }
  });

  it("reports the exercised check, under its oasdiff id (or the documented name where ours differs)", () => {
    const missing = results
      .filter(({ testCase, ids }) => !ids.includes(testCase.reportedAs ?? testCase.check))
      .map(({ testCase, ids }) => `${testCase.check}: got [${ids.join(", ")}]`);
    expect(missing).toEqual([]);
  });

  it("agrees on breaking-or-not for at least 95% of the cases; every difference is a documented policy", () => {
    const differences = results.filter((result) => !result.agrees);
    const agreement = (results.length - differences.length) / results.length;
    const undocumented = differences.filter(({ testCase }) => !differenceReason(testCase.reportedAs ?? testCase.check)).map(({ testCase }) => testCase.check);
    expect(undocumented).toEqual([]);
    expect(agreement).toBeGreaterThanOrEqual(0.95);
  });
});
