import type { JobCounts } from "@/lib/jobs/repository";

const SEGMENTS = [
  { key: "succeeded", label: "Succeeded", className: "bg-emerald-600" },
  { key: "waiting", label: "Waiting", className: "bg-slate-400" },
  { key: "running", label: "Running", className: "bg-brand-600" },
  { key: "retrying", label: "Retrying", className: "bg-amber-400" },
  { key: "dead", label: "Dead", className: "bg-red-600" },
] as const;

/** The queue at a glance: one stacked bar whose legend carries the numbers (no colour-only meaning). */
export function JobStatusBar({ counts }: { counts: JobCounts }) {
  const values: Record<(typeof SEGMENTS)[number]["key"], number> = {
    succeeded: counts.succeeded,
    waiting: counts.pending - counts.retrying,
    running: counts.running,
    retrying: counts.retrying,
    dead: counts.dead,
  };
  const total = Object.values(values).reduce((sum, value) => sum + value, 0);
  if (total === 0) return <p className="text-sm text-slate-600">No job has run yet.</p>;
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div
        className="flex h-4 w-full overflow-hidden rounded-full bg-slate-100"
        role="img"
        aria-label={SEGMENTS.map((s) => `${s.label} ${values[s.key]}`).join(", ")}
      >
        {SEGMENTS.map((s) => (values[s.key] ? <div key={s.key} className={s.className} style={{ width: `${(values[s.key] / total) * 100}%` }} /> : null))}
      </div>
      <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700">
        {SEGMENTS.map((s) => (
          <li key={s.key} className="flex items-center gap-1.5">
            <span className={`inline-block h-2.5 w-2.5 rounded-sm ${s.className}`} aria-hidden />
            {s.label} <span className="font-semibold tabular-nums">{values[s.key]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
