"use client";

import { EXTERNAL_REF_FIELDS, EXTERNAL_REF_LABELS, LINK_KIND_LABELS, LINK_KINDS, MAX_LINKS, type RecordLink } from "@/lib/catalog/links/schemas";
import { EditableRowList, useEditableRows } from "@/components/catalog/integrations/editable-rows";
import { FormField } from "@/components/ui/form-field";

const REF_HINTS = {
  backstageRef: "kind:namespace/name, e.g. component:default/order-service.",
  serviceNowId: "The configuration item's id in ServiceNow.",
  leanIxId: "The fact sheet's id in LeanIX.",
} as const;

export type RecordLinksValues = { links: RecordLink[]; backstageRef: string | null; serviceNowId: string | null; leanIxId: string | null };

/**
 * The links rows and external reference inputs shared by the system, integration and contract forms; the form
 * reads them with readLinkFields (lib/catalog/links/form-input.ts). `errors` are keyed like `links.0.url`.
 */
export function RecordLinksFields({ record, errors }: { record?: RecordLinksValues; errors: Record<string, string | undefined> }) {
  const rows = useEditableRows<RecordLink>(record?.links ?? []);
  return (
    <>
      <EditableRowList
        legend="Links (runbook, dashboard, repository, documentation)"
        noun="link"
        rows={rows}
        max={MAX_LINKS}
        empty="No link recorded."
        blank={(): RecordLink => ({ kind: "runbook", url: "", title: null })}
      >
        {(link, i) => (
          <>
            <FormField label={`Link ${i + 1}: kind`} error={errors[`links.${i}.kind`]} required>
              {(props) => (
                <select {...props} name={`links.${i}.kind`} defaultValue={link.kind}>
                  {LINK_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {LINK_KIND_LABELS[kind]}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField label={`Link ${i + 1}: address`} error={errors[`links.${i}.url`]} required>
              {(props) => <input {...props} type="url" name={`links.${i}.url`} defaultValue={link.url} placeholder="https://" />}
            </FormField>
            <FormField label={`Link ${i + 1}: title`} error={errors[`links.${i}.title`]}>
              {(props) => <input {...props} name={`links.${i}.title`} defaultValue={link.title ?? ""} />}
            </FormField>
          </>
        )}
      </EditableRowList>
      {errors.links ? <p className="text-sm text-red-700 sm:col-span-2">{errors.links}</p> : null}
      {EXTERNAL_REF_FIELDS.map((field) => (
        <FormField key={field} label={EXTERNAL_REF_LABELS[field]} hint={REF_HINTS[field]} error={errors[field]}>
          {(props) => <input {...props} name={field} defaultValue={record?.[field] ?? ""} />}
        </FormField>
      ))}
    </>
  );
}
