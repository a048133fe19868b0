import { GLOSSARY_CHANGE_LABELS, type GlossaryChange } from "@/lib/reviews/glossary-diff";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";

function Definition({ value }: { value: GlossaryChange["before"] }) {
  if (!value) return <span className="text-slate-600">—</span>;
  return (
    <>
      <span className="text-slate-900">{value.meaning}</span>
      {value.rules ? <span className="mt-1 block text-xs text-slate-700">Rules: {value.rules}</span> : null}
    </>
  );
}

/** What the proposal changes in the glossary, field by field, before and after: shown next to the document's changes. */
export function GlossaryChanges({
  changes,
  baseVersion,
  proposedVersion,
}: {
  changes: readonly GlossaryChange[];
  baseVersion: string | null;
  proposedVersion: string;
}) {
  return (
    <DataTable columns={["Field", "Change", `Meaning in ${baseVersion ?? "the base"}`, `Meaning in ${proposedVersion}`]}>
      {changes.map((change) => (
        <tr key={change.field}>
          <td className="px-4 py-2 font-mono">{change.field}</td>
          <td className="px-4 py-2">
            <Badge tone={change.kind === "added" ? "info" : "warning"}>{GLOSSARY_CHANGE_LABELS[change.kind]}</Badge>
          </td>
          <td className="px-4 py-2 text-sm">
            <Definition value={change.before} />
          </td>
          <td className="px-4 py-2 text-sm">
            <Definition value={change.after} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
