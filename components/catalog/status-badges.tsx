import { labelOf } from "@/lib/labels/enum-labels";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const HEALTH_TONES: Record<string, BadgeTone> = {
  healthy: "good",
  fragile: "warning",
  degraded: "warning",
  failing: "danger",
  unknown: "neutral",
  stale: "warning",
  unmonitored: "neutral",
};

export function HealthBadge({ health }: { health: string }) {
  return <Badge tone={HEALTH_TONES[health] ?? "neutral"}>{labelOf("HealthStatus", health)}</Badge>;
}

export function CriticalityBadge({ criticality }: { criticality: string }) {
  return (
    <Badge tone={criticality === "tier1" ? "danger" : criticality === "tier2" ? "warning" : "neutral"}>
      {labelOf("Criticality", criticality).replace(/ \(.*\)$/, "")}
    </Badge>
  );
}

export function LifecycleBadge({ lifecycle, archived }: { lifecycle: string; archived?: boolean }) {
  if (archived) return <Badge tone="neutral">Archived</Badge>;
  return <Badge tone={lifecycle === "active" ? "info" : lifecycle === "deprecated" ? "warning" : "neutral"}>{labelOf("Lifecycle", lifecycle)}</Badge>;
}
