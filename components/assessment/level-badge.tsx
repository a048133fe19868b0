import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONE_BY_LEVEL: Record<number, BadgeTone> = { 1: "danger", 2: "warning", 3: "info", 4: "good" };

export function LevelBadge({ level, name }: { level: number; name: string }) {
  return (
    <Badge tone={TONE_BY_LEVEL[level] ?? "neutral"}>
      Level {level} · {name}
    </Badge>
  );
}
