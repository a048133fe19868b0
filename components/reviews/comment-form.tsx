"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { commentOnChangeRequestAction } from "@/lib/reviews/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";

/** A comment on the whole proposal, or, with `location` (a change's pointer), on one change of it. */
export function CommentForm({ number, location, label = "Add a comment", onDone }: { number: number; location?: string; label?: string; onDone?: () => void }) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const { formRef, errors, formError, pending, run } = useActionForm<{ status: string }>({
    onSuccess: () => {
      setBody("");
      onDone?.();
      router.refresh();
    },
  });
  const error = errors["body"] ?? formError ?? undefined;
  return (
    <form
      className="space-y-2"
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        run(() => commentOnChangeRequestAction({ number, values: location ? { body, location } : { body } }));
      }}
    >
      <FormField label={label} error={error}>
        {(props) => <textarea {...props} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />}
      </FormField>
      <div className="flex gap-2">
        <button type="submit" className={buttonStyles.secondary} disabled={pending}>
          {pending ? "Posting…" : "Comment"}
        </button>
        {onDone ? (
          <button type="button" className={buttonStyles.secondary} onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
