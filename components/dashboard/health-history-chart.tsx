const SERIES = [
  { key: "failing", label: "Failing", color: "var(--color-red-600)" },
  { key: "degraded", label: "Degraded", color: "var(--color-orange-500)" },
  { key: "stale", label: "Stale", color: "var(--color-orange-400)" },
  { key: "fragile", label: "Fragile", color: "var(--color-amber-400)" },
  { key: "unmonitored", label: "Unmonitored", color: "var(--color-slate-300)" },
  { key: "unknown", label: "Unknown", color: "var(--color-slate-400)" },
  { key: "healthy", label: "Healthy", color: "var(--color-emerald-600)" },
] as const;

const WIDTH = 360;
const HEIGHT = 130;
const LEFT = 28;
const BOTTOM = 18;
const TOP = 6;

export interface HealthPoint {
  day: string;
  health: Record<string, number>;
  seeded: boolean;
}

/** Integration health per day as stacked areas (problems at the bottom, where the eye starts). */
export function HealthHistoryChart({ points, seededUntil }: { points: HealthPoint[]; seededUntil: string | null }) {
  if (points.length < 2) return <p className="text-sm text-slate-600">The chart starts after the first daily snapshot: come back tomorrow.</p>;
  const totals = points.map((p) => SERIES.reduce((sum, s) => sum + (p.health[s.key] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const plotWidth = WIDTH - LEFT - 4;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (i: number) => LEFT + (i / (points.length - 1)) * plotWidth;
  const y = (value: number) => TOP + plotHeight - (value / max) * plotHeight;
  const below = points.map(() => 0);
  const areas = SERIES.map((s) => {
    const lower = [...below];
    const upper = points.map((p, i) => (below[i] += p.health[s.key] ?? 0));
    const top = upper.map((v, i) => `${i ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
    const bottom = lower
      .map((v, i) => `L${x(i).toFixed(1)},${y(v).toFixed(1)}`)
      .reverse()
      .join(" ");
    return { ...s, d: `${top} ${bottom} Z` };
  });
  const first = points[0];
  const last = points.at(-1)!;
  const seededIndex = seededUntil ? points.findLastIndex((p) => p.day <= seededUntil) : -1;
  const summary = (p: HealthPoint) => SERIES.map((s) => `${s.label.toLowerCase()} ${p.health[s.key] ?? 0}`).join(", ");
  return (
    <figure>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="w-full"
        role="img"
        aria-label={`Integration health from ${first.day} (${summary(first)}) to ${last.day} (${summary(last)})`}
      >
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={LEFT} x2={WIDTH - 4} y1={y(max * f)} y2={y(max * f)} stroke="var(--color-slate-200)" />
            <text x={LEFT - 4} y={y(max * f) + 3} textAnchor="end" className="fill-slate-600 text-[9px]">
              {Math.round(max * f)}
            </text>
          </g>
        ))}
        {areas.map((a) => (
          <path key={a.key} d={a.d} fill={a.color} />
        ))}
        {seededIndex > 0 ? (
          <line
            x1={x(seededIndex)}
            x2={x(seededIndex)}
            y1={TOP}
            y2={TOP + plotHeight}
            stroke="var(--color-slate-900)"
            strokeWidth={1.5}
            strokeDasharray="3 2"
          />
        ) : null}
        <text x={LEFT} y={HEIGHT - 4} className="fill-slate-600 text-[9px]">
          {first.day}
        </text>
        <text x={WIDTH - 4} y={HEIGHT - 4} textAnchor="end" className="fill-slate-600 text-[9px]">
          {last.day}
        </text>
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-x-3 text-xs text-slate-700">
          {SERIES.map((s) => (
            <li key={s.key} className="flex items-center gap-1">
              <span className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: s.color }} aria-hidden />
              {s.label} <span className="font-semibold tabular-nums">{last.health[s.key] ?? 0}</span>
            </li>
          ))}
        </ul>
        {seededIndex > 0 ? <p className="text-xs text-slate-600">Left of the dashed line: seeded demo history.</p> : null}
      </figcaption>
    </figure>
  );
}
