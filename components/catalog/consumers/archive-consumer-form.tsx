"use client";

import { useState } from "react";
import { zArchiveInput } from "@/lib/catalog/archive-input";
import { archiveConsumerAction } from "@/lib/catalog/consumers/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";

export function ArchiveConsumerForm({ consumerId, etag }: { consumerId: string; etag: string }) {
  const [reason, setReason] = useState("");
  const { formRef, errors, pending, check, run } = useActionForm();
  return (
    <form
      noValidate
      className="max-w-2xl space-y-4 rounded-xl border border-red-200 bg-white p-4 shadow-sm"
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
      <button type="submit" className={buttonStyles.danger} disabled={pending}>
        {pending ? "Archiving…" : "Archive this consumer"}
      </button>
    </form>
  );
}
