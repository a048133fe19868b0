import type { DataRules } from "@/lib/data-contracts/schemas";
import { DECISION_OUTCOME_LABELS, RULE_KIND_LABELS } from "@/lib/data-contracts/labels";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";

/** A version's executable rules as people read them: what is checked, where it goes, who handles it. */
export function RulesTable({ rules }: { rules: DataRules }) {
  return (
    <>
      <p className="mb-3 text-sm text-slate-700">
        {rules.schemaPointer === null ? (
          "No payload schema is checked: only the rules below."
        ) : (
          <>
            Payloads are checked against the schema at <code className="font-mono">{rules.schemaPointer || "(the whole document)"}</code>, then by{" "}
            {rules.rules.length} rule{rules.rules.length === 1 ? "" : "s"}.
          </>
        )}
        {rules.personalFields.length ? ` Personal fields, blanked in kept samples: ${rules.personalFields.join(", ")}.` : null}
      </p>
      <DataTable columns={["Rule", "Kind", "Condition (CEL)", "Route", "Severity"]}>
        {rules.rules.map((rule) => (
          <tr key={rule.id}>
            <td className="px-4 py-2 align-top">
              <span className="font-mono text-slate-900">{rule.id}</span>
              <p className="text-slate-700">{rule.message}</p>
            </td>
            <td className="px-4 py-2 align-top text-slate-800">
              {RULE_KIND_LABELS[rule.kind]}
              {rule.channel ? <p className="text-slate-600">for {rule.channel}</p> : null}
              {rule.windowMinutes ? <p className="text-slate-600">within {rule.windowMinutes} min</p> : null}
            </td>
            <td className="px-4 py-2 align-top">
              <code className="whitespace-pre-wrap break-all font-mono text-xs text-slate-800">{rule.expression}</code>
            </td>
            <td className="px-4 py-2 align-top text-slate-800">
              {DECISION_OUTCOME_LABELS[rule.route]}
              {rule.handler ? <p className="text-slate-600">{rule.handler}</p> : null}
            </td>
            <td className="px-4 py-2 align-top">
              <Badge tone={rule.severity === "error" ? "warning" : "neutral"}>{rule.severity === "error" ? "Routes" : "Warns only"}</Badge>
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
