import Link from "next/link";
import type { Evidence } from "@/lib/assessment/evidence";
import { QUESTIONS, answerText, type AnswerPosition, type Answers } from "@/lib/assessment/questions";
import { claimsMoreThanEvidence } from "@/lib/assessment/scoring";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { DataTable } from "@/components/ui/data-table";

/** Each self-assessed answer beside what the catalog showed for the scope when the assessment was taken. */
export function EvidenceTable({ answers, evidence }: { answers: Answers; evidence: Evidence }) {
  return (
    <DataTable columns={["Question", "Your answer", "What the catalog shows"]} bodyClassName="align-top" data-testid="evidence-table">
      {QUESTIONS.map((q) => {
        const position = answers[q.id];
        const item = evidence[q.id];
        const overclaimed = claimsMoreThanEvidence(position, item);
        return (
          <tr key={q.id}>
            <th scope="row" className="px-4 py-3 text-left font-medium text-slate-900">
              {q.dimension}
              <p className="mt-0.5 text-xs font-normal text-slate-600">{q.text}</p>
            </th>
            <td className="px-4 py-3 text-slate-800">
              {answerText(q.id, position)} <span className="text-slate-600">({position} of 4)</span>
            </td>
            <td className="px-4 py-3 text-slate-800">
              {item.share === null ? (
                <p>Nothing to measure in this scope yet ({item.measure}).</p>
              ) : (
                <p>
                  <span className="text-lg font-semibold tabular-nums">{item.share}%</span> of {item.measure}{" "}
                  <span className="text-slate-600">
                    ({item.numerator.toLocaleString("en-US")} of {item.denominator.toLocaleString("en-US")})
                  </span>
                </p>
              )}
              <p className="mt-1">
                {overclaimed ? (
                  <Badge tone="danger">
                    Your answer claims more than this supports: at most &ldquo;{answerText(q.id, item.supports as AnswerPosition)}&rdquo;
                  </Badge>
                ) : item.supports !== null ? (
                  <Badge tone="good">Consistent with your answer</Badge>
                ) : (
                  <Badge tone="neutral">Not judged</Badge>
                )}
              </p>
              {item.findings.length > 0 ? (
                <ul className="mt-1 space-y-0.5">
                  {item.findings.map((f) => (
                    <li key={f.label}>
                      <Link className={buttonStyles.link} href={f.href}>
                        {f.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : null}
              {item.note ? <p className="mt-1 text-xs text-slate-600">{item.note}</p> : null}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
