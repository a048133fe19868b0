"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { updateMigrationAction } from "@/lib/deprecations/actions";
import { allowedNextStatuses } from "@/lib/deprecations/migration-state";
import type { MigrationStatus } from "@/lib/generated/prisma/enums";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";

const LABELS: Record<MigrationStatus, string> = {
  notified: "Notified",
  acknowledged: "Acknowledge",
  migrating: "Migrating",
  migrated: "Migrated",
  blocked: "Blocked",
};

/** One consumer's next step: only the transitions the state machine allows are offered; blocked and reopening ask why. */
export function MigrationStatusForm({
  deprecationId,
  consumerId,
  consumerName,
  status,
}: {
  deprecationId: string;
  consumerId: string;
  consumerName: string;
  status: MigrationStatus;
}) {
  const router = useRouter();
  const choices = allowedNextStatuses(status);
  const [next, setNext] = useState<MigrationStatus>(choices.find((s) => s !== status) ?? choices[0]);
  const [reason, setReason] = useState("");
  const { formRef, errors, formError, pending, fail, run } = useActionForm({
    onSuccess: () => {
      setReason("");
      router.refresh();
    },
  });
  // One line under the row: the reason's own message, else the first field's, else the refusal.
  const error = errors.blockedReason ?? errors.reopenReason ?? Object.values(errors)[0] ?? formError;
  const needsReason = next === "blocked" || status === "migrated";
  const id = `migration-${consumerId}`;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      ref={formRef}
      aria-label={`Migration status of ${consumerName}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (needsReason && !reason.trim())
          return fail(
            { [next === "blocked" ? "blockedReason" : "reopenReason"]: next === "blocked" ? "Say what blocks the migration." : "Say why it is reopened." },
            "Some fields need attention.",
          );
        const input = { status: next, ...(next === "blocked" ? { blockedReason: reason } : {}), ...(status === "migrated" ? { reopenReason: reason } : {}) };
        run(() => updateMigrationAction({ deprecationId, consumerId, values: input }));
      }}
    >
      <div>
        <label htmlFor={`${id}-status`} className="sr-only">
          New status for {consumerName}
        </label>
        <select
          id={`${id}-status`}
          value={next}
          onChange={(e) => setNext(e.target.value as MigrationStatus)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        >
          {choices.map((s) => (
            <option key={s} value={s}>
              {s === "blocked" && status === "blocked" ? "Blocked (new reason)" : LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      {needsReason ? (
        <div>
          <label htmlFor={`${id}-reason`} className="sr-only">
            {next === "blocked" ? "What blocks it" : "Why it is reopened"}
          </label>
          <input
            id={`${id}-reason`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder={next === "blocked" ? "What blocks it?" : "Why reopen?"}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className="rounded-md border border-slate-300 px-2 py-1 text-sm"
          />
        </div>
      ) : null}
      <button type="submit" className={buttonStyles.secondary} disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </button>
      {error ? (
        <p id={`${id}-error`} className="w-full text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
