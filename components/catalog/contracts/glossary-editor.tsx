"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { fieldErrorsOf } from "@/lib/actions/result";
import { updateContractVersionAction } from "@/lib/catalog/contracts/actions";
import { zGlossary, type GlossaryEntryInput } from "@/lib/catalog/contracts/schemas";
import { proposeGlossaryChangeAction } from "@/lib/reviews/actions";
import { diffGlossary } from "@/lib/reviews/glossary-diff";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";

type Row = { field: string; meaning: string; rules: string };

const asTerm = (row: Row) => ({ field: row.field.trim(), meaning: row.meaning.trim(), rules: row.rules.trim() || null });

/**
 * Edits a version's glossary as a whole; the version's ETag guards against overwriting someone else's edit. Once
 * the version left draft (`published`), new entries are saved, but changing or removing a meaning is proposed for
 * review as a new version (decision 059): the editor says so and its button becomes "Propose for review", which is
 * offered only on the version proposals compare against (`proposable`, the contract's current one).
 */
export function GlossaryEditor({
  contractId,
  version,
  etag,
  entries,
  published = false,
  proposable = false,
}: {
  contractId: string;
  version: string;
  etag: string;
  entries: GlossaryEntryInput[];
  published?: boolean;
  proposable?: boolean;
}) {
  const router = useRouter();
  const [rows, setRows] = useState<Row[]>(entries.map((e) => ({ field: e.field, meaning: e.meaning, rules: e.rules ?? "" })));
  const [title, setTitle] = useState("");
  const { formRef, errors, pending, fail, run } = useActionForm<{ version?: string; number?: number }>({
    successMessage: (value) =>
      value.number ? `CR-${value.number} is in review: the owners of consumers that read these fields were notified.` : "Glossary saved.",
    onSuccess: (value) => (value.number ? router.push(`/reviews/${value.number}`) : router.refresh()),
  });
  const update = (index: number, key: keyof Row, value: string) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  const moved = published ? diffGlossary(entries, rows.filter((row) => row.field.trim() !== "").map(asTerm)).filter((change) => change.kind !== "added") : [];
  const proposing = moved.length > 0;

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
    if (!proposing) return run(() => updateContractVersionAction({ contractId, version, etag, values: { glossary: rows } }), byRow);
    if (!proposable) return fail({}, `Only the contract's current version takes glossary changes; ${version} keeps what it meant.`);
    if (title.trim().length < 3) return fail({ title: "Give the proposal a title (at least 3 characters)." }, "Give the proposal a title.");
    run(() => proposeGlossaryChangeAction({ contractId, title, glossary: rows }), byRow);
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
      {proposing ? (
        <div role="note" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p>
            You change what {moved.map((change) => change.field).join(", ")} {moved.length === 1 ? "means" : "mean"}. Version {version} is in use, so this is
            proposed for review as a new version: consumers that read {moved.length === 1 ? "this field" : "these fields"} must acknowledge it.
          </p>
          {proposable ? (
            <FormField label="Proposal title" required error={errors.title}>
              {(props) => <input {...props} value={title} onChange={(e) => setTitle(e.target.value)} placeholder="net_revenue now includes tax" />}
            </FormField>
          ) : (
            <p>Only the contract&apos;s current version takes glossary changes: open it and propose the change there.</p>
          )}
        </div>
      ) : null}
      <div className="flex gap-2">
        <button type="button" className={buttonStyles.secondary} onClick={() => setRows((current) => [...current, { field: "", meaning: "", rules: "" }])}>
          Add an entry
        </button>
        <button type="submit" className={buttonStyles.primary} disabled={pending}>
          {pending ? "Saving…" : proposing ? "Propose for review" : "Save glossary"}
        </button>
      </div>
    </form>
  );
}
