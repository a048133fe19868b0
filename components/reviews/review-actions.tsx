"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  acknowledgeBreakingChangeAction,
  approveChangeRequestAction,
  grantReviewExceptionAction,
  rejectChangeRequestAction,
  requestChangesAction,
  submitChangeRequestAction,
  withdrawChangeRequestAction,
} from "@/lib/reviews/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";

export interface ReviewActionFlags {
  submit: boolean;
  withdraw: boolean;
  approve: boolean;
  requestChanges: boolean;
  reject: boolean;
  acknowledge: { id: string; name: string }[];
  grantException: boolean;
}

/** The buttons for what the viewer may do now (the policy decided which), each a server action with a toast. */
export function ReviewActions({ number, actions }: { number: number; actions: ReviewActionFlags }) {
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [reason, setReason] = useState("");
  const [expiresAt, setExpiresAt] = useState("");
  const { formRef, errors, pending, run } = useActionForm<{ status: string }>({
    onSuccess: () => {
      setComment("");
      router.refresh();
    },
  });

  const deciding = actions.approve || actions.requestChanges || actions.reject;
  const anything = deciding || actions.submit || actions.withdraw || actions.acknowledge.length > 0 || actions.grantException;
  if (!anything) return null;
  const withComment = comment.trim() ? { comment } : {};

  return (
    <section aria-labelledby="your-decision" className="space-y-4 rounded-xl border border-brand-100 bg-white p-4 shadow-sm">
      <h2 id="your-decision" className="text-lg font-semibold text-slate-900">
        Your part
      </h2>
      {deciding || actions.acknowledge.length > 0 ? (
        <FormField label="Comment" error={errors.comment} hint="Goes with your decision; required to request changes or reject.">
          {(props) => <textarea {...props} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />}
        </FormField>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {actions.submit ? (
          <button type="button" className={buttonStyles.primary} disabled={pending} onClick={() => run(() => submitChangeRequestAction({ number }))}>
            Submit for review
          </button>
        ) : null}
        {actions.approve ? (
          <button
            type="button"
            className={buttonStyles.primary}
            disabled={pending}
            onClick={() => run(() => approveChangeRequestAction({ number, values: withComment }))}
          >
            Approve
          </button>
        ) : null}
        {actions.acknowledge.map((consumer) => (
          <button
            key={consumer.id}
            type="button"
            className={buttonStyles.primary}
            disabled={pending}
            onClick={() => run(() => acknowledgeBreakingChangeAction({ number, values: { consumerId: consumer.id, ...withComment } }))}
          >
            Acknowledge for {consumer.name}
          </button>
        ))}
        {actions.requestChanges ? (
          <button
            type="button"
            className={buttonStyles.secondary}
            disabled={pending}
            onClick={() => run(() => requestChangesAction({ number, values: { comment } }))}
          >
            Request changes
          </button>
        ) : null}
        {actions.reject ? (
          <button
            type="button"
            className={buttonStyles.danger}
            disabled={pending}
            onClick={() => run(() => rejectChangeRequestAction({ number, values: { comment } }))}
          >
            Reject
          </button>
        ) : null}
        {actions.withdraw ? (
          <button type="button" className={buttonStyles.secondary} disabled={pending} onClick={() => run(() => withdrawChangeRequestAction({ number }))}>
            Withdraw
          </button>
        ) : null}
      </div>
      {actions.grantException ? (
        <form
          className="space-y-3 border-t border-slate-200 pt-4"
          ref={formRef}
          onSubmit={(event) => {
            event.preventDefault();
            run(() => grantReviewExceptionAction({ number, values: { reason, expiresAt } }));
          }}
        >
          <h3 className="text-sm font-semibold text-slate-900">Admin exception</h3>
          <FormField
            label="Reason"
            required
            error={errors.reason}
            hint="Why the change may go ahead without the missing acknowledgements, or with the new error-level violations of the API standards."
          >
            {(props) => <textarea {...props} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </FormField>
          <FormField label="Expires on" required error={errors.expiresAt} hint="At most 180 days from now; afterwards the exception no longer counts.">
            {(props) => <input {...props} type="date" value={expiresAt} onChange={(e) => setExpiresAt(e.target.value)} />}
          </FormField>
          <button type="submit" className={buttonStyles.secondary} disabled={pending}>
            Grant the exception
          </button>
        </form>
      ) : null}
    </section>
  );
}
