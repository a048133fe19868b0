import { Badge, type BadgeTone } from "@/components/ui/badge";
import { RULE_SEVERITY_LABELS, type RuleSeverity } from "@/lib/standards/schemas";

const TONE: Record<RuleSeverity, BadgeTone> = { error: "danger", warn: "warning", info: "info", hint: "neutral", off: "neutral" };

export function FindingSeverity({ severity }: { severity: RuleSeverity }) {
  return <Badge tone={TONE[severity]}>{RULE_SEVERITY_LABELS[severity]}</Badge>;
}
