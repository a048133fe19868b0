"use client";

import { createContractAction, updateContractAction } from "@/lib/catalog/contracts/actions";
import { CONTRACT_TYPES, zCreateContractInput, zUpdateContractInput } from "@/lib/catalog/contracts/schemas";
import { SPEC_KIND_LABELS } from "@/lib/catalog/specs/spec-kinds";
import { RecordFormActions, useRecordForm } from "@/components/catalog/use-record-form";
import { FormField } from "@/components/ui/form-field";
import { RecordLinksFields, type RecordLinksValues } from "@/components/catalog/links/record-links-fields";
import { readLinkFields } from "@/lib/catalog/links/form-input";

interface Option {
  id: string;
  label: string;
}

export interface ContractFormValues {
  slug: string;
  name: string;
  description: string;
  type: (typeof CONTRACT_TYPES)[number];
  ownerTeamId: string;
  integrationId: string;
  systemId: string;
}

/** Register (no `existing`) or edit a contract; validates with the same schema the server re-parses with. */
export function ContractForm({
  initial,
  existing,
  teams,
  systems,
  integrations,
}: {
  initial: ContractFormValues;
  existing?: { id: string; etag: string; links: RecordLinksValues };
  teams: Option[];
  systems: Option[];
  integrations: Option[];
}) {
  const { formRef, values, set, errors, pending, submit } = useRecordForm({
    initial,
    schema: existing ? zUpdateContractInput : zCreateContractInput,
    // The slug and type are fixed once registered: an edit does not send them.
    toInput: (v, form) => ({
      ...(existing ? { name: v.name, description: v.description, ownerTeamId: v.ownerTeamId, integrationId: v.integrationId, systemId: v.systemId } : v),
      ...readLinkFields(form),
    }),
    save: (input) => (existing ? updateContractAction({ contractId: existing.id, etag: existing.etag, values: input }) : createContractAction(input)),
    hrefOf: (saved) => `/catalog/contracts/${saved.slug}`,
  });

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="max-w-2xl space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <FormField label="Name" required error={errors.name}>
        {(props) => <input {...props} value={values.name} onChange={set("name")} />}
      </FormField>
      <FormField
        label="Slug"
        required
        error={errors.slug}
        hint={existing ? "Fixed once registered: it is the contract's address." : "Its address: lower-case letters, digits and hyphens, e.g. customer-api."}
      >
        {(props) => <input {...props} value={values.slug} onChange={set("slug")} readOnly={Boolean(existing)} />}
      </FormField>
      <FormField
        label="Type"
        required
        error={errors.type}
        hint={existing ? "Fixed once registered: every version is validated as this type." : "The kind of spec document its versions hold."}
      >
        {(props) => (
          <select {...props} value={values.type} onChange={set("type")} disabled={Boolean(existing)}>
            {CONTRACT_TYPES.map((type) => (
              <option key={type} value={type}>
                {SPEC_KIND_LABELS[type]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Description" error={errors.description}>
        {(props) => <textarea {...props} rows={3} value={values.description} onChange={set("description")} />}
      </FormField>
      <FormField label="Owning team" required error={errors.ownerTeamId}>
        {(props) => (
          <select {...props} value={values.ownerTeamId} onChange={set("ownerTeamId")}>
            <option value="">Choose a team</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Integration it governs" error={errors.integrationId}>
        {(props) => (
          <select {...props} value={values.integrationId} onChange={set("integrationId")}>
            <option value="">None</option>
            {integrations.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="System whose interface it describes" error={errors.systemId}>
        {(props) => (
          <select {...props} value={values.systemId} onChange={set("systemId")}>
            <option value="">None</option>
            {systems.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <RecordLinksFields record={existing?.links} errors={errors} />
      <RecordFormActions pending={pending} saveLabel={existing ? "Save changes" : "Register contract"} />
    </form>
  );
}
