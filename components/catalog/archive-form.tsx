"use client";

import { zArchiveInput } from "@/lib/catalog/archive-input";
import type { ActionResult } from "@/lib/actions/result";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { DialogButton } from "@/components/ui/confirm-dialog";
import { FormField } from "@/components/ui/form-field";

/**
 * Archiving replaces deletion: a reason, and a plan when something still depends on the record. `archive` is the
 * domain's server action, `target` the record's slug or key. The form opens in a dialog from one button.
 */
export function ArchiveForm({
  archive,
  target,
  name,
  dependants,
  noun,
}: {
  archive: (input: { target: string; values: unknown }) => Promise<ActionResult<{ href: string }>>;
  target: string;
  name: string;
  dependants: string | null;
  noun: string;
}) {
  return (
    <DialogButton label="Archive…" title={`Archive ${name}?`}>
      {(close) => <ArchiveFields archive={archive} target={target} dependants={dependants} noun={noun} onCancel={close} />}
    </DialogButton>
  );
}

function ArchiveFields({
  archive,
  target,
  dependants,
  noun,
  onCancel,
}: {
  archive: (input: { target: string; values: unknown }) => Promise<ActionResult<{ href: string }>>;
  target: string;
  dependants: string | null;
  noun: string;
  onCancel: () => void;
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
      {dependants ? <p className="text-sm font-medium text-amber-900">{dependants}</p> : null}
      <FormField label="Reason" error={errors.reason} required>
        {(props) => <textarea {...props} name="reason" rows={2} />}
      </FormField>
      {dependants ? (
        <FormField label="What happens to what depends on it" error={errors.consumerPlan} required>
          {(props) => <textarea {...props} name="consumerPlan" rows={2} />}
        </FormField>
      ) : null}
      <div className="flex justify-end gap-2">
        <button type="button" className={buttonStyles.secondary} onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className={buttonStyles.danger} disabled={pending}>
          {pending ? "Archiving…" : "Archive"}
        </button>
      </div>
    </form>
  );
}
