"use client";

import { useState } from "react";
import { saveSampleAction, testRulesAction } from "@/lib/data-contracts/actions";
import { DECISION_ROUTES, type Decision, type DecisionOutcome } from "@/lib/data-contracts/evaluator/rule-set";
import { zSaveSampleInput, type DataRulesInput } from "@/lib/data-contracts/schemas";
import { DECISION_OUTCOME_LABELS, RULE_KIND_LABELS } from "@/lib/data-contracts/labels";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";

const DECISION_OUTCOMES: DecisionOutcome[] = ["deliver", ...DECISION_ROUTES];

/**
 * Paste a payload, see what the version's rules decide: nothing is counted or stored. With `draft`, the rules
 * tested are the ones being edited (read when the button is pressed), not the saved ones.
 */
export function TestPayloadForm({
  contractId,
  version,
  example,
  draft,
  canSave = false,
}: {
  contractId: string;
  version: string;
  example: string;
  draft?: () => DataRulesInput;
  /** Offer to save the tested payload as a regression case of the contract. */
  canSave?: boolean;
}) {
  const [decision, setDecision] = useState<Decision | null>(null);
  const [tested, setTested] = useState<{ payloadText: string; targets: string } | null>(null);
  const { formRef, errors, formError, pending, run } = useActionForm<Decision>({
    onSuccess: setDecision,
    successMessage: (d) => `Decision: ${DECISION_OUTCOME_LABELS[d.outcome]}.`,
  });

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = { contractId, version, payloadText: String(data.get("payloadText") ?? ""), targets: String(data.get("targets") ?? "") };
    setDecision(null);
    setTested({ payloadText: input.payloadText, targets: input.targets });
    run(() => testRulesAction(draft ? { ...input, rules: draft() } : input));
  };

  return (
    <div className="space-y-4">
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
      {canSave && decision && tested ? (
        <SaveSampleForm
          key={`${tested.payloadText}\u0000${tested.targets}`}
          contractId={contractId}
          version={version}
          tested={tested}
          decided={decision.outcome}
        />
      ) : null}
    </div>
  );
}

/** Keeps the payload just tested as a regression case, expected to get the decision it got (or another one). */
function SaveSampleForm({
  contractId,
  version,
  tested,
  decided,
}: {
  contractId: string;
  version: string;
  tested: { payloadText: string; targets: string };
  decided: DecisionOutcome;
}) {
  const { formRef, errors, pending, check, run } = useActionForm<{ id: string }>();
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values = check(zSaveSampleInput, { ...tested, name: formText(data, "name"), expectedOutcome: formText(data, "expectedOutcome") });
    if (values) run(() => saveSampleAction({ contractId, version, values }));
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Save the payload as a sample" className="space-y-3 rounded-lg border border-slate-200 p-3">
      <p className="text-sm font-semibold text-slate-900">Save this payload as a sample</p>
      <p className="text-xs text-slate-600">
        Every proposed change of this contract is checked against its samples; the review shows the ones it would decide differently. Do not save real personal
        data.
      </p>
      <FormField label="Sample name" required error={errors.name}>
        {(props) => <input {...props} name="name" placeholder="Approved product without GTIN" />}
      </FormField>
      <FormField label="Expected decision" required error={errors.expectedOutcome}>
        {(props) => (
          <select {...props} name="expectedOutcome" defaultValue={decided}>
            {DECISION_OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {DECISION_OUTCOME_LABELS[outcome]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button type="submit" className={buttonStyles.secondary} disabled={pending}>
        {pending ? "Saving…" : "Save the sample"}
      </button>
    </form>
  );
}
