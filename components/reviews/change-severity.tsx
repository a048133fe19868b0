import type { ChangeSeverity } from "@/lib/contract-diff";
import { Badge } from "@/components/ui/badge";

/** Human labels for the engine's severities (stored diffs from before the warning level hold only the other three). */
export const SEVERITY_LABELS: Record<ChangeSeverity, string> = {
  breaking: "Breaking",
  warning: "May break some clients",
  "non-breaking": "Compatible",
  informational: "Documentation",
};

const SEVERITY_TONES = { breaking: "danger", warning: "warning", "non-breaking": "info", informational: "neutral" } as const;

export function SeverityBadge({ severity }: { severity: ChangeSeverity }) {
  return <Badge tone={SEVERITY_TONES[severity] ?? "neutral"}>{SEVERITY_LABELS[severity] ?? severity}</Badge>;
}

const VERDICT_LABELS: Record<string, string> = {
  breaking: "Breaking",
  warning: "May break some clients",
  "non-breaking": "Compatible",
  informational: "Documentation only",
  "no-changes": "No changes",
  "first-version": "First version",
};

export function VerdictBadge({ verdict }: { verdict: string }) {
  const tone = verdict === "breaking" ? "danger" : verdict === "warning" ? "warning" : verdict === "non-breaking" ? "info" : "neutral";
  return <Badge tone={tone}>{VERDICT_LABELS[verdict] ?? verdict}</Badge>;
}
