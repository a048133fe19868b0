"use client";

import { useState } from "react";
import { fieldErrorsOf } from "@/lib/actions/result";
import { updateContractVersionAction } from "@/lib/catalog/contracts/actions";
import { zGlossary, type GlossaryEntryInput } from "@/lib/catalog/contracts/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";

type Row = { field: string; meaning: string; rules: string };

/** Edits a version's glossary as a whole; the version's ETag guards against overwriting someone else's edit. */
export function GlossaryEditor({ contractId, version, etag, entries }: { contractId: string; version: string; etag: string; entries: GlossaryEntryInput[] }) {
  const [rows, setRows] = useState<Row[]>(entries.map((e) => ({ field: e.field, meaning: e.meaning, rules: e.rules ?? "" })));
  const { formRef, errors, pending, fail, run } = useActionForm<{ version: string }>({ successMessage: () => "Glossary saved." });
  const update = (index: number, key: keyof Row, value: string) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, [key]: value } : row)));

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = zGlossary.safeParse(rows);
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error);
      return fail(fieldErrors, fieldErrors[""] ?? "Some glossary entries need attention.");
    }
    // The server names a row's field "glossary.0.field"; the editor's controls are keyed by row: "0.field".
    const byRow = (found: Record<string, string>) =>
      Object.fromEntries(Object.entries(found).map(([key, message]) => [key.replace(/^glossary\./, ""), message]));
    run(() => updateContractVersionAction({ contractId, version, etag, values: { glossary: rows } }), byRow);
  };

  return (
    <form ref={formRef} onSubmit={save} noValidate className="space-y-3">
      {rows.map((row, index) => (
        <fieldset key={index} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-[1fr_2fr_2fr_auto]">
          <legend className="sr-only">Glossary entry {index + 1}</legend>
          <FormField label="Field" required error={errors[`${index}.field`]}>
            {(props) => <input {...props} value={row.field} onChange={(e) => update(index, "field", e.target.value)} placeholder="customer_status" />}
          </FormField>
          <FormField label="What it means" required error={errors[`${index}.meaning`]}>
            {(props) => <textarea {...props} rows={2} value={row.meaning} onChange={(e) => update(index, "meaning", e.target.value)} />}
          </FormField>
          <FormField label="Rules" error={errors[`${index}.rules`]}>
            {(props) => <textarea {...props} rows={2} value={row.rules} onChange={(e) => update(index, "rules", e.target.value)} />}
          </FormField>
          <div className="flex items-end">
            <button
              type="button"
              className={buttonStyles.secondary}
              onClick={() => setRows((current) => current.filter((_, i) => i !== index))}
              aria-label={`Remove glossary entry ${row.field || index + 1}`}
            >
              Remove
            </button>
          </div>
        </fieldset>
      ))}
      {errors[""] ? <p className="text-sm text-red-700">{errors[""]}</p> : null}
      <div className="flex gap-2">
        <button type="button" className={buttonStyles.secondary} onClick={() => setRows((current) => [...current, { field: "", meaning: "", rules: "" }])}>
          Add an entry
        </button>
        <button type="submit" className={buttonStyles.primary} disabled={pending}>
          {pending ? "Saving…" : "Save glossary"}
        </button>
      </div>
    </form>
  );
}
