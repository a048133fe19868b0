"use client";

import { useState } from "react";
import { updateContractVersionAction } from "@/lib/catalog/contracts/actions";
import { DIRECT_VERSION_STATUSES } from "@/lib/catalog/contracts/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";

/** Sets a status directly; a version that left draft cannot return to it (the server refuses it too). */
export function VersionStatusForm({ contractId, version, etag, status }: { contractId: string; version: string; etag: string; status: string }) {
  const [value, setValue] = useState(status);
  const { formRef, errors, formError, pending, run } = useActionForm<{ version: string }>({ successMessage: () => `Version ${version} is now ${value}.` });
  const error = errors.status ?? formError;
  const choices = DIRECT_VERSION_STATUSES.filter((s) => s !== "draft" || status === "draft");
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        run(() => updateContractVersionAction({ contractId, version, etag, values: { status: value } }));
      }}
    >
      <div>
        <label htmlFor="version-status" className="block text-xs font-medium text-slate-700">
          Status
        </label>
        <select
          id="version-status"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "version-status-error" : undefined}
          className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
        >
          {!choices.includes(status as (typeof choices)[number]) ? <option value={status}>{status}</option> : null}
          {choices.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonStyles.secondary} disabled={pending || value === status}>
        {pending ? "Saving…" : "Change status"}
      </button>
      {error ? (
        <p id="version-status-error" className="w-full text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
