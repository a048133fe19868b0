import type { Decision } from "@/lib/data-contracts/evaluator/rule-set";
import { DECISION_OUTCOME_LABELS } from "@/lib/data-contracts/labels";
import type { SampleImpact } from "@/lib/data-contracts/sample-regressions";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";

function DecisionCell({ decision }: { decision: Decision | null }) {
  const outcome = decision?.outcome ?? "deliver";
  return (
    <>
      <Badge tone={outcome === "deliver" ? "good" : "warning"}>{DECISION_OUTCOME_LABELS[outcome]}</Badge>
      {decision?.fired.length ? (
        <ul className="mt-1 space-y-0.5 text-xs text-slate-700">
          {decision.fired.map((fired, index) => (
            <li key={index}>
              <span className="font-mono">{fired.rule}</span>
              {fired.severity === "warning" ? " (warning)" : ""}: {fired.message}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** The review's answer to "what does this change do to the payloads we keep as examples?". */
export function SampleImpactPanel({ impact }: { impact: SampleImpact }) {
  if (impact.problem)
    return (
      <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900">
        The proposed rules cannot run, so no saved sample could be decided with them: {impact.problem}
      </p>
    );
  if (impact.changed.length === 0)
    return (
      <p className="text-sm text-slate-700" data-testid="sample-impact">
        All {impact.total} saved sample{impact.total === 1 ? " is" : "s are"} decided as before.
      </p>
    );
  return (
    <>
      <p className="mb-3 text-sm font-medium text-slate-900" data-testid="sample-impact">
        {impact.sentences.length ? `${impact.sentences.join("; ")}.` : "No saved sample changes route."}{" "}
        <span className="font-normal text-slate-700">
          {impact.changed.length} of {impact.total} saved samples are decided differently.
        </span>
      </p>
      <DataTable columns={["Sample", "Expected", "Now", "With this change"]}>
        {impact.changed.map(({ sample, before, after }) => (
          <tr key={sample.id}>
            <td className="px-4 py-2 align-top">
              <span className="font-medium text-slate-900">{sample.name}</span>
              <p className="text-xs text-slate-600">saved on {sample.savedOnVersion}</p>
            </td>
            <td className="px-4 py-2 align-top text-slate-800">{DECISION_OUTCOME_LABELS[sample.expectedOutcome]}</td>
            <td className="px-4 py-2 align-top">
              <DecisionCell decision={before} />
            </td>
            <td className="px-4 py-2 align-top">
              <DecisionCell decision={after} />
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
