"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { commentOnChangeRequestAction } from "@/lib/reviews/actions";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";

export function CommentForm({ number }: { number: number }) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await commentOnChangeRequestAction(number, { body });
          if (result.ok) {
            toast.success(result.message);
            setBody("");
            setError(undefined);
            router.refresh();
          } else {
            setError(result.fieldErrors.body ?? result.error);
            toast.error(result.error);
          }
        });
      }}
    >
      <FormField label="Add a comment" error={error}>
        {(props) => <textarea {...props} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />}
      </FormField>
      <button type="submit" className={buttonStyles.secondary} disabled={pending}>{pending ? "Posting…" : "Comment"}</button>
    </form>
  );
}
