import { Badge, type BadgeTone } from "@/components/ui/badge";
import { STATUS_LABELS, type ChangeRequestStatus } from "@/lib/reviews/schemas";

const STATUS_TONES: Record<ChangeRequestStatus, BadgeTone> = {
  draft: "neutral",
  in_review: "info",
  changes_requested: "warning",
  approved: "good",
  rejected: "danger",
  withdrawn: "neutral",
  published: "good",
};

export function ChangeRequestStatusBadge({ status }: { status: ChangeRequestStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}

/** "3 breaking" in red, or "non-breaking" in green: the one fact a reviewer scans a list for. */
export function BreakingBadge({ breakingCount, changeCount }: { breakingCount: number; changeCount: number }) {
  if (breakingCount > 0) return <Badge tone="danger">{breakingCount} breaking</Badge>;
  return <Badge tone="good">{changeCount === 0 ? "no contract change" : "non-breaking"}</Badge>;
}
