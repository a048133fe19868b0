"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { FormField } from "@/components/ui/form-field";
import { buttonStyles } from "@/components/ui/button-styles";
import { linkIdentityAction } from "@/lib/single-sign-on/actions";

/** An admin links an identity by the issuer and subject the provider's console shows. */
export function LinkIdentityForm({ userId, defaultIssuer }: { userId: string; defaultIssuer: string }) {
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<string, string>>>({});
  return (
    <form
      className="grid gap-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        const input = { issuer: String(data.get("issuer") ?? ""), subject: String(data.get("subject") ?? "") };
        startTransition(async () => {
          const result = await linkIdentityAction(userId, input);
          if (result.ok) {
            setFieldErrors({});
            form.reset();
            toast.success(result.message);
          } else {
            setFieldErrors(result.fieldErrors ?? {});
            toast.error(result.error);
          }
        });
      }}
    >
      <FormField label="Issuer" required error={fieldErrors.issuer} hint="The provider's issuer URL.">
        {(props) => <input {...props} name="issuer" defaultValue={defaultIssuer} autoComplete="off" />}
      </FormField>
      <FormField label="Subject" required error={fieldErrors.subject} hint="The person's id at the provider (sub).">
        {(props) => <input {...props} name="subject" autoComplete="off" />}
      </FormField>
      <button type="submit" className={buttonStyles.primary} disabled={pending}>
        {pending ? "Linking…" : "Link identity"}
      </button>
    </form>
  );
}
