import type { FindingSeverity, LintFinding } from "@/lib/standards/schemas";

/** How `npm run contract:lint` prints findings: JSON (the same shape as `/check`'s), text, or GitHub annotations. */
export const LINT_REPORT_FORMATS = ["json", "text", "github"] as const;
export type LintReportFormat = (typeof LINT_REPORT_FORMATS)[number];

export const LINT_FAIL_ON = ["error", "warn", "info", "hint"] as const;
const RANK: Record<FindingSeverity, number> = { hint: 0, info: 1, warn: 2, error: 3 };

export type SeverityCounts = Record<FindingSeverity, number>;

export function countBySeverity(findings: readonly Pick<LintFinding, "severity">[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warn: 0, info: 0, hint: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

export function lintFailsAt(findings: readonly LintFinding[], failOn: FindingSeverity): boolean {
  return findings.some((finding) => RANK[finding.severity] >= RANK[failOn]);
}

const escapeData = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

export function formatLintReport(findings: readonly LintFinding[], format: LintReportFormat, file: string): string {
  if (format === "json") return JSON.stringify({ counts: countBySeverity(findings), findings }, null, 2) + "\n";
  if (format === "github") {
    const command: Record<FindingSeverity, string> = { error: "error", warn: "warning", info: "notice", hint: "notice" };
    return findings
      .map(
        (f) =>
          `::${command[f.severity]} file=${escapeProperty(file)},line=${f.line},col=${f.column},title=${escapeProperty(f.rule)}::${escapeData(f.message)}\n`,
      )
      .join("");
  }
  const counts = countBySeverity(findings);
  const lines = [
    `${findings.length} finding${findings.length === 1 ? "" : "s"}: ${counts.error} errors, ${counts.warn} warnings, ${counts.info + counts.hint} notes`,
  ];
  for (const f of findings) lines.push(`${file}:${f.line}:${f.column} ${f.severity.padEnd(5)} ${f.rule}  ${f.message}  (${f.pointer || "/"})`);
  return lines.join("\n") + "\n";
}
