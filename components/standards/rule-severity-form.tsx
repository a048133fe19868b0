"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { changeRulesetAction } from "@/lib/standards/actions";
import { RULE_SEVERITIES, RULE_SEVERITY_LABELS, type RuleSeverity } from "@/lib/standards/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";

/** An admin sets one rule's severity ("Off" disables it); each save is a new ruleset version. */
export function RuleSeverityForm({
  rule,
  severity,
  defaultSeverity,
  version,
}: {
  rule: string;
  severity: RuleSeverity;
  defaultSeverity: RuleSeverity;
  version: string;
}) {
  const router = useRouter();
  const [next, setNext] = useState<RuleSeverity>(severity);
  const { formRef, errors, formError, pending, run } = useActionForm({ onSuccess: () => router.refresh() });
  const error = Object.values(errors)[0] ?? formError;
  const id = `rule-${rule}`;
  return (
    <form
      ref={formRef}
      aria-label={`Severity of ${rule}`}
      className="flex flex-wrap items-center gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        run(() => changeRulesetAction({ version, values: { rules: { [rule]: next } } }));
      }}
    >
      <label htmlFor={`${id}-severity`} className="sr-only">
        Severity of {rule}
      </label>
      <select
        id={`${id}-severity`}
        name={`rules.${rule}`}
        value={next}
        onChange={(event) => setNext(event.target.value as RuleSeverity)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {RULE_SEVERITIES.map((value) => (
          <option key={value} value={value}>
            {RULE_SEVERITY_LABELS[value]}
            {value === defaultSeverity ? " (default)" : ""}
          </option>
        ))}
      </select>
      <button type="submit" className={buttonStyles.secondary} disabled={pending || next === severity}>
        {pending ? "Saving…" : "Save"}
      </button>
      {error ? (
        <p id={`${id}-error`} role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}

/** Whether a proposal that introduces an error-level finding needs an admin exception before it is approved. */
export function ExceptionPolicyForm({ required, version }: { required: boolean; version: string }) {
  const router = useRouter();
  const [next, setNext] = useState(required);
  const { formRef, errors, formError, pending, run } = useActionForm({ onSuccess: () => router.refresh() });
  const error = Object.values(errors)[0] ?? formError;
  return (
    <form
      ref={formRef}
      aria-label="Review policy for new errors"
      className="mb-6 flex flex-wrap items-center gap-3 rounded-md border border-slate-200 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        run(() => changeRulesetAction({ version, values: { requireExceptionForNewErrors: next } }));
      }}
    >
      <input
        id="require-exception"
        name="requireExceptionForNewErrors"
        type="checkbox"
        checked={next}
        onChange={(event) => setNext(event.target.checked)}
        className="h-4 w-4"
      />
      <label htmlFor="require-exception" className="text-sm text-slate-800">
        A proposal that introduces an error-level finding needs an admin exception (a reason and an expiry) before it can be approved
      </label>
      <button type="submit" className={buttonStyles.secondary} disabled={pending || next === required}>
        {pending ? "Saving…" : "Save"}
      </button>
      {error ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
