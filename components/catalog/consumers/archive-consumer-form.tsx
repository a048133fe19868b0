"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { archiveConsumerAction } from "@/lib/catalog/consumers/actions";
import { fieldErrorsOf } from "@/lib/catalog/contracts/action-result";
import { zArchiveConsumerInput } from "@/lib/catalog/consumers/schemas";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";

export function ArchiveConsumerForm({ consumerId, etag }: { consumerId: string; etag: string }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  return (
    <form
      noValidate
      className="max-w-2xl space-y-4 rounded-xl border border-red-200 bg-white p-4 shadow-sm"
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = zArchiveConsumerInput.safeParse({ reason });
        if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error));
        startTransition(async () => {
          const result = await archiveConsumerAction(consumerId, etag, { reason });
          if (result.ok) {
            toast.success(result.message);
            router.refresh();
          } else {
            setErrors(result.fieldErrors);
            toast.error(result.error);
          }
        });
      }}
    >
      <p className="text-sm text-slate-700">An archived consumer stays readable with its history; the contract&apos;s owners no longer count it when they change the contract.</p>
      <FormField label="Reason" required error={errors.reason}>
        {(props) => <textarea {...props} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </FormField>
      <button type="submit" className={buttonStyles.danger} disabled={pending}>{pending ? "Archiving…" : "Archive this consumer"}</button>
    </form>
  );
}
