import { Badge, type BadgeTone } from "@/components/ui/badge";
import { SPEC_KIND_LABELS, type ContractSpecType } from "@/lib/catalog/specs/spec-kinds";

const STATUS_TONES: Record<string, BadgeTone> = {
  draft: "neutral",
  proposed: "info",
  approved: "info",
  active: "good",
  deprecated: "warning",
  retired: "danger",
};

export function VersionStatusBadge({ status }: { status: string }) {
  return <Badge tone={STATUS_TONES[status] ?? "neutral"}>{status}</Badge>;
}

export function ContractTypeBadge({ type }: { type: ContractSpecType }) {
  return <Badge tone="info">{SPEC_KIND_LABELS[type]}</Badge>;
}
