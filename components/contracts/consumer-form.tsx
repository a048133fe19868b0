"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { createConsumerAction, updateConsumerAction } from "@/lib/catalog/consumers/actions";
import { fieldErrorsOf } from "@/lib/catalog/contracts/action-result";
import { CONSUMER_KIND_LABELS, CONSUMER_KINDS, splitFieldList, zCreateConsumerInput } from "@/lib/catalog/consumers/schemas";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";

export interface ConsumerFormValues {
  name: string;
  kind: (typeof CONSUMER_KINDS)[number];
  contractVersionId: string;
  fieldsUsed: string;
  purpose: string;
  ownerTeamId: string;
  systemId: string;
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
}: {
  initial: ConsumerFormValues;
  existing?: { id: string; etag: string };
  teams: { id: string; label: string }[];
  systems: { id: string; label: string }[];
  versionGroups: VersionGroup[];
}) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  const set = (key: keyof ConsumerFormValues) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const input = { ...values, fieldsUsed: splitFieldList(values.fieldsUsed) };
    const parsed = zCreateConsumerInput.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    startTransition(async () => {
      const result = existing ? await updateConsumerAction(existing.id, existing.etag, input) : await createConsumerAction(input);
      if (result.ok) {
        toast.success(result.message);
        router.push(`/catalog/consumers/${result.value.id}`);
      } else {
        setErrors(result.fieldErrors);
        toast.error(result.error);
      }
    });
  };

  return (
    <form onSubmit={submit} noValidate className="max-w-2xl space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <FormField label="Name" required error={errors.name} hint="The report, dashboard, model, workflow or system, as people call it.">
        {(props) => <input {...props} value={values.name} onChange={set("name")} />}
      </FormField>
      <FormField label="Kind" required error={errors.kind}>
        {(props) => (
          <select {...props} value={values.kind} onChange={set("kind")}>
            {CONSUMER_KINDS.map((kind) => <option key={kind} value={kind}>{CONSUMER_KIND_LABELS[kind]}</option>)}
          </select>
        )}
      </FormField>
      <FormField label="Contract version it consumes" required error={errors.contractVersionId}>
        {(props) => (
          <select {...props} value={values.contractVersionId} onChange={set("contractVersionId")}>
            <option value="">Choose a version</option>
            {versionGroups.map((group) => (
              <optgroup key={group.contract} label={group.contract}>
                {group.versions.map((version) => <option key={version.id} value={version.id}>{version.label}</option>)}
              </optgroup>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Fields it uses" required error={errors.fieldsUsed ?? errors["fieldsUsed.0"]} hint="One per line or separated by commas, as named in the contract.">
        {(props) => <textarea {...props} rows={3} value={values.fieldsUsed} onChange={set("fieldsUsed")} className={`${props.className} font-mono`} />}
      </FormField>
      <FormField label="Why it uses them" required error={errors.purpose}>
        {(props) => <textarea {...props} rows={3} value={values.purpose} onChange={set("purpose")} />}
      </FormField>
      <FormField label="Owning team" required error={errors.ownerTeamId}>
        {(props) => (
          <select {...props} value={values.ownerTeamId} onChange={set("ownerTeamId")}>
            <option value="">Choose a team</option>
            {teams.map((team) => <option key={team.id} value={team.id}>{team.label}</option>)}
          </select>
        )}
      </FormField>
      <FormField label="Registered system it is" error={errors.systemId} hint="Only when the consumer is a system of the catalog.">
        {(props) => (
          <select {...props} value={values.systemId} onChange={set("systemId")}>
            <option value="">None</option>
            {systems.map((system) => <option key={system.id} value={system.id}>{system.label}</option>)}
          </select>
        )}
      </FormField>
      <div className="flex gap-2">
        <button type="submit" className={buttonStyles.primary} disabled={pending}>{pending ? "Saving…" : existing ? "Save changes" : "Register consumer"}</button>
        <button type="button" className={buttonStyles.secondary} onClick={() => router.back()}>Cancel</button>
      </div>
    </form>
  );
}
