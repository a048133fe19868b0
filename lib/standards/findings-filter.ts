import { areaOfRule } from "@/lib/standards/organisation-rules";
import type { FindingsQuery, LintFinding } from "@/lib/standards/schemas";

/**
 * The findings a filter asks for. With an area and no severity, only errors and warnings count: they are what
 * leaves a standard unmet in the assessment's evidence, so its links open exactly the contracts it counted.
 */
export function selectFindings(findings: readonly LintFinding[], query: Omit<FindingsQuery, "team">): LintFinding[] {
  return findings.filter(
    (finding) =>
      (!query.area || areaOfRule(finding.rule) === query.area) &&
      (!query.rule || finding.rule === query.rule) &&
      (query.severity ? finding.severity === query.severity : !query.area || finding.severity === "error" || finding.severity === "warn"),
  );
}
