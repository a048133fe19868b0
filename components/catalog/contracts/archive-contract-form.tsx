"use client";

import { useState } from "react";
import { fieldErrorsOf, INVALID_FIELDS_MESSAGE } from "@/lib/actions/result";
import { zArchiveInput } from "@/lib/catalog/archive-input";
import { archiveContractAction } from "@/lib/catalog/contracts/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { DialogButton } from "@/components/ui/confirm-dialog";
import { FormField } from "@/components/ui/form-field";

interface ArchiveContractProps {
  contractId: string;
  name: string;
  etag: string;
  activeConsumers: number;
}

/**
 * Archiving replaces deletion: it needs a reason, and a word about the consumers when some still depend on it. One
 * button opens the form in a dialog that says what will happen.
 */
export function ArchiveContractForm(props: ArchiveContractProps) {
  return (
    <DialogButton label="Archive this contract…" title={`Archive ${props.name}?`}>
      {(close) => <ArchiveContractFields {...props} onCancel={close} />}
    </DialogButton>
  );
}

function ArchiveContractFields({ contractId, etag, activeConsumers, onCancel }: ArchiveContractProps & { onCancel: () => void }) {
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
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-4">
      <p className="text-sm text-slate-700">Archived contracts stay readable with their history but leave the default lists and take no new versions.</p>
      {activeConsumers > 0 ? (
        <p className="text-sm font-medium text-amber-900">
          {activeConsumers} active consumer{activeConsumers === 1 ? " still uses" : "s still use"} it.
        </p>
      ) : null}
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
      <div className="flex justify-end gap-2">
        <button type="button" className={buttonStyles.secondary} onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className={buttonStyles.danger} disabled={pending}>
          {pending ? "Archiving…" : "Archive this contract"}
        </button>
      </div>
    </form>
  );
}
