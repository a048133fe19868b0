import type { Decision } from "@/lib/data-contracts/evaluator/rule-set";
import { DECISION_OUTCOME_LABELS } from "@/lib/data-contracts/labels";
import type { SampleCase } from "@/lib/data-contracts/sample-regressions";
import { DeleteSampleButton } from "@/components/data-contracts/delete-sample-button";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";

/**
 * The contract's saved samples with what this version's rules decide for each: a sample whose decision is not the
 * one it expects is marked, so a version that broke a regression case is visible on its page.
 */
export function SamplesTable({
  samples,
  decisions,
  editable,
}: {
  samples: readonly SampleCase[];
  decisions: readonly (Decision | null)[] | null;
  editable: boolean;
}) {
  return (
    <DataTable columns={["Sample", "Expected", "This version decides", "Saved on", ...(editable ? [{ label: "Actions", visuallyHidden: true }] : [])]}>
      {samples.map((sample, index) => {
        const decision = decisions?.[index] ?? null;
        const outcome = decisions ? (decision?.outcome ?? "deliver") : null;
        return (
          <tr key={sample.id}>
            <td className="px-4 py-2 align-top">
              <span className="font-medium text-slate-900">{sample.name}</span>
              {sample.targets.length ? <p className="text-slate-600">for {sample.targets.join(", ")}</p> : null}
            </td>
            <td className="px-4 py-2 align-top text-slate-800">{DECISION_OUTCOME_LABELS[sample.expectedOutcome]}</td>
            <td className="px-4 py-2 align-top">
              {outcome === null ? (
                <span className="text-slate-600">The rules cannot run</span>
              ) : (
                <>
                  <Badge tone={outcome === sample.expectedOutcome ? "good" : "danger"}>{DECISION_OUTCOME_LABELS[outcome]}</Badge>
                  {outcome !== sample.expectedOutcome ? <span className="ml-1 text-slate-700">not as expected</span> : null}
                  {decision?.fired.length ? <p className="text-xs text-slate-600">{decision.fired.map((f) => f.rule).join(", ")}</p> : null}
                </>
              )}
            </td>
            <td className="px-4 py-2 align-top font-mono text-slate-700">{sample.savedOnVersion}</td>
            {editable ? (
              <td className="px-4 py-2 align-top">
                <DeleteSampleButton sampleId={sample.id} name={sample.name} />
              </td>
            ) : null}
          </tr>
        );
      })}
    </DataTable>
  );
}
