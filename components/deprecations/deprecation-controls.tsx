"use client";

import type { FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { cancelDeprecationAction, retireDeprecatedAction, updateSunsetAction } from "@/lib/deprecations/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";

const textOf = (data: FormData, name: string) => String(data.get(name) ?? "");

/** The shared form life, run with the submitted form's data. */
function useDeprecationForm() {
  const form = useActionForm();
  const submitWith = (action: (data: FormData) => Promise<ActionResult>) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    form.run(() => action(data));
  };
  return { ...form, submitWith };
}

/**
 * Retirement: one click once everyone migrated; otherwise the server refuses, and admins may override with a
 * reason (the field is shown to them only).
 */
export function RetireForm({ deprecationId, outstanding, mayOverride }: { deprecationId: string; outstanding: number; mayOverride: boolean }) {
  const { formRef, errors, pending, submitWith } = useDeprecationForm();
  const blocked = outstanding > 0 && !mayOverride;
  return (
    <form
      noValidate
      className="space-y-3"
      ref={formRef}
      onSubmit={submitWith((data) => {
        const overrideReason = textOf(data, "overrideReason");
        return retireDeprecatedAction({ deprecationId, values: overrideReason ? { overrideReason } : {} });
      })}
    >
      {outstanding > 0 ? (
        <p className="text-sm text-slate-700">
          {outstanding} consumer{outstanding === 1 ? " has" : "s have"} not migrated.{" "}
          {mayOverride ? "Retiring now needs an override reason, recorded in the audit trail." : "Retiring now needs an admin's override."}
        </p>
      ) : (
        <p className="text-sm text-slate-700">Every consumer has migrated: retiring marks it retired in the catalog and the graph.</p>
      )}
      {outstanding > 0 && mayOverride ? (
        <FormField label="Override reason" error={errors.overrideReason} required>
          {(props) => <textarea {...props} name="overrideReason" rows={2} />}
        </FormField>
      ) : errors.overrideReason ? (
        <p className="text-sm text-red-700">{errors.overrideReason}</p>
      ) : null}
      <button type="submit" className={buttonStyles.danger} disabled={pending || blocked}>
        {pending ? "Retiring…" : "Retire"}
      </button>
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
  const { formRef, errors, formError, pending, submitWith } = useDeprecationForm();
  return (
    <form
      noValidate
      className="space-y-3"
      ref={formRef}
      onSubmit={submitWith((data) => {
        const noticeExceptionReason = textOf(data, "noticeExceptionReason");
        return updateSunsetAction({
          deprecationId,
          version: etag,
          values: { sunsetAt: textOf(data, "sunsetAt"), ...(noticeExceptionReason ? { noticeExceptionReason } : {}) },
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
  const { formRef, errors, pending, submitWith } = useDeprecationForm();
  return (
    <form
      noValidate
      className="space-y-3"
      ref={formRef}
      onSubmit={submitWith((data) => cancelDeprecationAction({ deprecationId, values: { reason: textOf(data, "reason") } }))}
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
