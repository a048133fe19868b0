"use client";

import { createConsumerAction, updateConsumerAction } from "@/lib/catalog/consumers/actions";
import { CONSUMER_KIND_LABELS, CONSUMER_KINDS, splitFieldList, zCreateConsumerInput } from "@/lib/catalog/consumers/schemas";
import { RecordFormActions, useRecordForm } from "@/components/catalog/use-record-form";
import { FormField } from "@/components/ui/form-field";

export interface ConsumerFormValues {
  name: string;
  kind: (typeof CONSUMER_KINDS)[number];
  contractVersionId: string;
  fieldsUsed: string;
  purpose: string;
  ownerTeamId: string;
  systemId: string;
  capabilityIds: string[];
}

interface VersionGroup {
  contract: string;
  versions: { id: string; label: string }[];
}

/** Register (no `existing`) or edit a consumer of a contract version, validated by the server's schema. */
export function ConsumerForm({
  initial,
  existing,
  teams,
  systems,
  versionGroups,
  capabilities,
}: {
  initial: ConsumerFormValues;
  existing?: { id: string; etag: string };
  teams: { id: string; label: string }[];
  systems: { id: string; label: string }[];
  versionGroups: VersionGroup[];
  capabilities: { id: string; label: string }[];
}) {
  const { formRef, values, set, setValue, errors, pending, submit } = useRecordForm({
    initial,
    schema: zCreateConsumerInput,
    toInput: (v) => ({ ...v, fieldsUsed: splitFieldList(v.fieldsUsed) }),
    save: (input) => (existing ? updateConsumerAction({ consumerId: existing.id, etag: existing.etag, values: input }) : createConsumerAction(input)),
    hrefOf: (saved) => `/catalog/consumers/${saved.id}`,
  });
  const capabilityError = errors.capabilityIds ?? Object.entries(errors).find(([key]) => key.startsWith("capabilityIds."))?.[1];
  // Each declared field the contract version does not describe has its own error (fieldsUsed.2): show them all.
  const fieldErrors = Object.entries(errors).filter(([key]) => key.startsWith("fieldsUsed."));
  const fieldsUsedError = errors.fieldsUsed ?? (fieldErrors.length ? fieldErrors.map(([, message]) => message).join(" ") : undefined);

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="max-w-2xl space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <FormField label="Name" required error={errors.name} hint="The report, dashboard, model, workflow or system, as people call it.">
        {(props) => <input {...props} value={values.name} onChange={set("name")} />}
      </FormField>
      <FormField label="Kind" required error={errors.kind}>
        {(props) => (
          <select {...props} value={values.kind} onChange={set("kind")}>
            {CONSUMER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {CONSUMER_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Contract version it consumes" required error={errors.contractVersionId}>
        {(props) => (
          <select {...props} value={values.contractVersionId} onChange={set("contractVersionId")}>
            <option value="">Choose a version</option>
            {versionGroups.map((group) => (
              <optgroup key={group.contract} label={group.contract}>
                {group.versions.map((version) => (
                  <option key={version.id} value={version.id}>
                    {version.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        label="Fields it uses"
        required
        error={fieldsUsedError}
        hint="One per line or separated by commas, as named in the contract: a field (net_revenue), a dotted path or JSON pointer (customer.tax_region, /customer/tax_region) or an operation (GET /orders)."
      >
        {(props) => <textarea {...props} rows={3} value={values.fieldsUsed} onChange={set("fieldsUsed")} className={`${props.className} font-mono`} />}
      </FormField>
      <FormField label="Why it uses them" required error={errors.purpose}>
        {(props) => <textarea {...props} rows={3} value={values.purpose} onChange={set("purpose")} />}
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
      <FormField label="Registered system it is" error={errors.systemId} hint="Only when the consumer is a system of the catalog.">
        {(props) => (
          <select {...props} value={values.systemId} onChange={set("systemId")}>
            <option value="">None</option>
            {systems.map((system) => (
              <option key={system.id} value={system.id}>
                {system.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Business capabilities it serves</legend>
        {capabilities.length === 0 ? <p className="mt-1 text-sm text-slate-600">No business capability is registered yet.</p> : null}
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {capabilities.map((capability) => (
            <label key={capability.id} className="flex items-center gap-1.5 text-sm text-slate-800">
              <input
                type="checkbox"
                className="h-4 w-4"
                checked={values.capabilityIds.includes(capability.id)}
                onChange={(event) =>
                  setValue(
                    "capabilityIds",
                    event.target.checked ? [...values.capabilityIds, capability.id] : values.capabilityIds.filter((id) => id !== capability.id),
                  )
                }
              />{" "}
              {capability.label}
            </label>
          ))}
        </div>
        {capabilityError ? <p className="mt-1 text-sm text-red-700">{capabilityError}</p> : null}
      </fieldset>
      <RecordFormActions pending={pending} saveLabel={existing ? "Save changes" : "Register consumer"} />
    </form>
  );
}
