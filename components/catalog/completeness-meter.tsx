/** A score people read at a glance: a bar plus the number (the bar's colour is never the only signal). */
export function CompletenessMeter({ score, compact = false }: { score: number; compact?: boolean }) {
  const colour = score === 100 ? "bg-emerald-600" : score >= 70 ? "bg-amber-500" : "bg-red-600";
  return (
    <div className={`flex items-center gap-2 ${compact ? "w-28" : "w-full max-w-sm"}`}>
      <div
        className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={score}
        aria-label="Completeness"
      >
        <div className={`h-full ${colour}`} style={{ width: `${score}%` }} />
      </div>
      <span className="text-xs font-semibold tabular-nums text-slate-800">{score}%</span>
    </div>
  );
}
