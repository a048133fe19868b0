"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { zArchiveInput } from "@/lib/catalog/integrations/schemas";
import { fieldPath, type CatalogActionResult } from "@/lib/catalog/action-result";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";

/**
 * Archiving replaces deletion: a reason, and a plan when something still depends on the record. `archive` is the
 * domain's server action bound to the record.
 */
export function ArchiveForm({ archive, dependants, noun }: { archive: (input: unknown) => Promise<CatalogActionResult>; dependants: string | null; noun: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const input = { reason: String(data.get("reason") ?? ""), consumerPlan: String(data.get("consumerPlan") ?? "") || undefined };
        const parsed = zArchiveInput.safeParse(input);
        if (!parsed.success) return setErrors(Object.fromEntries(parsed.error.issues.map((i) => [fieldPath(i.path), i.message])));
        if (dependants && !input.consumerPlan) return setErrors({ consumerPlan: "Say what happens to what depends on it." });
        startTransition(async () => {
          const result = await archive(input);
          if (result.ok) {
            toast.success(result.message);
            router.refresh();
          } else {
            setErrors(result.fieldErrors);
            toast.error(result.error);
          }
        });
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
      <button type="submit" className={buttonStyles.danger} disabled={pending}>{pending ? "Archiving…" : "Archive"}</button>
    </form>
  );
}
