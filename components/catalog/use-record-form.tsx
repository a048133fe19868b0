"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * A contract or consumer form: controlled values on top of the one action-form life (pre-check with the server's
 * schema, inline errors, focus on the first invalid field, toast), and the record's page on success.
 */
export function useRecordForm<V extends object, R>({
  initial,
  schema,
  toInput,
  save,
  hrefOf,
}: {
  initial: V;
  schema: z.ZodType;
  /** `form` holds the uncontrolled fields too (the links rows), read from the submitted form. */
  toInput: (values: V, form: FormData) => unknown;
  save: (input: unknown) => Promise<ActionResult<R>>;
  hrefOf: (saved: R) => string;
}) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const { formRef, errors, pending, check, run } = useActionForm<R>({ onSuccess: (saved) => router.push(hrefOf(saved)), guardUnsaved: true });
  const setValue = <K extends keyof V>(key: K, value: V[K]) => setValues((current) => ({ ...current, [key]: value }));
  const set = (key: keyof V) => (event: React.ChangeEvent<Control>) => setValue(key, event.target.value as V[keyof V]);

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = toInput(values, new FormData(event.currentTarget));
    if (check(schema, input) === null) return;
    run(() => save(input));
  };

  return { formRef, values, set, setValue, errors, pending, submit };
}

/** Save and Cancel, the same on every record form. */
export function RecordFormActions({ pending, saveLabel }: { pending: boolean; saveLabel: string }) {
  const router = useRouter();
  return (
    <div className="flex gap-2">
      <button type="submit" className={buttonStyles.primary} disabled={pending}>
        {pending ? "Saving…" : saveLabel}
      </button>
      <button type="button" className={buttonStyles.secondary} onClick={() => router.back()}>
        Cancel
      </button>
    </div>
  );
}
