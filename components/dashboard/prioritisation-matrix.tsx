import Link from "next/link";
import type { Prioritisation } from "@/lib/dashboard/schemas";
import { HIGH_FROM, RATINGS, type Quadrant } from "@/lib/dashboard/prioritisation-quadrant";

const CELL = 50;
const LEFT = 30;
const TOP = 6;
const BOTTOM = 30;
const SIZE = CELL * RATINGS.length;
// The guide draws low complexity on the right ("do first" is top-right): complexity runs 5 → 1 left to right.
const columnOf = (complexity: number) => RATINGS.length - complexity;
const rowOf = (value: number) => RATINGS.length - value;

const QUADRANT_STYLE: Record<Quadrant, { fill: string; dot: string }> = {
  "do-first": { fill: "var(--color-emerald-50)", dot: "var(--color-emerald-700)" },
  "plan-carefully": { fill: "var(--color-blue-50)", dot: "var(--color-blue-700)" },
  "batch-together": { fill: "var(--color-slate-50)", dot: "var(--color-slate-600)" },
  "reconsider-or-defer": { fill: "var(--color-amber-50)", dot: "var(--color-amber-700)" },
};

/** The guide's prioritisation matrix: each dot is an integration (click to open it); crowded cells link to the rest. */
export function PrioritisationMatrix({ matrix }: { matrix: Prioritisation }) {
  const highColumns = RATINGS.length - HIGH_FROM + 1; // complexity 3..5 on the left
  const highRows = RATINGS.length - HIGH_FROM + 1; // value 3..5 at the top
  const area = (quadrant: Quadrant) => {
    const left = quadrant === "plan-carefully" || quadrant === "reconsider-or-defer";
    const top = quadrant === "do-first" || quadrant === "plan-carefully";
    return {
      x: LEFT + (left ? 0 : highColumns * CELL),
      y: TOP + (top ? 0 : highRows * CELL),
      width: (left ? highColumns : RATINGS.length - highColumns) * CELL,
      height: (top ? highRows : RATINGS.length - highRows) * CELL,
    };
  };
  const placed = matrix.quadrants.reduce((n, q) => n + q.count, 0);
  return (
    <figure>
      <svg viewBox={`0 0 ${LEFT + SIZE + 4} ${TOP + SIZE + BOTTOM}`} className="mx-auto w-full max-w-[13rem]" aria-labelledby="matrix-title">
        <title id="matrix-title">
          {`Prioritisation matrix: ${matrix.quadrants.map((q) => `${q.label} ${q.count}`).join(", ")}; ${matrix.unrated} not rated`}
        </title>
        {matrix.quadrants.map((q) => {
          const box = area(q.quadrant);
          return <rect key={q.quadrant} {...box} fill={QUADRANT_STYLE[q.quadrant].fill} stroke="var(--color-slate-300)" />;
        })}
        {matrix.quadrants.map((q) => {
          const box = area(q.quadrant);
          return (
            <a key={q.quadrant} href={q.href}>
              <text x={box.x + 4} y={box.y + 11} className="fill-slate-800 text-[9px] font-semibold">
                {q.label} ({q.count})
              </text>
            </a>
          );
        })}
        {matrix.cells.map((cell) => {
          const x0 = LEFT + columnOf(cell.complexity) * CELL;
          const y0 = TOP + rowOf(cell.value) * CELL + 14;
          const extra = cell.count - cell.integrations.length;
          return (
            <g key={`${cell.value}:${cell.complexity}`}>
              {cell.integrations.map((integration, i) => (
                <a key={integration.key} href={integration.href}>
                  <circle cx={x0 + 8 + (i % 4) * 11} cy={y0 + 6 + Math.floor(i / 4) * 11} r={4.5} fill={QUADRANT_STYLE[cell.quadrant].dot}>
                    <title>{`${integration.key} ${integration.name} (value ${cell.value}, complexity ${cell.complexity})`}</title>
                  </circle>
                </a>
              ))}
              {extra > 0 ? (
                <a href={cell.href}>
                  <text x={x0 + 4} y={y0 + 32} className="fill-slate-800 text-[9px] font-semibold">
                    +{extra} more
                  </text>
                </a>
              ) : null}
            </g>
          );
        })}
        <text x={LEFT + SIZE / 2} y={TOP + SIZE + 12} textAnchor="middle" className="fill-slate-700 text-[9px]">
          Technical complexity: high (5) ← → low (1)
        </text>
        <text x={10} y={TOP + SIZE / 2} textAnchor="middle" transform={`rotate(-90 10 ${TOP + SIZE / 2})`} className="fill-slate-700 text-[9px]">
          Business value: low (1) → high (5)
        </text>
      </svg>
      <figcaption className="mt-1 text-xs text-slate-600">
        {placed} rated, {matrix.unrated} not rated ·{" "}
        {matrix.quadrants.map((q, i) => (
          <span key={q.quadrant}>
            {i ? " · " : ""}
            <Link href={q.href} className="text-brand-700 hover:underline">
              {q.label} {q.count}
            </Link>
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
