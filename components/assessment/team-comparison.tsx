import Link from "next/link";
import { QUESTIONS } from "@/lib/assessment/questions";
import type { AssessmentSummary } from "@/lib/assessment/schemas";
import { LevelBadge } from "@/components/assessment/level-badge";
import { buttonStyles } from "@/components/ui/button-styles";

/** Each team's latest assessment side by side: one row per team, one small bar per dimension, numbers printed. */
export function TeamComparison({ latest }: { latest: AssessmentSummary[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Latest assessment of each team, points per dimension out of 4</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2">Team</th>
            <th scope="col" className="px-4 py-2">Level</th>
            {QUESTIONS.map((q) => (
              <th key={q.id} scope="col" className="px-3 py-2">{q.dimension}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {latest.map((assessment) => (
            <tr key={assessment.id}>
              <th scope="row" className="px-4 py-2 text-left font-medium">
                <Link className={buttonStyles.link} href={`/assessments/${assessment.id}`}>{assessment.team?.name}</Link>
                <p className="text-xs font-normal text-slate-600">{assessment.takenAt.toISOString().slice(0, 10)}</p>
              </th>
              <td className="px-4 py-2"><LevelBadge level={assessment.level} name={assessment.levelName} /></td>
              {QUESTIONS.map((q) => {
                const points = assessment.answers[q.id] ?? 0;
                return (
                  <td key={q.id} className="px-3 py-2">
                    <div className="flex items-center gap-2">
                      <div className="h-2 w-14 overflow-hidden rounded-full bg-slate-200" aria-hidden>
                        <div className={`h-full ${points <= 2 ? "bg-amber-500" : "bg-brand-700"}`} style={{ width: `${(points / 4) * 100}%` }} />
                      </div>
                      <span className="tabular-nums text-slate-900">{points}</span>
                    </div>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
