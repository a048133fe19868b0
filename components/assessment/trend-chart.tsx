import { LEVELS } from "@/lib/assessment/questions";

export interface TrendPoint {
  id: string;
  takenAt: Date;
  level: number;
  total: number;
}

const WIDTH = 640;
const HEIGHT = 200;
const LEFT = 150;
const RIGHT = 24;
const TOP = 16;
const BOTTOM = 36;

const dateLabel = (date: Date) => date.toISOString().slice(0, 10);

/** Level over time for one scope; each point is labelled with its total so the numbers stay visible. */
export function TrendChart({ points, label }: { points: TrendPoint[]; label: string }) {
  if (points.length === 0) return <p className="text-sm text-slate-600">No assessment yet for {label}.</p>;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (i: number) => LEFT + (points.length === 1 ? plotWidth / 2 : (i / (points.length - 1)) * plotWidth);
  const y = (level: number) => TOP + ((4 - level) / 3) * plotHeight;
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i)},${y(p.level)}`).join(" ");
  return (
    <figure>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="w-full max-w-3xl"
        role="img"
        aria-label={`Readiness level over time for ${label}: ${points.map((p) => `${dateLabel(p.takenAt)} level ${p.level}`).join(", ")}`}
      >
        {LEVELS.map((level) => (
          <g key={level.level}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(level.level)} y2={y(level.level)} stroke="var(--color-slate-200)" />
            <text x={LEFT - 8} y={y(level.level) + 4} textAnchor="end" className="fill-slate-700 text-[11px]">
              {level.level} {level.name}
            </text>
          </g>
        ))}
        <path d={path} fill="none" className="stroke-brand-700" strokeWidth={2.5} />
        {points.map((p, i) => (
          <g key={p.id}>
            <circle cx={x(i)} cy={y(p.level)} r={5} className="fill-brand-700" />
            <text x={x(i)} y={y(p.level) - 9} textAnchor="middle" className="fill-slate-900 text-[11px] font-semibold">
              {p.total}/24
            </text>
            {i === 0 || i === points.length - 1 || points.length <= 6 ? (
              <text x={x(i)} y={HEIGHT - 12} textAnchor="middle" className="fill-slate-600 text-[11px]">
                {dateLabel(p.takenAt)}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption className="sr-only">Each point is one completed assessment; the number above it is its total out of 24.</figcaption>
    </figure>
  );
}
