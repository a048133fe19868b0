"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { commentOnChangeRequestAction } from "@/lib/reviews/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";

export function CommentForm({ number }: { number: number }) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const { formRef, errors, formError, pending, run } = useActionForm<{ status: string }>({
    onSuccess: () => {
      setBody("");
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
        run(() => commentOnChangeRequestAction({ number, values: { body } }));
      }}
    >
      <FormField label="Add a comment" error={error}>
        {(props) => <textarea {...props} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />}
      </FormField>
      <button type="submit" className={buttonStyles.secondary} disabled={pending}>
        {pending ? "Posting…" : "Comment"}
      </button>
    </form>
  );
}
