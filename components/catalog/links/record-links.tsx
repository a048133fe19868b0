import { EXTERNAL_REF_FIELDS, EXTERNAL_REF_LABELS, LINK_KIND_LABELS, type RecordLink } from "@/lib/catalog/links/schemas";

/** The links and external references of a system, integration or contract, as the detail pages show them. */
export function RecordLinks({
  record,
}: {
  record: { links: RecordLink[]; backstageRef: string | null; serviceNowId: string | null; leanIxId: string | null };
}) {
  const refs = EXTERNAL_REF_FIELDS.filter((field) => record[field]);
  // A <dl> may hold only dt/dd groups (axe: definition-list), so the empty state is a paragraph of its own.
  if (record.links.length === 0 && refs.length === 0) return <p className="text-sm text-slate-600">No runbook, dashboard, repository or docs link recorded.</p>;
  return (
    <dl className="space-y-2 text-sm">
      {record.links.map((link, index) => (
        <div key={index}>
          <dt className="text-xs font-medium uppercase text-slate-600">{LINK_KIND_LABELS[link.kind]}</dt>
          <dd className="break-all">
            {/* Only http(s) addresses are ever stored (the schema refuses others); rel keeps the portal's window from the target. */}
            <a className="text-brand-700 underline" href={link.url} rel="noreferrer noopener" target="_blank">
              {link.title ?? link.url}
            </a>
          </dd>
        </div>
      ))}
      {refs.map((field) => (
        <div key={field}>
          <dt className="text-xs font-medium uppercase text-slate-600">{EXTERNAL_REF_LABELS[field]}</dt>
          <dd className="font-mono break-all">{record[field]}</dd>
        </div>
      ))}
    </dl>
  );
}
