"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import type { SpecIssue } from "@/lib/catalog/specs/spec-issue";
import { readSpecFile, specSaveFailureOf } from "@/lib/catalog/specs/spec-submission";
import { CheckProblem, fetchCheck, reviewKeys } from "@/lib/reviews/query-keys";
import { zEditChangeInput, zProposeChangeInput } from "@/lib/reviews/schemas";
import { SpecIssueList } from "@/components/catalog/specs/spec-issue-list";
import { AffectedConsumers } from "@/components/reviews/affected-consumers";
import { ChangeSentence } from "@/components/reviews/change-sentence";
import { SeverityBadge, VerdictBadge } from "@/components/reviews/change-severity";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { StandardsDelta } from "@/components/standards/standards-delta";

export interface ProposalDraft {
  title: string;
  description: string;
  proposedVersion: string;
  changelog: string;
  specText: string;
}

const PREVIEW_DELAY_MS = 700;
const PREVIEW_CHANGES = 25;

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/**
 * Propose a new version of a contract (or edit a proposal): paste, upload or edit the current text, and see the
 * diff, the suggested version and the affected consumers before saving. It posts to the REST API rather than a
 * server action: server actions stop at 1 MB and documents may be 10 MB.
 */
export function ProposalForm({
  contract,
  initial,
  editing,
}: {
  contract: { id: string; slug: string; name: string };
  initial: ProposalDraft;
  editing?: { number: number; etag: string };
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(initial);
  const [issues, setIssues] = useState<SpecIssue[]>([]);
  // Which button is saving: a draft, or a submission for review.
  const [mode, setMode] = useState<"draft" | "submit">("draft");
  const { formRef, errors, pending, check, run, setErrors } = useActionForm<number>({
    guardUnsaved: true,
    onSuccess: (number) => {
      router.push(`/reviews/${number}`);
      router.refresh();
    },
    onFailure: (refusal) => setIssues(refusal.specIssues ?? []),
  });
  const set = (field: keyof ProposalDraft) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));

  const previewText = useDebounced(draft.specText, PREVIEW_DELAY_MS);
  const previewVersion = useDebounced(draft.proposedVersion.trim(), PREVIEW_DELAY_MS);
  const versionForCheck = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(previewVersion) ? previewVersion : "";
  const preview = useQuery({
    queryKey: reviewKeys.check(contract.id, previewText, versionForCheck),
    queryFn: () => fetchCheck(contract.id, previewText, versionForCheck),
    enabled: previewText.trim().length > 0,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: Infinity,
  });
  const previewProblem = preview.error instanceof CheckProblem ? preview.error : null;

  const upload = async (file: File | undefined) => {
    if (!file) return;
    const read = await readSpecFile(file);
    if (!read.ok) {
      setErrors({ specText: read.error });
      return;
    }
    setDraft((current) => ({ ...current, specText: read.text }));
    setErrors({});
    setIssues([]);
    toast.info(`${file.name} loaded: check the preview, then save.`);
  };

  const save = (submit: boolean) => {
    const body = editing
      ? { title: draft.title, description: draft.description, proposedVersion: draft.proposedVersion, changelog: draft.changelog, specText: draft.specText }
      : {
          contractId: contract.id,
          title: draft.title,
          description: draft.description,
          proposedVersion: draft.proposedVersion,
          changelog: draft.changelog,
          specText: draft.specText,
          submit,
        };
    setIssues([]);
    if (!check(editing ? zEditChangeInput : zProposeChangeInput, body)) return;
    setMode(submit ? "submit" : "draft");
    run(async () => {
      const response = await fetch(editing ? `/api/v1/change-requests/${editing.number}` : "/api/v1/change-requests", {
        method: editing ? "PATCH" : "POST",
        headers: { "content-type": "application/json", ...(editing ? { "if-match": editing.etag } : {}) },
        body: JSON.stringify(body),
      });
      if (!response.ok) return specSaveFailureOf(response, "The proposal could not be saved.");
      const saved = (await response.json()) as { number: number; status: string; revision: number };
      await queryClient.invalidateQueries({ queryKey: reviewKeys.all });
      const message = editing
        ? `CR-${saved.number} saved as revision ${saved.revision}.`
        : submit
          ? `CR-${saved.number} is in review: reviewers and affected owners were notified.`
          : `CR-${saved.number} saved as a draft.`;
      return { ok: true, message, value: saved.number };
    });
  };

  const result = preview.data;
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <form
        ref={formRef}
        onSubmit={(event) => {
          event.preventDefault();
          save(false);
        }}
        noValidate
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
      >
        <FormField label="Title" required error={errors.title} hint="What changes and why, in a line.">
          {(props) => <input {...props} value={draft.title} onChange={set("title")} />}
        </FormField>
        <div className="grid gap-4 md:grid-cols-2">
          <FormField
            label="Proposed version"
            error={errors.proposedVersion}
            hint={result ? `Suggested: ${result.suggestedVersion} (empty uses it).` : "Empty uses the version the changes call for."}
          >
            {(props) => <input {...props} value={draft.proposedVersion} placeholder={result?.suggestedVersion ?? ""} onChange={set("proposedVersion")} />}
          </FormField>
          <FormField label="Upload a file" hint="JSON or YAML, up to 10 MB; replaces the text below.">
            {(props) => (
              <input
                {...props}
                type="file"
                accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
                onChange={(e) => void upload(e.target.files?.[0])}
              />
            )}
          </FormField>
        </div>
        <FormField label="Why" error={errors.description} hint="Context for reviewers and consumer owners.">
          {(props) => <textarea {...props} rows={2} value={draft.description} onChange={set("description")} />}
        </FormField>
        <FormField label="Changelog" error={errors.changelog} hint="Published with the version.">
          {(props) => <textarea {...props} rows={2} value={draft.changelog} onChange={set("changelog")} />}
        </FormField>
        <FormField
          label="Spec document"
          required
          error={errors.specText}
          hint="Starts from the current version's text: edit it, paste a new one or upload a file."
        >
          {(props) => (
            <textarea
              {...props}
              rows={22}
              spellCheck={false}
              className={`${props.className} font-mono text-xs`}
              value={draft.specText}
              onChange={set("specText")}
            />
          )}
        </FormField>
        <SpecIssueList issues={issues} />
        <div className="flex flex-wrap gap-2">
          {editing ? (
            <button type="submit" className={buttonStyles.primary} disabled={pending}>
              {pending ? "Saving…" : "Save changes"}
            </button>
          ) : (
            <>
              <button type="button" className={buttonStyles.primary} disabled={pending} onClick={() => save(true)}>
                {pending && mode === "submit" ? "Submitting…" : "Submit for review"}
              </button>
              <button type="submit" className={buttonStyles.secondary} disabled={pending}>
                {pending && mode === "draft" ? "Saving…" : "Save as draft"}
              </button>
            </>
          )}
          <button type="button" className={buttonStyles.secondary} onClick={() => router.back()}>
            Cancel
          </button>
        </div>
      </form>

      <section aria-labelledby="preview" aria-live="polite" className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <div className="flex items-center justify-between">
          <h2 id="preview" className="text-lg font-semibold text-slate-900">
            Preview against the current version
          </h2>
          {preview.isFetching ? <span className="text-xs text-slate-600">Comparing…</span> : null}
        </div>
        {previewProblem ? (
          <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900">
            {Object.values(previewProblem.fieldErrors)[0] ?? previewProblem.message}
          </p>
        ) : null}
        {!result && !previewProblem ? <p className="text-sm text-slate-600">Edit the document to see what it changes and whom it breaks.</p> : null}
        {result ? (
          <>
            <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="preview-verdict">
              <VerdictBadge verdict={result.verdict} />
              <span className="text-slate-700">
                {result.counts.breaking} breaking · {result.counts.warning} may break some clients · {result.counts["non-breaking"]} compatible ·{" "}
                {result.counts.informational} documentation
                {result.baseVersion ? ` against ${result.baseVersion}` : ""}
              </span>
            </div>
            <p className="text-sm text-slate-800">
              Suggested version: <span className="font-mono font-semibold">{result.suggestedVersion}</span>
              {result.versionCheck && !result.versionCheck.satisfied ? (
                <span className="ml-2 text-red-800">
                  {result.versionCheck.proposedVersion} is too small a step: these changes need a {result.versionCheck.requiredBump} bump.
                </span>
              ) : null}
            </p>
            {result.standards ? <StandardsDelta report={result.standards} shown={5} /> : null}
            {result.changes.length > 0 ? (
              <ul className="max-h-64 space-y-1 overflow-y-auto text-sm">
                {result.changes.slice(0, PREVIEW_CHANGES).map((change, index) => (
                  <li key={`${change.location.pointer}:${change.kind}:${index}`} className="flex gap-2">
                    <SeverityBadge severity={change.severity} />
                    <span className="text-slate-800">
                      <ChangeSentence change={change} withPlace />
                    </span>
                  </li>
                ))}
                {result.changes.length > PREVIEW_CHANGES ? (
                  <li className="text-slate-600">and {result.changes.length - PREVIEW_CHANGES} more, shown on the request page.</li>
                ) : null}
              </ul>
            ) : null}
            <AffectedConsumers impact={result.impact} consumers={result.affectedConsumers} linkConsumers={false} />
          </>
        ) : null}
      </section>
    </div>
  );
}
