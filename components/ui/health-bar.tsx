const HEALTH_ORDER = [
  { key: "healthy", label: "Healthy", className: "bg-emerald-600" },
  { key: "fragile", label: "Fragile", className: "bg-amber-400" },
  { key: "degraded", label: "Degraded", className: "bg-orange-500" },
  { key: "failing", label: "Failing", className: "bg-red-600" },
  { key: "unknown", label: "Unknown", className: "bg-slate-400" },
] as const;

/** One stacked bar of integration health, with a legend that carries the numbers (no colour-only meaning). */
export function HealthBar({ counts }: { counts: Record<string, number> }) {
  const total = HEALTH_ORDER.reduce((sum, h) => sum + (counts[h.key] ?? 0), 0);
  if (total === 0) return <p className="text-sm text-slate-600">No integrations registered yet.</p>;
  return (
    <div>
      <div
        className="flex h-4 w-full overflow-hidden rounded-full bg-slate-100"
        role="img"
        aria-label={HEALTH_ORDER.map((h) => `${h.label} ${counts[h.key] ?? 0}`).join(", ")}
      >
        {HEALTH_ORDER.map((h) =>
          counts[h.key] ? <div key={h.key} className={h.className} style={{ width: `${((counts[h.key] ?? 0) / total) * 100}%` }} /> : null,
        )}
      </div>
      <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700">
        {HEALTH_ORDER.map((h) => (
          <li key={h.key} className="flex items-center gap-1.5">
            <span className={`inline-block h-2.5 w-2.5 rounded-sm ${h.className}`} aria-hidden />
            {h.label} <span className="font-semibold tabular-nums">{counts[h.key] ?? 0}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
