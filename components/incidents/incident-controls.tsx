"use client";

import { acknowledgeIncidentAction, resolveIncidentAction } from "@/lib/incidents/actions";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";

export function AcknowledgeIncidentForm({ incidentId }: { incidentId: string }) {
  const { formRef, errors, pending, submitWith } = useActionForm();
  return (
    <form
      noValidate
      className="space-y-2"
      ref={formRef}
      onSubmit={submitWith((data) => acknowledgeIncidentAction({ incidentId, values: { note: formText(data, "note") } }))}
    >
      <FormField label="What you are doing (optional)" error={errors.note}>
        {(props) => <input {...props} name="note" type="text" />}
      </FormField>
      <button type="submit" className={buttonStyles.primary} disabled={pending}>
        {pending ? "Acknowledging…" : "Acknowledge"}
      </button>
    </form>
  );
}

export function ResolveIncidentForm({ incidentId }: { incidentId: string }) {
  const { formRef, errors, pending, submitWith } = useActionForm();
  return (
    <form
      noValidate
      className="space-y-2"
      ref={formRef}
      onSubmit={submitWith((data) => resolveIncidentAction({ incidentId, values: { note: formText(data, "note") } }))}
    >
      <FormField label="What fixed it" hint="If the anomaly is still there at the next evaluation, a new incident opens." error={errors.note} required>
        {(props) => <textarea {...props} name="note" rows={2} />}
      </FormField>
      <button type="submit" className={buttonStyles.secondary} disabled={pending}>
        {pending ? "Resolving…" : "Resolve"}
      </button>
    </form>
  );
}
