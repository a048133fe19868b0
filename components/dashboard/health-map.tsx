import Link from "next/link";
import type { HealthMapGroup } from "@/lib/dashboard/health-map";
import type { HealthStatus } from "@/lib/generated/prisma/enums";
import { labelOf } from "@/lib/labels/enum-labels";

// Colour and a pattern-free cue for each state; the state's name is also in every tile's accessible name.
const TILE_STYLES: Record<HealthStatus, string> = {
  healthy: "bg-emerald-500",
  degraded: "bg-amber-400",
  stale: "bg-orange-400",
  fragile: "bg-yellow-300",
  failing: "bg-red-600",
  unmonitored: "bg-slate-300",
  unknown: "bg-slate-200",
};
const LEGEND: readonly HealthStatus[] = ["healthy", "degraded", "stale", "failing", "unmonitored"];

/**
 * The live health map: one tile per integration, grouped by business capability, coloured by its effective health
 * (derived from signals, or the manual override while it lasts). Each tile links to the integration and names it, its
 * health and the reason, for screen readers and as a tooltip.
 */
export function HealthMap({ groups }: { groups: readonly HealthMapGroup[] }) {
  return (
    <section aria-labelledby="health-map-title" className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="health-map-title" className="text-sm font-semibold text-slate-900">
          Live health by business capability
        </h2>
        <ul aria-label="Legend" className="flex flex-wrap gap-3 text-xs text-slate-700">
          {LEGEND.map((health) => (
            <li key={health} className="flex items-center gap-1">
              <span aria-hidden className={`inline-block h-3 w-3 rounded-sm ${TILE_STYLES[health]}`} />
              {labelOf("HealthStatus", health)}
            </li>
          ))}
        </ul>
      </div>
      {groups.length === 0 ? (
        <p className="text-sm text-slate-600">No live integration yet.</p>
      ) : (
        <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
          {groups.map((group) => (
            <div key={group.capability} role="group" aria-label={group.capability}>
              <h3 className="mb-1 text-xs font-medium text-slate-700">{group.capability}</h3>
              <ul className="flex flex-wrap gap-1">
                {group.tiles.map((tile) => {
                  const label = `${tile.key} ${tile.name}: ${labelOf("HealthStatus", tile.health)}${tile.reason ? `, ${tile.reason}` : ""}`;
                  return (
                    <li key={tile.key}>
                      <Link
                        href={`/catalog/integrations/${tile.key}`}
                        aria-label={label}
                        title={label}
                        data-health={tile.health}
                        className={`block h-5 w-5 rounded-sm ring-offset-1 hover:ring-2 hover:ring-slate-900 ${TILE_STYLES[tile.health]}`}
                      />
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
