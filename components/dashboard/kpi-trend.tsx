/**
 * The change since the comparison day, in words and with an arrow, so it reads without colour. For most figures
 * (gaps, failures, overdue work) down is good; for the inventory itself a change is just a change.
 */
export function KpiTrend({
  value,
  previous,
  since,
  lowerIsBetter,
  unit = "",
}: {
  value: number;
  previous: number | null;
  since: string | null;
  lowerIsBetter: boolean | null;
  unit?: string;
}) {
  if (previous === null || since === null) return <span className="text-slate-600">No trend yet</span>;
  const delta = value - previous;
  const title = `${previous}${unit} on ${since}, 30 days ago`;
  if (delta === 0)
    return (
      <span className="text-slate-600" title={title}>
        = unchanged
      </span>
    );
  const better = lowerIsBetter === null ? null : lowerIsBetter ? delta < 0 : delta > 0;
  const tone = better === null ? "text-slate-700" : better ? "text-emerald-800" : "text-red-700";
  return (
    <span className={`font-medium ${tone}`} title={title}>
      <span aria-hidden>{delta > 0 ? "▲" : "▼"} </span>
      {delta > 0 ? "+" : "−"}
      {Math.abs(delta).toLocaleString("en-US")}
      {unit} in 30 d
    </span>
  );
}
