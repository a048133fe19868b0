"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { zCreateVersionInput, type GlossaryEntryInput } from "@/lib/catalog/contracts/schemas";
import type { SpecIssue } from "@/lib/catalog/specs/spec-issue";
import { readSpecFile, specSaveFailureOf } from "@/lib/catalog/specs/spec-submission";
import { useActionForm } from "@/components/forms/use-action-form";
import { SpecIssueList } from "@/components/catalog/specs/spec-issue-list";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";

/**
 * Paste or upload a spec document as a new version. It posts to the REST API rather than a server action: server
 * actions stop at 1 MB and documents may be 10 MB (docs/decisions/006-spec-validation.md).
 */
export function VersionForm({
  contractId,
  contractSlug,
  suggestedVersion,
  initialSpec,
  glossary,
}: {
  contractId: string;
  contractSlug: string;
  suggestedVersion: string;
  initialSpec: string;
  glossary: GlossaryEntryInput[];
}) {
  const router = useRouter();
  const specRef = useRef<HTMLTextAreaElement>(null);
  const [version, setVersion] = useState(suggestedVersion);
  const [status, setStatus] = useState<"draft" | "active">("draft");
  const [changelog, setChangelog] = useState("");
  const [specText, setSpecText] = useState(initialSpec);
  const [issues, setIssues] = useState<SpecIssue[]>([]);
  const { formRef, errors, pending, check, run, setErrors } = useActionForm<string>({
    onSuccess: (href) => router.push(href),
    onFailure: (refusal) => setIssues(refusal.specIssues ?? []),
  });

  const goToLine = (line: number, column: number) => {
    const textarea = specRef.current;
    if (!textarea) return;
    let offset = 0;
    for (let current = 1; current < line; current++) offset = specText.indexOf("\n", offset) + 1;
    textarea.focus();
    textarea.setSelectionRange(offset + column - 1, specText.indexOf("\n", offset) === -1 ? specText.length : specText.indexOf("\n", offset));
    textarea.scrollTop = (line - 3) * 16;
  };

  const upload = async (file: File | undefined) => {
    if (!file) return;
    const read = await readSpecFile(file);
    if (!read.ok) {
      setErrors({ specText: read.error });
      return;
    }
    setSpecText(read.text);
    setErrors({});
    setIssues([]);
    toast.info(`${file.name} loaded: check it, then save.`);
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const input = { version, status, changelog, specText, glossary };
    setIssues([]);
    if (!check(zCreateVersionInput, input)) return;
    run(async () => {
      const response = await fetch(`/api/v1/contracts/${contractId}/versions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(input),
      });
      if (!response.ok) return specSaveFailureOf(response, "The version could not be saved.");
      return { ok: true, message: `Version ${version} added.`, value: `/catalog/contracts/${contractSlug}/versions/${encodeURIComponent(version)}` };
    });
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <div className="grid gap-4 md:grid-cols-3">
        <FormField label="Version" required error={errors.version} hint="Semantic version, e.g. 2.1.0.">
          {(props) => <input {...props} value={version} onChange={(e) => setVersion(e.target.value)} />}
        </FormField>
        <FormField label="Status" required error={errors.status} hint="Active versions are in use; proposing for review comes with the review workflow.">
          {(props) => (
            <select {...props} value={status} onChange={(e) => setStatus(e.target.value as "draft" | "active")}>
              <option value="draft">draft</option>
              <option value="active">active</option>
            </select>
          )}
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
      <FormField label="Changelog" error={errors.changelog}>
        {(props) => (
          <textarea
            {...props}
            rows={2}
            value={changelog}
            onChange={(e) => setChangelog(e.target.value)}
            placeholder="What changed since the previous version"
          />
        )}
      </FormField>
      <FormField
        label="Spec document"
        required
        error={errors.specText}
        hint="OpenAPI 3.0/3.1, AsyncAPI 2/3 or JSON Schema, as JSON or YAML. It starts from the current version's text."
      >
        {(props) => (
          <textarea
            {...props}
            ref={specRef}
            rows={20}
            spellCheck={false}
            className={`${props.className} font-mono text-xs`}
            value={specText}
            onChange={(e) => setSpecText(e.target.value)}
          />
        )}
      </FormField>
      <SpecIssueList issues={issues} onGoTo={goToLine} />
      {glossary.length > 0 ? (
        <p className="text-sm text-slate-600">
          The {glossary.length} glossary entries of the current version are carried over; edit them on the new version&apos;s page.
        </p>
      ) : null}
      <div className="flex gap-2">
        <button type="submit" className={buttonStyles.primary} disabled={pending}>
          {pending ? "Validating and saving…" : "Add version"}
        </button>
        <button type="button" className={buttonStyles.secondary} onClick={() => router.back()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
