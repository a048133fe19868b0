"use client";

import { useState } from "react";
import { toast } from "sonner";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormField } from "@/components/ui/form-field";
import { buttonStyles } from "@/components/ui/button-styles";
import { createApiTokenAction } from "@/lib/api-tokens/actions";

const EXPIRY_CHOICES = [
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "1 year" },
  { value: "", label: "Never" },
] as const;

export function CreateTokenForm() {
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const {
    formRef,
    errors: fieldErrors,
    pending,
    run,
  } = useActionForm<{ name: string; secret: string }>({
    onSuccess: (value) => {
      setCreated(value);
      formRef.current?.reset();
    },
  });

  return (
    <div className="space-y-4">
      <form
        className="grid gap-4 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end"
        ref={formRef}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const input = {
            name: String(data.get("name") ?? ""),
            scope: String(data.get("scope") ?? ""),
            expiresInDays: String(data.get("expiresInDays") ?? ""),
          };
          run(() => createApiTokenAction(input));
        }}
      >
        <FormField label="Name" required error={fieldErrors.name} hint="What uses it, e.g. “nightly CMDB sync”.">
          {(props) => <input {...props} name="name" maxLength={100} autoComplete="off" />}
        </FormField>
        <FormField label="Scope" error={fieldErrors.scope}>
          {(props) => (
            <select {...props} name="scope" defaultValue="read">
              <option value="read">Read</option>
              <option value="read_write">Read and write</option>
              <option value="decisions">Routing decisions only</option>
              <option value="signals:write">Report signals only</option>
              <option value="metrics:read">Scrape metrics only (Prometheus)</option>
            </select>
          )}
        </FormField>
        <FormField label="Expires after" error={fieldErrors.expiresInDays}>
          {(props) => (
            <select {...props} name="expiresInDays" defaultValue="90">
              {EXPIRY_CHOICES.map((choice) => (
                <option key={choice.label} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <button type="submit" className={buttonStyles.primary} disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </button>
      </form>
      {created ? (
        <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <p className="font-semibold">Your new token “{created.name}”. Copy it now: it is not stored and will not be shown again.</p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <code data-testid="new-token-secret" className="break-all rounded bg-white px-2 py-1 font-mono text-slate-900 ring-1 ring-amber-300">
              {created.secret}
            </code>
            <button
              type="button"
              className={buttonStyles.secondary}
              onClick={() => {
                navigator.clipboard?.writeText(created.secret).then(
                  () => toast.success("Token copied to the clipboard."),
                  () => toast.error("The browser refused the clipboard: select the token and copy it by hand."),
                );
              }}
            >
              Copy
            </button>
            <button type="button" className={buttonStyles.link} onClick={() => setCreated(null)}>
              I have copied it
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
