import type { HealthStatus } from "@/lib/generated/prisma/enums";

/** One integration on the dashboard's health map. */
export interface HealthMapTile {
  key: string;
  name: string;
  health: HealthStatus;
  /** Why the portal says so ("error rate 7.2% over 15 min, objective 1%"); null when there is nothing to explain. */
  reason: string | null;
}

export interface HealthMapGroup {
  capability: string;
  tiles: HealthMapTile[];
}

export const NO_CAPABILITY = "No business capability";

/** Worst first, so that what needs attention leads each group. */
const SEVERITY: Record<HealthStatus, number> = { failing: 0, degraded: 1, stale: 2, fragile: 3, unknown: 4, unmonitored: 5, healthy: 6 };

/**
 * Groups live integrations by business capability (an integration serving two capabilities shows in both; one with
 * none in a group of its own, last), groups alphabetically and tiles worst health first, then by key.
 */
export function groupHealthMap(integrations: readonly (HealthMapTile & { capabilities: readonly string[] })[]): HealthMapGroup[] {
  const groups = new Map<string, HealthMapTile[]>();
  for (const { capabilities, ...tile } of integrations) {
    for (const capability of capabilities.length > 0 ? capabilities : [NO_CAPABILITY]) {
      const tiles = groups.get(capability) ?? [];
      tiles.push(tile);
      groups.set(capability, tiles);
    }
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => (a === NO_CAPABILITY ? 1 : b === NO_CAPABILITY ? -1 : a.localeCompare(b)));
  return ordered.map(([capability, tiles]) => ({
    capability,
    tiles: tiles.sort((a, b) => SEVERITY[a.health] - SEVERITY[b.health] || a.key.localeCompare(b.key)),
  }));
}
