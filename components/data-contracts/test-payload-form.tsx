"use client";

import { useState } from "react";
import { testRulesAction } from "@/lib/data-contracts/actions";
import type { Decision } from "@/lib/data-contracts/evaluator/rule-set";
import type { DataRulesInput } from "@/lib/data-contracts/schemas";
import { DECISION_OUTCOME_LABELS, RULE_KIND_LABELS } from "@/lib/data-contracts/labels";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";

/**
 * Paste a payload, see what the version's rules decide: nothing is counted or stored. With `draft`, the rules
 * tested are the ones being edited (read when the button is pressed), not the saved ones.
 */
export function TestPayloadForm({
  contractId,
  version,
  example,
  draft,
}: {
  contractId: string;
  version: string;
  example: string;
  draft?: () => DataRulesInput;
}) {
  const [decision, setDecision] = useState<Decision | null>(null);
  const { formRef, errors, formError, pending, run } = useActionForm<Decision>({
    onSuccess: setDecision,
    successMessage: (d) => `Decision: ${DECISION_OUTCOME_LABELS[d.outcome]}.`,
  });

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = { contractId, version, payloadText: String(data.get("payloadText") ?? ""), targets: String(data.get("targets") ?? "") };
    setDecision(null);
    run(() => testRulesAction(draft ? { ...input, rules: draft() } : input));
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-3">
      <FormField label="Payload (JSON)" required error={errors.payloadText}>
        {(props) => (
          <textarea {...props} name="payloadText" rows={10} defaultValue={example} className={`${props.className} font-mono text-xs`} spellCheck={false} />
        )}
      </FormField>
      <FormField label="Target channels" error={errors.targets} hint="Separated by commas; empty uses the payload's target_channels.">
        {(props) => <input {...props} name="targets" placeholder="marketplace_us, ecommerce" />}
      </FormField>
      <button type="submit" className={buttonStyles.primary} disabled={pending}>
        {pending ? "Testing…" : "Test the payload"}
      </button>
      {formError && draft ? <p className="text-sm text-red-700">{formError} Fix the rules in the editor, then test again.</p> : null}
      {decision ? (
        <div role="status" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <p className="font-semibold text-slate-900">
            {DECISION_OUTCOME_LABELS[decision.outcome]}
            {decision.handler ? ` · handled by ${decision.handler}` : ""}
          </p>
          {decision.fired.length ? (
            <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
              {decision.fired.map((fired, index) => (
                <li key={index}>
                  <span className="font-mono">{fired.rule}</span> ({RULE_KIND_LABELS[fired.kind]}, {DECISION_OUTCOME_LABELS[fired.route]}
                  {fired.severity === "warning" ? ", warning only" : ""})
                  {fired.pointer ? (
                    <>
                      {" "}
                      at <code className="font-mono">{fired.pointer}</code>
                    </>
                  ) : null}
                  : {fired.message}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-slate-700">No rule fired.</p>
          )}
        </div>
      ) : null}
    </form>
  );
}
