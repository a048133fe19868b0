"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { FormField } from "@/components/ui/form-field";
import { buttonStyles } from "@/components/ui/button-styles";
import { linkIdentityAction } from "@/lib/single-sign-on/actions";

/** An admin links an identity by the issuer and subject the provider's console shows. */
export function LinkIdentityForm({ userId, defaultIssuer }: { userId: string; defaultIssuer: string }) {
  const { formRef, errors: fieldErrors, pending, run } = useActionForm({ onSuccess: () => formRef.current?.reset() });
  return (
    <form
      className="grid gap-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end"
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const input = { issuer: String(data.get("issuer") ?? ""), subject: String(data.get("subject") ?? "") };
        run(() => linkIdentityAction({ userId, values: input }));
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
