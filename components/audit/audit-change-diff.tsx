import { diffAuditValues, formatAuditValue } from "@/lib/audit/audit-diff";

/** Before and after of one audited change, field by field; changed fields are highlighted and marked. */
export function AuditChangeDiff({ before, after }: { before: unknown; after: unknown }) {
  const changes = diffAuditValues(before, after);
  if (changes.length === 0) return <p className="text-xs text-slate-600">No field values were recorded for this change.</p>;
  return (
    <table className="w-full table-fixed text-xs">
      <thead className="text-left text-slate-600">
        <tr>
          <th scope="col" className="w-1/5 px-2 py-1 font-semibold">
            Field
          </th>
          <th scope="col" className="px-2 py-1 font-semibold">
            Before
          </th>
          <th scope="col" className="px-2 py-1 font-semibold">
            After
          </th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field} className={change.changed ? "bg-amber-50" : undefined} data-changed={change.changed || undefined}>
            <th scope="row" className="px-2 py-1 text-left align-top font-mono font-medium text-slate-900">
              {change.field}
              {change.changed ? <span className="ml-1 font-sans text-amber-900">(changed)</span> : null}
            </th>
            <td className={`break-words px-2 py-1 align-top font-mono ${change.changed ? "text-red-800 line-through decoration-red-300" : "text-slate-700"}`}>
              {formatAuditValue(change.before)}
            </td>
            <td className={`break-words px-2 py-1 align-top font-mono ${change.changed ? "text-emerald-800" : "text-slate-700"}`}>
              {formatAuditValue(change.after)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
