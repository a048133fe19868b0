import { Badge, type BadgeTone } from "@/components/ui/badge";

const HEALTH_TONES: Record<string, BadgeTone> = { healthy: "good", fragile: "warning", degraded: "warning", failing: "danger", unknown: "neutral" };
const CRITICALITY_LABELS: Record<string, string> = { tier1: "Tier 1", tier2: "Tier 2", tier3: "Tier 3", tier4: "Tier 4" };

export function HealthBadge({ health }: { health: string }) {
  return <Badge tone={HEALTH_TONES[health] ?? "neutral"}>{health}</Badge>;
}

export function CriticalityBadge({ criticality }: { criticality: string }) {
  return (
    <Badge tone={criticality === "tier1" ? "danger" : criticality === "tier2" ? "warning" : "neutral"}>{CRITICALITY_LABELS[criticality] ?? criticality}</Badge>
  );
}

export function LifecycleBadge({ lifecycle, archived }: { lifecycle: string; archived?: boolean }) {
  if (archived) return <Badge tone="neutral">archived</Badge>;
  return <Badge tone={lifecycle === "active" ? "info" : lifecycle === "deprecated" ? "warning" : "neutral"}>{lifecycle}</Badge>;
}
