"use client";

import { zArchiveInput } from "@/lib/catalog/archive-input";
import type { ActionResult } from "@/lib/actions/result";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";

/**
 * Archiving replaces deletion: a reason, and a plan when something still depends on the record. `archive` is the
 * domain's server action, `target` the record's slug or key.
 */
export function ArchiveForm({
  archive,
  target,
  dependants,
  noun,
}: {
  archive: (input: { target: string; values: unknown }) => Promise<ActionResult<{ href: string }>>;
  target: string;
  dependants: string | null;
  noun: string;
}) {
  const { formRef, errors, pending, check, fail, run } = useActionForm<{ href: string }>();
  return (
    <form
      noValidate
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const input = { reason: String(data.get("reason") ?? ""), consumerPlan: String(data.get("consumerPlan") ?? "") || undefined };
        if (!check(zArchiveInput, input)) return;
        if (dependants && !input.consumerPlan) return fail({ consumerPlan: "Say what happens to what depends on it." }, "Some fields need attention.");
        run(() => archive({ target, values: input }));
      }}
      className="space-y-3"
    >
      <p className="text-sm text-slate-700">Archived {noun} stay readable with their history but can no longer change.</p>
      <FormField label="Reason" error={errors.reason} required>
        {(props) => <textarea {...props} name="reason" rows={2} />}
      </FormField>
      {dependants ? (
        <FormField label="What happens to what depends on it" hint={dependants} error={errors.consumerPlan} required>
          {(props) => <textarea {...props} name="consumerPlan" rows={2} />}
        </FormField>
      ) : null}
      <button type="submit" className={buttonStyles.danger} disabled={pending}>
        {pending ? "Archiving…" : "Archive"}
      </button>
    </form>
  );
}
