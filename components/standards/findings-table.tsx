import type { LintFinding } from "@/lib/standards/schemas";
import { FindingSeverity } from "@/components/standards/finding-severity";
import { DataTable } from "@/components/ui/data-table";

/** Findings with their place; `lineHref` links each to the document at its line. */
export function FindingsTable({ findings, lineHref }: { findings: readonly LintFinding[]; lineHref: (line: number) => string }) {
  return (
    <DataTable columns={["Line", "Severity", "Rule", "Finding"]}>
      {findings.map((finding) => (
        <tr key={`${finding.rule}:${finding.pointer}`}>
          <td className="px-4 py-2 font-mono">
            <a className="text-brand-700 hover:underline" href={lineHref(finding.line)}>
              {finding.line}:{finding.column}
            </a>
          </td>
          <td className="px-4 py-2">
            <FindingSeverity severity={finding.severity} />
          </td>
          <td className="px-4 py-2 font-mono text-xs">{finding.rule}</td>
          <td className="px-4 py-2 text-slate-800">
            {finding.message}
            <span className="block font-mono text-xs text-slate-600">{finding.pointer || "/"}</span>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
