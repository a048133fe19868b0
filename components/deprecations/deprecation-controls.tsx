"use client";

import { cancelDeprecationAction, retireDeprecatedAction, updateSunsetAction } from "@/lib/deprecations/actions";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { DialogButton } from "@/components/ui/confirm-dialog";
import { FormField } from "@/components/ui/form-field";

/**
 * Retirement: once everyone migrated; otherwise the server refuses, and admins may override with a reason (the field
 * is shown to them only). The page says where things stand; the button asks in a dialog before anything happens.
 */
export function RetireForm({
  deprecationId,
  targetLabel,
  outstanding,
  mayOverride,
}: {
  deprecationId: string;
  targetLabel: string;
  outstanding: number;
  mayOverride: boolean;
}) {
  const blocked = outstanding > 0 && !mayOverride;
  return (
    <div className="space-y-3">
      {outstanding > 0 ? (
        <p className="text-sm text-slate-700">
          {outstanding} consumer{outstanding === 1 ? " has" : "s have"} not migrated.{" "}
          {mayOverride ? "Retiring now needs an override reason, recorded in the audit trail." : "Retiring now needs an admin's override."}
        </p>
      ) : (
        <p className="text-sm text-slate-700">Every consumer has migrated: retiring marks it retired in the catalog and the graph.</p>
      )}
      <DialogButton label="Retire…" title={`Retire ${targetLabel}?`} disabled={blocked}>
        {(close) => <RetireFields deprecationId={deprecationId} outstanding={outstanding} mayOverride={mayOverride} onCancel={close} />}
      </DialogButton>
    </div>
  );
}

function RetireFields({
  deprecationId,
  outstanding,
  mayOverride,
  onCancel,
}: {
  deprecationId: string;
  outstanding: number;
  mayOverride: boolean;
  onCancel: () => void;
}) {
  const { formRef, errors, pending, submitWith } = useActionForm();
  return (
    <form
      noValidate
      className="space-y-3"
      ref={formRef}
      onSubmit={submitWith((data) => {
        const overrideReason = formText(data, "overrideReason");
        return retireDeprecatedAction({ deprecationId, values: overrideReason ? { overrideReason } : {} });
      })}
    >
      <p className="text-sm text-slate-700">It is marked retired in the catalog and the graph; this cannot be undone.</p>
      {outstanding > 0 ? (
        <p className="text-sm font-medium text-amber-900">
          {outstanding} consumer{outstanding === 1 ? " still uses" : "s still use"} it without having migrated.
        </p>
      ) : null}
      {outstanding > 0 && mayOverride ? (
        <FormField label="Override reason" error={errors.overrideReason} required>
          {(props) => <textarea {...props} name="overrideReason" rows={2} />}
        </FormField>
      ) : errors.overrideReason ? (
        <p className="text-sm text-red-700">{errors.overrideReason}</p>
      ) : null}
      <div className="flex justify-end gap-2">
        <button type="button" className={buttonStyles.secondary} onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className={buttonStyles.danger} disabled={pending}>
          {pending ? "Retiring…" : "Retire"}
        </button>
      </div>
    </form>
  );
}

export function SunsetForm({
  deprecationId,
  etag,
  sunset,
  mayGrantException,
}: {
  deprecationId: string;
  etag: string;
  sunset: string;
  mayGrantException: boolean;
}) {
  const { formRef, errors, formError, pending, submitWith } = useActionForm();
  return (
    <form
      noValidate
      className="space-y-3"
      ref={formRef}
      onSubmit={submitWith((data) => {
        const noticeExceptionReason = formText(data, "noticeExceptionReason");
        return updateSunsetAction({
          deprecationId,
          version: etag,
          values: { sunsetAt: formText(data, "sunsetAt"), ...(noticeExceptionReason ? { noticeExceptionReason } : {}) },
        });
      })}
    >
      <FormField label="New sunset date" error={errors.sunsetAt ?? (formError && !errors.noticeExceptionReason ? formError : undefined)} required>
        {(props) => <input {...props} name="sunsetAt" type="date" defaultValue={sunset} />}
      </FormField>
      {mayGrantException ? (
        <FormField label="Notice exception (admins)" hint="Only when the new date is shorter than the policy allows." error={errors.noticeExceptionReason}>
          {(props) => <textarea {...props} name="noticeExceptionReason" rows={2} />}
        </FormField>
      ) : null}
      <button type="submit" className={buttonStyles.secondary} disabled={pending}>
        {pending ? "Saving…" : "Move the sunset"}
      </button>
    </form>
  );
}

export function CancelForm({ deprecationId }: { deprecationId: string }) {
  const { formRef, errors, pending, submitWith } = useActionForm();
  return (
    <form
      noValidate
      className="space-y-3"
      ref={formRef}
      onSubmit={submitWith((data) => cancelDeprecationAction({ deprecationId, values: { reason: formText(data, "reason") } }))}
    >
      <FormField label="Why cancel" hint="The target returns to service; consumer owners are told." error={errors.reason} required>
        {(props) => <textarea {...props} name="reason" rows={2} />}
      </FormField>
      <button type="submit" className={buttonStyles.secondary} disabled={pending}>
        {pending ? "Cancelling…" : "Cancel the deprecation"}
      </button>
    </form>
  );
}
