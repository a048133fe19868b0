"use client";

import { useState } from "react";
import { fieldErrorsOf, INVALID_FIELDS_MESSAGE } from "@/lib/actions/result";
import { zArchiveInput } from "@/lib/catalog/archive-input";
import { archiveContractAction } from "@/lib/catalog/contracts/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";

/** Archiving replaces deletion: it needs a reason, and a word about the consumers when some still depend on it. */
export function ArchiveContractForm({ contractId, etag, activeConsumers }: { contractId: string; etag: string; activeConsumers: number }) {
  const [reason, setReason] = useState("");
  const [consumerPlan, setConsumerPlan] = useState("");
  const { formRef, errors, pending, fail, run } = useActionForm();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const input = { reason, consumerPlan };
    const parsed = zArchiveInput.safeParse(input);
    const local = parsed.success ? {} : fieldErrorsOf(parsed.error);
    if (activeConsumers > 0 && !consumerPlan.trim()) local.consumerPlan = "Say what happens to the consumers that still depend on this contract.";
    if (Object.keys(local).length > 0) return fail(local, INVALID_FIELDS_MESSAGE);
    run(() => archiveContractAction({ contractId, etag, values: input }));
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="max-w-2xl space-y-4 rounded-xl border border-red-200 bg-white p-4 shadow-sm">
      <p className="text-sm text-slate-700">
        Archived contracts stay readable with their history but leave the default lists and take no new versions.
        {activeConsumers > 0 ? ` ${activeConsumers} active consumer${activeConsumers === 1 ? " still depends" : "s still depend"} on it.` : ""}
      </p>
      <FormField label="Reason" required error={errors.reason}>
        {(props) => <textarea {...props} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </FormField>
      {activeConsumers > 0 ? (
        <FormField
          label="What happens to its consumers"
          required
          error={errors.consumerPlan}
          hint="E.g. migrated to v2 by March; owners notified on 3 February."
        >
          {(props) => <textarea {...props} rows={2} value={consumerPlan} onChange={(e) => setConsumerPlan(e.target.value)} />}
        </FormField>
      ) : null}
      <button type="submit" className={buttonStyles.danger} disabled={pending}>
        {pending ? "Archiving…" : "Archive this contract"}
      </button>
    </form>
  );
}
