import { levelOf, type ChangeLevel, type ContractChange } from "./types";
import type { ContractDiff } from "./index";

/** How `npm run contract:diff` prints a diff: JSON for programs, text for people, GitHub annotations or JUnit for CI. */
export const REPORT_FORMATS = ["json", "text", "github", "junit"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** `--fail-on`: the lowest level that fails the run (oasdiff's flag of the same name). */
export const FAIL_ON_LEVELS = ["error", "warning", "info"] as const;
const RANK: Record<ChangeLevel, number> = { info: 0, warning: 1, error: 2 };

export function failsAt(diff: ContractDiff, failOn: ChangeLevel): boolean {
  return diff.changes.some((change) => RANK[levelOf(change.severity)] >= RANK[failOn]);
}

function where(change: ContractChange): string {
  const { operation, path, channel, parameter, field } = change.location;
  const place = path ? `${operation ? `${operation} ` : ""}${path}` : channel ? `channel ${channel}` : "document";
  return [place, parameter ? `parameter ${parameter}` : "", field ? `field ${field}` : ""].filter(Boolean).join(", ");
}

function formatJson(diff: ContractDiff): string {
  const output = {
    breaking: diff.breaking,
    format: diff.format,
    counts: diff.counts,
    version: diff.version,
    changes: diff.changes.map(({ severity, kind, location, message }) => ({ id: kind, level: levelOf(severity), severity, kind, location, message })),
  };
  return JSON.stringify(output, null, 2) + "\n";
}

function formatText(diff: ContractDiff): string {
  const { breaking, warning } = diff.counts;
  const lines = [
    `${diff.changes.length} change${diff.changes.length === 1 ? "" : "s"}: ${breaking} breaking, ${warning} may break some clients, ${diff.counts["non-breaking"]} compatible, ${diff.counts.informational} documentation`,
  ];
  if (diff.version) {
    const { baseVersion, revisionVersion, requiredBump, satisfied, suggestedVersion } = diff.version;
    lines.push(
      `version ${baseVersion} -> ${revisionVersion ?? "(none)"}: needs a ${requiredBump} bump, ${satisfied ? "satisfied" : `NOT satisfied (suggested ${suggestedVersion ?? "a semantic version"})`}`,
    );
  }
  for (const change of diff.changes) lines.push(`${levelOf(change.severity).padEnd(7)} [${change.kind}] ${where(change)}: ${change.message}`);
  return lines.join("\n") + "\n";
}

/** GitHub Actions workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions */
function escapeGithubData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function formatGithub(diff: ContractDiff, file: string): string {
  const command: Record<ChangeLevel, string> = { error: "error", warning: "warning", info: "notice" };
  return (
    diff.changes
      .map(
        (change) =>
          `::${command[levelOf(change.severity)]} file=${escapeGithubProperty(file)},title=${escapeGithubProperty(change.kind)}::${escapeGithubData(`${where(change)}: ${change.message}`)}`,
      )
      .join("\n") + (diff.changes.length > 0 ? "\n" : "")
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** One test case per change; the ones at or above --fail-on are failures, so CI dashboards show what blocked. */
function formatJunit(diff: ContractDiff, failOn: ChangeLevel): string {
  const failing = diff.changes.filter((change) => RANK[levelOf(change.severity)] >= RANK[failOn]);
  const cases = diff.changes.map((change) => {
    const name = escapeXml(`${change.kind} ${where(change)}`);
    const body =
      RANK[levelOf(change.severity)] >= RANK[failOn]
        ? `<failure type="${levelOf(change.severity)}" message="${escapeXml(change.message)}">${escapeXml(`${change.location.pointer}\n${change.message}`)}</failure>`
        : `<system-out>${escapeXml(change.message)}</system-out>`;
    return `    <testcase classname="contract-diff.${levelOf(change.severity)}" name="${name}">${body}</testcase>`;
  });
  if (cases.length === 0) cases.push(`    <testcase classname="contract-diff" name="no changes"/>`);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="contract-diff" tests="${cases.length}" failures="${failing.length}">`,
    `  <testsuite name="contract-diff" tests="${cases.length}" failures="${failing.length}" errors="0" skipped="0">`,
    ...cases,
    `  </testsuite>`,
    `</testsuites>`,
    "",
  ].join("\n");
}

export function formatDiff(diff: ContractDiff, format: ReportFormat, { file, failOn }: { file: string; failOn: ChangeLevel }): string {
  switch (format) {
    case "json":
      return formatJson(diff);
    case "text":
      return formatText(diff);
    case "github":
      return formatGithub(diff, file);
    case "junit":
      return formatJunit(diff, failOn);
  }
}
