import Link from "next/link";
import { QUESTIONS } from "@/lib/assessment/questions";
import type { AssessmentSummary } from "@/lib/assessment/schemas";
import { LevelBadge } from "@/components/assessment/level-badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { DataTable, HeaderCell } from "@/components/ui/data-table";

/** Each team's latest assessment side by side: one row per team, one small bar per dimension, numbers printed. */
export function TeamComparison({ latest }: { latest: AssessmentSummary[] }) {
  return (
    <DataTable
      caption="Latest assessment of each team, points per dimension out of 4"
      header={
        <>
          <HeaderCell>Team</HeaderCell>
          <HeaderCell>Level</HeaderCell>
          {QUESTIONS.map((q) => (
            <th key={q.id} scope="col" className="px-3 py-2">
              {q.dimension}
            </th>
          ))}
        </>
      }
    >
      {latest.map((assessment) => (
        <tr key={assessment.id}>
          <th scope="row" className="px-4 py-2 text-left font-medium">
            <Link className={buttonStyles.link} href={`/assessments/${assessment.id}`}>
              {assessment.team?.name}
            </Link>
            <p className="text-xs font-normal text-slate-600">{assessment.takenAt.toISOString().slice(0, 10)}</p>
          </th>
          <td className="px-4 py-2">
            <LevelBadge level={assessment.level} name={assessment.levelName} />
          </td>
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
    </DataTable>
  );
}
