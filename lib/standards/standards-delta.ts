import type { LintFinding } from "@/lib/standards/schemas";

/**
 * What a proposed document changes in the findings of its base version: the findings it introduces and those it
 * fixes. A finding is the same when its rule and JSON pointer are: moving an operation to another path therefore
 * reads as one fixed and one introduced, which is what a reviewer sees in the document too. Pure.
 */
export interface StandardsDelta {
  introduced: LintFinding[];
  fixed: LintFinding[];
}

const keyOf = (finding: Pick<LintFinding, "rule" | "pointer">) => `${finding.rule}\u0000${finding.pointer}`;

export function compareFindings(base: readonly LintFinding[], proposed: readonly LintFinding[]): StandardsDelta {
  const before = new Set(base.map(keyOf));
  const after = new Set(proposed.map(keyOf));
  return {
    introduced: proposed.filter((finding) => !before.has(keyOf(finding))),
    fixed: base.filter((finding) => !after.has(keyOf(finding))),
  };
}

const violations = (n: number) => `${n} violation${n === 1 ? "" : "s"}`;

/** "introduces 2 violations, fixes 1" (hints and notes count too: every finding is a violation of a rule). */
export function describeDelta(delta: StandardsDelta): string {
  if (delta.introduced.length === 0 && delta.fixed.length === 0) return "changes no finding of the API standards";
  return [
    delta.introduced.length > 0 ? `introduces ${violations(delta.introduced.length)}` : null,
    delta.fixed.length > 0 ? `fixes ${delta.fixed.length}` : null,
  ]
    .filter(Boolean)
    .join(", ");
}

export function countErrors(findings: readonly Pick<LintFinding, "severity">[]): number {
  return findings.filter((finding) => finding.severity === "error").length;
}
