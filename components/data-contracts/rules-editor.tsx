"use client";

import { useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { proposeRulesAction, saveRulesAction } from "@/lib/data-contracts/actions";
import { compileCel, type CelProblem } from "@/lib/data-contracts/evaluator/cel-environment";
import { DECISION_ROUTES, RULE_KINDS, type RuleKind } from "@/lib/data-contracts/evaluator/rule-set";
import { DECISION_OUTCOME_LABELS, RULE_KIND_LABELS } from "@/lib/data-contracts/labels";
import { zDataRulesInput, type DataRules, type DataRulesInput } from "@/lib/data-contracts/schemas";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { TestPayloadForm } from "@/components/data-contracts/test-payload-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { DialogButton } from "@/components/ui/confirm-dialog";
import { FormField } from "@/components/ui/form-field";

interface HandlerOption {
  value: string;
  label: string;
}

/** One rule as the form holds it: every control's text, turned into the API's shape only when tested or saved. */
interface RuleRow {
  key: number;
  id: string;
  kind: RuleKind;
  expression: string;
  message: string;
  severity: "error" | "warning";
  pointer: string;
  route: (typeof DECISION_ROUTES)[number];
  handler: string;
  channel: string;
  windowMinutes: string;
}

const EXPRESSION_HINTS: Record<RuleKind, string> = {
  field: "True when the record is right, e.g. has(payload.gtin) && size(payload.gtin) == 13.",
  approval_gate: "True when the record may be published, e.g. payload.approval_status == 'approved'.",
  channel_requirement: "True when the record has what this channel needs, e.g. size(payload.images) > 0.",
  blocked: "True when the record must NOT be published, e.g. payload.recalled == true.",
  duplicate_window: "The business key, e.g. payload.sku: the same key delivered again within the window is a duplicate.",
};

const rowOf = (rule: DataRules["rules"][number], key: number): RuleRow => ({
  key,
  id: rule.id,
  kind: rule.kind,
  expression: rule.expression,
  message: rule.message,
  severity: rule.severity ?? "error",
  pointer: rule.pointer ?? "",
  route: rule.route,
  handler: rule.handler ?? "",
  channel: rule.channel ?? "",
  windowMinutes: rule.windowMinutes ? String(rule.windowMinutes) : "",
});

function inputOf(rows: RuleRow[], checkSchema: boolean, schemaPointer: string, personalFields: string): DataRulesInput {
  return {
    schemaPointer: checkSchema ? schemaPointer.trim() : null,
    personalFields: personalFields
      .split(",")
      .map((field) => field.trim())
      .filter(Boolean),
    rules: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      expression: row.expression,
      message: row.message,
      severity: row.severity,
      pointer: row.pointer.trim() || null,
      route: row.route,
      handler: row.handler.trim() || null,
      channel: row.kind === "channel_requirement" ? row.channel.trim() || null : null,
      // Text that is not a number becomes NaN, which the schema refuses with "Enter a number" instead of dropping it.
      windowMinutes: row.kind === "duplicate_window" && row.windowMinutes.trim() !== "" ? Number(row.windowMinutes) : null,
    })),
  };
}

/** The expression's line with a caret under the column the compiler stopped at. */
function ProblemMarker({ expression, problem }: { expression: string; problem: CelProblem }) {
  const line = expression.split("\n")[problem.line - 1] ?? "";
  return (
    <pre aria-hidden className="mt-1 overflow-x-auto rounded bg-red-50 px-2 py-1 font-mono text-xs text-red-800">
      {line}
      {"\n"}
      {" ".repeat(Math.max(0, problem.column - 1))}^
    </pre>
  );
}

/** The CEL check as the person types: the same compiler the server and the decisions endpoint run. */
function ExpressionField({ row, error, onChange }: { row: RuleRow; error?: string; onChange: (expression: string) => void }) {
  const checked = useMemo(() => (row.expression.trim() ? compileCel(row.expression, row.kind !== "duplicate_window") : null), [row.expression, row.kind]);
  const problem = checked && !checked.ok ? checked.problem : null;
  const live = problem ? `Line ${problem.line}, column ${problem.column}: ${problem.message}` : undefined;
  return (
    <div>
      <FormField
        label={row.kind === "duplicate_window" ? "Business key (CEL)" : "Condition (CEL)"}
        required
        error={error ?? live}
        hint={EXPRESSION_HINTS[row.kind]}
      >
        {(props) => (
          <textarea
            {...props}
            rows={2}
            spellCheck={false}
            value={row.expression}
            onChange={(e) => onChange(e.target.value)}
            className={`${props.className} font-mono text-xs`}
          />
        )}
      </FormField>
      {problem ? <ProblemMarker expression={row.expression} problem={problem} /> : null}
      {checked?.ok ? (
        <p className="mt-1 text-xs text-emerald-800" aria-live="polite">
          The expression compiles.
        </p>
      ) : null}
    </div>
  );
}

/**
 * A change of rules through review: a new version with this version's document and the rules in the editor. The
 * review then shows which saved samples the change would decide differently.
 */
function ProposeRulesForm({
  contractId,
  version,
  rules,
  onCancel,
}: {
  contractId: string;
  version: string;
  rules: () => DataRulesInput;
  onCancel: () => void;
}) {
  const router = useRouter();
  const { formRef, errors, pending, run } = useActionForm<{ number: number }>({ onSuccess: ({ number }) => router.push(`/reviews/${number}`) });
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    run(() => proposeRulesAction({ contractId, version, title: formText(data, "title"), proposedVersion: formText(data, "proposedVersion"), rules: rules() }));
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-3">
      <p className="text-sm text-slate-700">
        The new version keeps this version&apos;s document and takes the rules as they are in the editor. It goes to review like any proposal.
      </p>
      <FormField label="Title" required error={errors.title}>
        {(props) => <input {...props} name="title" placeholder="Require a GTIN on every product" />}
      </FormField>
      <FormField label="New version" error={errors.proposedVersion} hint="Empty: the next version the change calls for.">
        {(props) => <input {...props} name="proposedVersion" className={`${props.className} font-mono`} />}
      </FormField>
      <div className="flex justify-end gap-2">
        <button type="button" className={buttonStyles.secondary} onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className={buttonStyles.primary} disabled={pending}>
          {pending ? "Proposing…" : "Propose"}
        </button>
      </div>
    </form>
  );
}

/**
 * Edits a contract version's executable rules as a whole, with each expression compiled in the browser as it is
 * typed, and a panel that tests a payload against the rules as they stand in the form (saved or not). Saving goes
 * through the same use case as the API's PUT, guarded by the version's ETag.
 */
export function RulesEditor({
  contractId,
  version,
  etag: initialEtag,
  rules,
  handlers,
}: {
  contractId: string;
  version: string;
  etag: string;
  rules: DataRules | null;
  handlers: HandlerOption[];
}) {
  const router = useRouter();
  const nextKey = useRef(rules?.rules.length ?? 0);
  const [etag, setEtag] = useState(initialEtag);
  const [rows, setRows] = useState<RuleRow[]>(() => (rules?.rules ?? []).map(rowOf));
  const [checkSchema, setCheckSchema] = useState(rules ? rules.schemaPointer !== null && rules.schemaPointer !== undefined : false);
  const [schemaPointer, setSchemaPointer] = useState(rules?.schemaPointer ?? "");
  const [personalFields, setPersonalFields] = useState((rules?.personalFields ?? []).join(", "));
  const { formRef, errors, pending, check, run, clearError } = useActionForm<{ etag: string }>({
    guardUnsaved: true,
    onSuccess: (value) => {
      setEtag(value.etag);
      router.refresh();
    },
  });

  const update = <K extends keyof RuleRow>(index: number, key: K, value: RuleRow[K]) => {
    setRows((current) => current.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
    clearError(`rules.${index}.${key}`);
  };
  const add = () =>
    setRows((current) => [
      ...current,
      {
        key: nextKey.current++,
        id: "",
        kind: "field",
        expression: "",
        message: "",
        severity: "error",
        pointer: "",
        route: "quarantine",
        handler: "",
        channel: "",
        windowMinutes: "",
      },
    ]);
  const current = () => inputOf(rows, checkSchema, schemaPointer, personalFields);

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    const input = check(zDataRulesInput, current());
    if (!input) return;
    run(() => saveRulesAction({ contractId, version, etag, rules: input }));
  };

  return (
    <div className="grid gap-6 xl:grid-cols-[3fr_2fr]">
      <div className="space-y-3">
        <form ref={formRef} onSubmit={save} noValidate className="space-y-4" aria-label="Edit the rules">
          <datalist id="rule-handler-options">
            {handlers.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </datalist>
          <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
            <legend className="px-1 text-sm font-semibold text-slate-900">Payload</legend>
            <label className="flex items-center gap-2 text-sm text-slate-800">
              <input type="checkbox" checked={checkSchema} onChange={(e) => setCheckSchema(e.target.checked)} />
              Check every payload against a schema of this version&apos;s document first
            </label>
            {checkSchema ? (
              <FormField
                label="Where the payload's schema is"
                error={errors.schemaPointer}
                hint="Empty for the whole document; /components/schemas/Product in an OpenAPI document."
              >
                {(props) => (
                  <input {...props} value={schemaPointer} onChange={(e) => setSchemaPointer(e.target.value)} className={`${props.className} font-mono`} />
                )}
              </FormField>
            ) : null}
            <FormField
              label="Personal fields"
              error={errors.personalFields}
              hint="JSON pointers separated by commas, e.g. /email, /phone: blanked in kept samples."
            >
              {(props) => (
                <input {...props} value={personalFields} onChange={(e) => setPersonalFields(e.target.value)} className={`${props.className} font-mono`} />
              )}
            </FormField>
          </fieldset>

          {rows.map((row, index) => {
            const err = (key: string) => errors[`rules.${index}.${key}`];
            return (
              <fieldset key={row.key} className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
                <legend className="px-1 text-sm font-semibold text-slate-900">Rule {row.id || index + 1}</legend>
                <div className="grid gap-3 md:grid-cols-2">
                  <FormField label="Name" required error={err("id")} hint="Lower-case letters, digits and hyphens, e.g. gtin-required.">
                    {(props) => (
                      <input {...props} value={row.id} onChange={(e) => update(index, "id", e.target.value)} className={`${props.className} font-mono`} />
                    )}
                  </FormField>
                  <FormField label="Kind" required error={err("kind")}>
                    {(props) => (
                      <select {...props} value={row.kind} onChange={(e) => update(index, "kind", e.target.value as RuleKind)}>
                        {RULE_KINDS.map((kind) => (
                          <option key={kind} value={kind}>
                            {RULE_KIND_LABELS[kind]}
                          </option>
                        ))}
                      </select>
                    )}
                  </FormField>
                </div>
                <ExpressionField row={row} error={err("expression")} onChange={(expression) => update(index, "expression", expression)} />
                {row.kind === "channel_requirement" ? (
                  <FormField label="Target channel" required error={err("channel")} hint="The rule applies only to payloads going to this channel.">
                    {(props) => (
                      <input {...props} value={row.channel} onChange={(e) => update(index, "channel", e.target.value)} placeholder="marketplace_us" />
                    )}
                  </FormField>
                ) : null}
                {row.kind === "duplicate_window" ? (
                  <FormField label="Window (minutes)" required error={err("windowMinutes")}>
                    {(props) => (
                      <input {...props} inputMode="numeric" value={row.windowMinutes} onChange={(e) => update(index, "windowMinutes", e.target.value)} />
                    )}
                  </FormField>
                ) : null}
                <FormField label="Message" required error={err("message")} hint="What is wrong, for the person who handles it.">
                  {(props) => <input {...props} value={row.message} onChange={(e) => update(index, "message", e.target.value)} />}
                </FormField>
                <div className="grid gap-3 md:grid-cols-2">
                  <FormField label="Route" required error={err("route")}>
                    {(props) => (
                      <select {...props} value={row.route} onChange={(e) => update(index, "route", e.target.value as RuleRow["route"])}>
                        {DECISION_ROUTES.map((route) => (
                          <option key={route} value={route}>
                            {DECISION_OUTCOME_LABELS[route]}
                          </option>
                        ))}
                      </select>
                    )}
                  </FormField>
                  <FormField label="Handler" error={err("handler")} hint="A team or person; empty uses the integration's exception routing.">
                    {(props) => <input {...props} list="rule-handler-options" value={row.handler} onChange={(e) => update(index, "handler", e.target.value)} />}
                  </FormField>
                  <FormField label="Severity" required error={err("severity")}>
                    {(props) => (
                      <select {...props} value={row.severity} onChange={(e) => update(index, "severity", e.target.value as RuleRow["severity"])}>
                        <option value="error">Routes the payload</option>
                        <option value="warning">Warns only</option>
                      </select>
                    )}
                  </FormField>
                  <FormField label="Field" error={err("pointer")} hint="The field the rule is about, e.g. /gtin.">
                    {(props) => (
                      <input
                        {...props}
                        value={row.pointer}
                        onChange={(e) => update(index, "pointer", e.target.value)}
                        className={`${props.className} font-mono`}
                      />
                    )}
                  </FormField>
                </div>
                <button
                  type="button"
                  className={buttonStyles.secondary}
                  aria-label={`Remove rule ${row.id || index + 1}`}
                  onClick={() => setRows((all) => all.filter((_, i) => i !== index))}
                >
                  Remove
                </button>
              </fieldset>
            );
          })}
          {errors.rules ? <p className="text-sm text-red-700">{errors.rules}</p> : null}
          <div className="flex flex-wrap gap-2">
            <button type="button" className={buttonStyles.secondary} onClick={add}>
              Add a rule
            </button>
            <button type="submit" className={buttonStyles.primary} disabled={pending}>
              {pending ? "Saving…" : "Save the rules"}
            </button>
          </div>
        </form>
        <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <DialogButton label="Propose the rules for review…" title="Propose these rules as a new version" variant="secondary">
            {(close) => <ProposeRulesForm contractId={contractId} version={version} rules={current} onCancel={close} />}
          </DialogButton>
          A version in use changes through review: propose the rules as a new version instead of saving them here.
        </div>
      </div>
      <section aria-labelledby="test-draft-rules" className="space-y-2">
        <h3 id="test-draft-rules" className="text-sm font-semibold text-slate-900">
          Test against a sample
        </h3>
        <p className="text-sm text-slate-700">Tests the rules as they are in the form, before they are saved.</p>
        <TestPayloadForm contractId={contractId} version={version} example={"{\n  \n}"} draft={current} canSave />
      </section>
    </div>
  );
}
