"use client";

import { endHealthOverrideAction, overrideHealthAction } from "@/lib/signals/health/actions";
import { DERIVED_HEALTH_STATES } from "@/lib/signals/health/derive-health";
import { labelOf } from "@/lib/labels/enum-labels";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";

/** Sets (or replaces) a manual override: a health, a reason and the UTC time it ends. */
export function HealthOverrideForm({ integration }: { integration: string }) {
  const { formRef, errors, pending, submitWith } = useActionForm();
  return (
    <form
      noValidate
      className="grid gap-3 sm:grid-cols-2"
      ref={formRef}
      onSubmit={submitWith((data) => {
        const until = formText(data, "until");
        return overrideHealthAction({
          integration,
          // The field is a UTC wall-clock time: say so to the server, which would read it in its own zone.
          values: { health: formText(data, "health"), reason: formText(data, "reason"), until: until ? `${until}:00Z` : "" },
        });
      })}
    >
      <FormField label="Show as" error={errors.health} required>
        {(props) => (
          <select {...props} name="health" defaultValue="">
            <option value="" disabled>
              Choose…
            </option>
            {DERIVED_HEALTH_STATES.map((state) => (
              <option key={state} value={state}>
                {labelOf("HealthStatus", state)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Until (UTC)" hint="At most 90 days ahead; the override then ends by itself." error={errors.until} required>
        {(props) => <input {...props} name="until" type="datetime-local" />}
      </FormField>
      <div className="sm:col-span-2">
        <FormField label="Reason" hint="Why the signals do not tell the truth, e.g. a planned outage." error={errors.reason} required>
          {(props) => <textarea {...props} name="reason" rows={2} />}
        </FormField>
      </div>
      <div>
        <button type="submit" className={buttonStyles.primary} disabled={pending}>
          {pending ? "Saving…" : "Override health"}
        </button>
      </div>
    </form>
  );
}

export function EndHealthOverrideForm({ integration }: { integration: string }) {
  const { formRef, pending, submitWith } = useActionForm();
  return (
    <form noValidate ref={formRef} onSubmit={submitWith(() => endHealthOverrideAction({ integration }))}>
      <button type="submit" className={buttonStyles.secondary} disabled={pending}>
        {pending ? "Ending…" : "End override now"}
      </button>
    </form>
  );
}
