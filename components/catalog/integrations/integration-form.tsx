"use client";

import { useRouter } from "next/navigation";
import { createIntegrationAction, updateIntegrationAction } from "@/lib/catalog/integrations/actions";
import { errorsOnFormRows, MAX_ESCALATION_STEPS, MAX_VALIDATION_RULES, readIntegrationForm } from "@/lib/catalog/integrations/form-input";
import {
  CLASSIFICATIONS,
  CRITICALITIES,
  DIRECTIONS,
  EXCEPTION_ACTIONS,
  EXCEPTION_TYPES,
  FREQUENCIES,
  APPROVAL_STATES,
  humanize,
  LIFECYCLES,
  MECHANISMS,
  MONITORING_METHODS,
  OWNER_ROLE_LABELS,
  OWNER_ROLES,
  PATTERNS,
  PERMITTED_USES,
  VALIDATION_RULE_KINDS,
  zIntegrationInput,
  type IntegrationOutput,
} from "@/lib/catalog/integrations/schemas";
import { STANDARD_EXCEPTION_ROUTES } from "@/lib/catalog/integrations/exception-routing";
import { EditableRowList, useEditableRows } from "@/components/catalog/integrations/editable-rows";
import { RecordLinksFields } from "@/components/catalog/links/record-links-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";

export interface IntegrationFormChoices {
  systems: { slug: string; name: string }[];
  /** Only the teams the person may register for. */
  teams: { slug: string; name: string }[];
  capabilities: { slug: string; name: string }[];
  people: { email: string; name: string }[];
}

function EnumSelect({
  name,
  label,
  values,
  value,
  error,
  required = true,
}: {
  name: string;
  label: string;
  values: readonly string[];
  value?: string | null;
  error?: string;
  required?: boolean;
}) {
  return (
    <FormField label={label} error={error} required={required}>
      {(props) => (
        <select {...props} name={name} defaultValue={value ?? ""}>
          {required ? (
            <option value="" disabled>
              Choose…
            </option>
          ) : (
            <option value="">Not recorded</option>
          )}
          {values.map((v) => (
            <option key={v} value={v}>
              {humanize(v)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** The objectives in force, in words: "error rate 1%, p95 latency 2000 ms, freshness 2 h". */
function describeObjectives(objectives: IntegrationOutput["objectives"]): string {
  return [
    `error rate ${objectives.errorRatePercent}%`,
    objectives.latencyMs === null ? "no latency objective" : `p95 latency ${objectives.latencyMs} ms`,
    objectives.freshnessHours === null ? "no freshness objective" : `freshness ${objectives.freshnessHours} h`,
  ].join(", ");
}

/** The whole inventory record of an integration: registration and edits share it. */
export function IntegrationForm({ choices, integration, version }: { choices: IntegrationFormChoices; integration?: IntegrationOutput; version?: string }) {
  const router = useRouter();
  const isNew = !integration;
  const { formRef, errors, pending, check, run } = useActionForm<{ href: string }>({
    guardUnsaved: true,
    onSuccess: ({ href }) => {
      router.push(href);
      router.refresh();
    },
  });
  const owner = new Map(integration?.owners.map((o) => [o.role, o.user.email]));
  // A new record starts with two empty steps (a person, then a rota); blank rows are left out when saving.
  const steps = useEditableRows(
    integration
      ? integration.escalationPath.map((s) => ({ user: s.user?.email ?? "", contact: s.contact ?? "" }))
      : [
          { user: "", contact: "" },
          { user: "", contact: "" },
        ],
  );
  const rules = useEditableRows<{ kind: string; field: string | null; description: string }>(integration?.validationRules ?? []);
  const routes = useEditableRows<{ errorType: string; action: string; handler: string | null }>(integration?.exceptionRoutes ?? []);
  const err = (path: string) => errors[path];
  const people = choices.people.map((p) => (
    <option key={p.email} value={p.email}>
      {p.name} ({p.email})
    </option>
  ));

  return (
    <form
      noValidate
      aria-label={isNew ? "Register an integration" : `Edit ${integration.key}`}
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        const { input, origins } = readIntegrationForm(new FormData(event.currentTarget), isNew);
        const onRows = (found: Record<string, string>) => errorsOnFormRows(found, origins);
        if (!check(zIntegrationInput, input, onRows)) return;
        run(() => (isNew ? createIntegrationAction(input) : updateIntegrationAction({ key: integration.key, version: version ?? "", values: input })), onRows);
      }}
      className="space-y-6"
    >
      <fieldset className="grid gap-4 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <legend className="px-1 text-base font-semibold text-slate-900">What it is</legend>
        <FormField label="Name" error={err("name")} required>
          {(props) => <input {...props} name="name" defaultValue={integration?.name} />}
        </FormField>
        {isNew ? (
          <FormField label="Key" hint="Leave empty for the next free INT-NNNN." error={err("key")}>
            {(props) => <input {...props} name="key" placeholder="INT-0042" />}
          </FormField>
        ) : (
          <div />
        )}
        <div className="sm:col-span-2">
          <FormField label="Description" error={err("description")}>
            {(props) => <textarea {...props} name="description" rows={3} defaultValue={integration?.description ?? ""} />}
          </FormField>
        </div>
        {(["sourceSystem", "targetSystem"] as const).map((field) => (
          <FormField key={field} label={field === "sourceSystem" ? "Source system" : "Target system"} error={err(field)} required>
            {(props) => (
              <select {...props} name={field} defaultValue={integration?.[field].slug ?? ""}>
                <option value="" disabled>
                  Choose a system…
                </option>
                {choices.systems.map((s) => (
                  <option key={s.slug} value={s.slug}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        ))}
        <FormField
          label="Owner team"
          error={err("ownerTeam")}
          required
          hint={choices.teams.length ? undefined : "You are in no team: ask an admin to add you to one."}
        >
          {(props) => (
            <select {...props} name="ownerTeam" defaultValue={integration?.ownerTeam?.slug ?? (choices.teams.length === 1 ? choices.teams[0].slug : "")}>
              <option value="" disabled>
                Choose a team…
              </option>
              {choices.teams.map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <EnumSelect name="lifecycle" label="Lifecycle" values={LIFECYCLES} value={integration?.lifecycle ?? "active"} error={err("lifecycle")} />
      </fieldset>

      <fieldset className="grid gap-4 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <legend className="px-1 text-base font-semibold text-slate-900">How data moves</legend>
        <EnumSelect name="direction" label="Direction" values={DIRECTIONS} value={integration?.direction} error={err("direction")} />
        <EnumSelect name="mechanism" label="Mechanism" values={MECHANISMS} value={integration?.mechanism} error={err("mechanism")} />
        <EnumSelect name="pattern" label="Pattern" values={PATTERNS} value={integration?.pattern} error={err("pattern")} />
        <EnumSelect name="frequency" label="Frequency" values={FREQUENCIES} value={integration?.frequency} error={err("frequency")} />
        <FormField label="Data objects" hint="Comma-separated, e.g. Order, Customer." error={err("dataObjects")}>
          {(props) => <input {...props} name="dataObjects" defaultValue={integration?.dataObjects.join(", ")} />}
        </FormField>
        <FormField label="Format" error={err("format")}>
          {(props) => <input {...props} name="format" defaultValue={integration?.format ?? ""} placeholder="JSON over HTTPS (REST)" />}
        </FormField>
        <div className="sm:col-span-2">
          <FormField label="Fields exchanged" hint="One per line or comma-separated, as named in the contract." error={err("fieldsExchanged")}>
            {(props) => <textarea {...props} name="fieldsExchanged" rows={3} defaultValue={integration?.fieldsExchanged.join("\n")} />}
          </FormField>
        </div>
        <FormField label="Volume per day" hint="Typical records per day." error={err("volumePerDay")}>
          {(props) => <input {...props} name="volumePerDay" type="number" min={0} inputMode="numeric" defaultValue={integration?.volumePerDay ?? ""} />}
        </FormField>
        <FormField label="Expected latency (seconds)" error={err("expectedLatencySeconds")}>
          {(props) => (
            <input
              {...props}
              name="expectedLatencySeconds"
              type="number"
              min={0}
              inputMode="numeric"
              defaultValue={integration?.expectedLatencySeconds ?? ""}
            />
          )}
        </FormField>
      </fieldset>

      <fieldset className="grid gap-4 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-3">
        <legend className="px-1 text-base font-semibold text-slate-900">Service-level objectives</legend>
        <p className="text-sm text-slate-700 sm:col-span-3">
          Health is derived from the integration&apos;s signals against these objectives. Leave a field empty for the default of its criticality and frequency
          {integration ? ` (now ${describeObjectives(integration.objectives)})` : ""}.
        </p>
        <FormField label="Error rate (%)" hint="Degraded above it, failing at 5 times it." error={err("objectiveErrorRatePercent")}>
          {(props) => (
            <input
              {...props}
              name="objectiveErrorRatePercent"
              type="number"
              min={0}
              max={100}
              step="any"
              inputMode="decimal"
              defaultValue={integration?.objectiveErrorRatePercent ?? ""}
            />
          )}
        </FormField>
        <FormField label="p95 latency (ms)" hint="Default: the expected latency." error={err("objectiveLatencyMs")}>
          {(props) => (
            <input {...props} name="objectiveLatencyMs" type="number" min={1} inputMode="numeric" defaultValue={integration?.objectiveLatencyMs ?? ""} />
          )}
        </FormField>
        <FormField label="Freshness (hours)" hint="Stale with no success for longer." error={err("objectiveFreshnessHours")}>
          {(props) => (
            <input
              {...props}
              name="objectiveFreshnessHours"
              type="number"
              min={1}
              inputMode="numeric"
              defaultValue={integration?.objectiveFreshnessHours ?? ""}
            />
          )}
        </FormField>
      </fieldset>

      <fieldset className="grid gap-4 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <legend className="px-1 text-base font-semibold text-slate-900">Risk and monitoring</legend>
        <EnumSelect name="criticality" label="Criticality" values={CRITICALITIES} value={integration?.criticality ?? "tier3"} error={err("criticality")} />
        <EnumSelect
          name="dataClassification"
          label="Data classification"
          values={CLASSIFICATIONS}
          value={integration?.dataClassification ?? "internal"}
          error={err("dataClassification")}
        />
        <EnumSelect name="approvalState" label="Approval" values={APPROVAL_STATES} value={integration?.approvalState ?? "draft"} error={err("approvalState")} />
        <EnumSelect name="monitoring" label="Monitoring" values={MONITORING_METHODS} value={integration?.monitoring ?? "none"} error={err("monitoring")} />
        <FormField label="Monitoring notes" error={err("monitoringNotes")}>
          {(props) => <input {...props} name="monitoringNotes" defaultValue={integration?.monitoringNotes ?? ""} />}
        </FormField>
        <div className="flex items-end gap-2 pb-1">
          <input id="containsPersonalData" type="checkbox" name="containsPersonalData" defaultChecked={integration?.containsPersonalData} className="h-4 w-4" />
          <label htmlFor="containsPersonalData" className="text-sm text-slate-800">
            Contains personal data
          </label>
        </div>
        <div className="flex items-end gap-2 pb-1">
          <input id="keepFailingSamples" type="checkbox" name="keepFailingSamples" defaultChecked={integration?.keepFailingSamples} className="h-4 w-4" />
          <label htmlFor="keepFailingSamples" className="text-sm text-slate-800">
            Keep redacted samples of payloads the data contract does not deliver
          </label>
        </div>
        {(["businessValue", "complexity"] as const).map((field) => (
          <FormField key={field} label={field === "businessValue" ? "Business value (1–5)" : "Complexity (1–5)"} error={err(field)}>
            {(props) => (
              <select {...props} name={field} defaultValue={integration?.[field] ?? ""}>
                <option value="">Not rated</option>
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        ))}
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-medium text-slate-800">Permitted uses</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {PERMITTED_USES.map((use) => (
              <label key={use} className="flex items-center gap-1.5 text-sm text-slate-800">
                <input type="checkbox" name="permittedUses" value={use} defaultChecked={integration?.permittedUses.includes(use)} className="h-4 w-4" />{" "}
                {humanize(use)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-medium text-slate-800">Business capabilities</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {choices.capabilities.map((c) => (
              <label key={c.slug} className="flex items-center gap-1.5 text-sm text-slate-800">
                <input
                  type="checkbox"
                  name="capabilities"
                  value={c.slug}
                  defaultChecked={integration?.capabilities.some((x) => x.slug === c.slug)}
                  className="h-4 w-4"
                />{" "}
                {c.name}
              </label>
            ))}
          </div>
          {err("capabilities") ? <p className="mt-1 text-sm text-red-700">{err("capabilities")}</p> : null}
        </fieldset>
      </fieldset>

      <fieldset className="grid gap-4 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <legend className="px-1 text-base font-semibold text-slate-900">Owners and escalation</legend>
        {OWNER_ROLES.map((role) => (
          <FormField key={role} label={OWNER_ROLE_LABELS[role]} error={err(`owners.${role}`)}>
            {(props) => (
              <select {...props} name={`owners.${role}`} defaultValue={owner.get(role) ?? ""}>
                <option value="">Nobody yet</option>
                {people}
              </select>
            )}
          </FormField>
        ))}
        <EditableRowList
          legend="Escalation path (who is called, in order, when it breaks)"
          noun="step"
          rows={steps}
          max={MAX_ESCALATION_STEPS}
          reorderable
          empty="No escalation path yet: add the first person or rota to call."
          blank={() => ({ user: "", contact: "" })}
        >
          {(step, i) => (
            <>
              <FormField label={`Step ${i + 1}: person`} error={err(`escalationPath.${i}.user`)}>
                {(props) => (
                  <select {...props} name={`escalationPath.${i}.user`} defaultValue={step.user}>
                    <option value="">No person</option>
                    {people}
                  </select>
                )}
              </FormField>
              <div className="sm:col-span-2">
                <FormField label={`Step ${i + 1}: rota, channel or phone`} error={err(`escalationPath.${i}.contact`)}>
                  {(props) => <input {...props} name={`escalationPath.${i}.contact`} defaultValue={step.contact} />}
                </FormField>
              </div>
            </>
          )}
        </EditableRowList>
        {err("escalationPath") ? <p className="text-sm text-red-700 sm:col-span-2">{err("escalationPath")}</p> : null}
      </fieldset>

      <fieldset className="grid gap-4 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <legend className="px-1 text-base font-semibold text-slate-900">Links and references</legend>
        <RecordLinksFields record={integration} errors={errors} />
      </fieldset>

      <fieldset className="grid gap-4 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <legend className="px-1 text-base font-semibold text-slate-900">Validation and exception routing</legend>
        <EditableRowList
          legend="Validation rules (what a record must satisfy before it is passed on)"
          noun="rule"
          rows={rules}
          max={MAX_VALIDATION_RULES}
          empty="No validation rule recorded."
          blank={() => ({ kind: "required_field", field: "", description: "" })}
        >
          {(rule, i) => (
            <>
              <EnumSelect
                name={`validationRules.${i}.kind`}
                label={`Rule ${i + 1}: kind`}
                values={VALIDATION_RULE_KINDS}
                value={rule.kind}
                error={err(`validationRules.${i}.kind`)}
              />
              <FormField label={`Rule ${i + 1}: field`} hint="The field it checks, if one." error={err(`validationRules.${i}.field`)}>
                {(props) => <input {...props} name={`validationRules.${i}.field`} defaultValue={rule.field ?? ""} placeholder="customer_id" />}
              </FormField>
              <FormField label={`Rule ${i + 1}: description`} error={err(`validationRules.${i}.description`)} required>
                {(props) => <input {...props} name={`validationRules.${i}.description`} defaultValue={rule.description} />}
              </FormField>
            </>
          )}
        </EditableRowList>
        {err("validationRules") ? <p className="text-sm text-red-700 sm:col-span-2">{err("validationRules")}</p> : null}
        <EditableRowList
          legend="Exception routing (where each kind of error goes, and who handles it)"
          noun="route"
          rows={routes}
          max={EXCEPTION_TYPES.length}
          empty="No exception routing recorded: errors have nowhere defined to go."
          blank={() => ({
            errorType: EXCEPTION_TYPES.find((type) => !routes.rows.some((r) => r.value.errorType === type)) ?? "unclassified",
            action: "error_queue",
            handler: "",
          })}
          extraActions={
            routes.rows.length === 0 ? (
              <button type="button" className={buttonStyles.secondary} onClick={() => routes.replace(STANDARD_EXCEPTION_ROUTES.map((route) => ({ ...route })))}>
                Use the standard routing
              </button>
            ) : null
          }
        >
          {(route, i) => (
            <>
              <EnumSelect
                name={`exceptionRoutes.${i}.errorType`}
                label={`Route ${i + 1}: error type`}
                values={EXCEPTION_TYPES}
                value={route.errorType}
                error={err(`exceptionRoutes.${i}.errorType`)}
              />
              <EnumSelect
                name={`exceptionRoutes.${i}.action`}
                label={`Route ${i + 1}: action`}
                values={EXCEPTION_ACTIONS}
                value={route.action}
                error={err(`exceptionRoutes.${i}.action`)}
              />
              <FormField label={`Route ${i + 1}: handler`} hint="Who handles it, e.g. data_operations." error={err(`exceptionRoutes.${i}.handler`)}>
                {(props) => <input {...props} name={`exceptionRoutes.${i}.handler`} defaultValue={route.handler ?? ""} />}
              </FormField>
            </>
          )}
        </EditableRowList>
      </fieldset>

      <div className="flex gap-2">
        <button type="submit" className={buttonStyles.primary} disabled={pending}>
          {pending ? "Saving…" : isNew ? "Register integration" : "Save changes"}
        </button>
        <button type="button" className={buttonStyles.secondary} onClick={() => router.back()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
