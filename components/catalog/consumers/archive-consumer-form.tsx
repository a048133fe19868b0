"use client";

import { useState } from "react";
import { zArchiveInput } from "@/lib/catalog/archive-input";
import { archiveConsumerAction } from "@/lib/catalog/consumers/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { DialogButton } from "@/components/ui/confirm-dialog";
import { FormField } from "@/components/ui/form-field";

/** One button that opens the archive form in a dialog. */
export function ArchiveConsumerForm({ consumerId, name, etag }: { consumerId: string; name: string; etag: string }) {
  return (
    <DialogButton label="Archive this consumer…" title={`Archive ${name}?`}>
      {(close) => <ArchiveConsumerFields consumerId={consumerId} etag={etag} onCancel={close} />}
    </DialogButton>
  );
}

function ArchiveConsumerFields({ consumerId, etag, onCancel }: { consumerId: string; etag: string; onCancel: () => void }) {
  const [reason, setReason] = useState("");
  const { formRef, errors, pending, check, run } = useActionForm();
  return (
    <form
      noValidate
      className="space-y-4"
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        if (!check(zArchiveInput, { reason })) return;
        run(() => archiveConsumerAction({ consumerId, etag, values: { reason } }));
      }}
    >
      <p className="text-sm text-slate-700">
        An archived consumer stays readable with its history; the contract&apos;s owners no longer count it when they change the contract.
      </p>
      <FormField label="Reason" required error={errors.reason}>
        {(props) => <textarea {...props} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </FormField>
      <div className="flex justify-end gap-2">
        <button type="button" className={buttonStyles.secondary} onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className={buttonStyles.danger} disabled={pending}>
          {pending ? "Archiving…" : "Archive this consumer"}
        </button>
      </div>
    </form>
  );
}
