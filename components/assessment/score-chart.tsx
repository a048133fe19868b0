import type { Evidence } from "@/lib/assessment/evidence";
import type { QuestionScore } from "@/lib/assessment/scoring";

const ROW = 34;
const LABEL_WIDTH = 170;
const BAR_WIDTH = 360;
const VALUE_WIDTH = 150;

/**
 * One bar per dimension (answer points out of 4), with a marker at the strongest answer the catalog's evidence
 * supports. Numbers are printed beside each bar, so nothing depends on colour or on hovering.
 */
export function ScoreChart({ scores, evidence }: { scores: QuestionScore[]; evidence?: Evidence }) {
  const height = scores.length * ROW + 28;
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const x = (points: number, max: number) => LABEL_WIDTH + (points / max) * BAR_WIDTH;
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${height}`} className="w-full max-w-3xl" role="img" aria-labelledby="score-chart-title score-chart-desc">
        <title id="score-chart-title">Score per question</title>
        <desc id="score-chart-desc">{scores.map((s) => `${s.dimension}: ${s.points} of ${s.max}`).join("; ")}</desc>
        {[1, 2, 3, 4].map((tick) => (
          <g key={tick}>
            <line x1={x(tick, 4)} x2={x(tick, 4)} y1={0} y2={scores.length * ROW} stroke="var(--color-slate-300)" strokeDasharray="3 3" />
            <text x={x(tick, 4)} y={scores.length * ROW + 18} textAnchor="middle" className="fill-slate-600 text-[11px]">
              {tick}
            </text>
          </g>
        ))}
        {scores.map((score, index) => {
          const y = index * ROW + 6;
          const supports = evidence?.[score.questionId]?.supports ?? null;
          const weak = score.points <= 2;
          return (
            <g key={score.questionId}>
              <text x={LABEL_WIDTH - 10} y={y + 15} textAnchor="end" className="fill-slate-800 text-[13px]">
                {score.dimension}
              </text>
              <rect x={LABEL_WIDTH} y={y} width={BAR_WIDTH} height={20} rx={4} className="fill-slate-100" />
              <rect
                x={LABEL_WIDTH}
                y={y}
                width={(score.points / score.max) * BAR_WIDTH}
                height={20}
                rx={4}
                className={weak ? "fill-amber-500" : "fill-brand-700"}
              />
              {supports !== null ? (
                <g>
                  <line x1={x(supports, 4)} x2={x(supports, 4)} y1={y - 3} y2={y + 23} stroke="var(--color-slate-900)" strokeWidth={3} />
                  <title>{`Evidence supports up to answer ${supports}`}</title>
                </g>
              ) : null}
              <text x={LABEL_WIDTH + BAR_WIDTH + 10} y={y + 15} className="fill-slate-900 text-[13px] font-semibold">
                {score.points} of {score.max}
                {supports !== null ? ` · evidence ${supports}` : ""}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-xs text-slate-700">
        <span className="flex items-center gap-1.5">
          <span className="inline-block h-2.5 w-4 rounded-sm bg-brand-700" aria-hidden /> Your answer (points, 1 weakest to 4 strongest)
        </span>
        <span className="flex items-center gap-1.5">
          <span className="inline-block h-2.5 w-4 rounded-sm bg-amber-500" aria-hidden /> Weak (2 or less)
        </span>
        <span className="flex items-center gap-1.5">
          <span className="inline-block h-3 w-0.5 bg-slate-900" aria-hidden /> Strongest answer the catalog&apos;s evidence supports
        </span>
      </figcaption>
    </figure>
  );
}
