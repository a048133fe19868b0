"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import type { z } from "zod";
import { fieldErrorsOf, type FormActionResult } from "@/lib/catalog/contracts/action-result";
import { buttonStyles } from "@/components/ui/button-styles";

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * The shared life of a contract or consumer form: controlled values, the same zod schema the server re-parses with
 * checked before sending, inline field errors (from either side), a pending state, a toast, and the record's page
 * on success.
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
  toInput: (values: V) => unknown;
  save: (input: unknown) => Promise<FormActionResult<R>>;
  hrefOf: (saved: R) => string;
}) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  const setValue = <K extends keyof V>(key: K, value: V[K]) => setValues((current) => ({ ...current, [key]: value }));
  const set = (key: keyof V) => (event: React.ChangeEvent<Control>) => setValue(key, event.target.value as V[keyof V]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const input = toInput(values);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    startTransition(async () => {
      const result = await save(input);
      if (result.ok) {
        toast.success(result.message);
        router.push(hrefOf(result.value));
      } else {
        setErrors(result.fieldErrors);
        toast.error(result.error);
      }
    });
  };

  return { values, set, setValue, errors, pending, submit };
}

/** Save and Cancel, the same on every record form. */
export function RecordFormActions({ pending, saveLabel }: { pending: boolean; saveLabel: string }) {
  const router = useRouter();
  return (
    <div className="flex gap-2">
      <button type="submit" className={buttonStyles.primary} disabled={pending}>{pending ? "Saving…" : saveLabel}</button>
      <button type="button" className={buttonStyles.secondary} onClick={() => router.back()}>Cancel</button>
    </div>
  );
}
