"use client";

import { labelOf } from "@/lib/labels/enum-labels";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { announceDeprecationAction } from "@/lib/deprecations/actions";
import { zAnnounceDeprecationInput } from "@/lib/deprecations/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";

const DAY_MS = 86_400_000;
const addDays = (isoDay: string, days: number) => new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export interface DeprecateFormProps {
  target: { kind: "contract_version" | "integration"; id: string; label: string };
  consumerCount: number;
  rule: { criticality: string; minimumNoticeDays: number; acknowledgeWithinDays: number };
  replacements: { versions: { id: string; label: string }[]; integrations: { id: string; label: string }[] };
  mayGrantException: boolean;
  /** Today (UTC) as the server saw it, so the form renders the same on both sides. */
  today: string;
}

/** Announces a deprecation of one version or integration; the policy's minimum notice is shown before anyone submits. */
export function DeprecateForm({ target, consumerCount, rule, replacements, mayGrantException, today }: DeprecateFormProps) {
  const router = useRouter();
  const { formRef, errors, pending, check, run } = useActionForm<{ href: string }>({ onSuccess: ({ href }) => router.push(href) });
  const [sunset, setSunset] = useState(addDays(today, rule.minimumNoticeDays + 1));
  // The server counts whole days from the moment of the announcement to the sunset's midnight (UTC), so a date
  // ten calendar days away gives nine whole days once today has begun: the hint counts the same way.
  const notice = Math.floor((Date.parse(`${sunset}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS) - 1;
  const short = Number.isFinite(notice) && notice < rule.minimumNoticeDays;

  return (
    <form
      noValidate
      className="space-y-4"
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const text = (name: string) => String(data.get(name) ?? "");
        const replacement = text("replacement");
        const input = {
          targetKind: target.kind,
          ...(target.kind === "contract_version" ? { contractVersionId: target.id } : { integrationId: target.id }),
          reason: text("reason"),
          replacementVersionId: replacement.startsWith("version:") ? replacement.slice(8) : null,
          replacementIntegrationId: replacement.startsWith("integration:") ? replacement.slice(12) : null,
          migrationGuideUrl: text("migrationGuideUrl"),
          migrationGuide: text("migrationGuide"),
          sunsetAt: text("sunsetAt"),
          noticeExceptionReason: text("noticeExceptionReason"),
        };
        if (!check(zAnnounceDeprecationInput, input)) return;
        run(() => announceDeprecationAction(input));
      }}
    >
      <p className="text-sm text-slate-700">
        Deprecating <strong>{target.label}</strong> notifies the owners of its {consumerCount} consumer{consumerCount === 1 ? "" : "s"} and opens a migration
        for each. They must acknowledge within {rule.acknowledgeWithinDays} days or the escalation path is called.
      </p>
      <FormField label="Reason" error={errors.reason} required>
        {(props) => <textarea {...props} name="reason" rows={2} />}
      </FormField>
      <FormField label="Replacement" hint="What consumers should move to." error={errors.replacementVersionId ?? errors.replacementIntegrationId}>
        {(props) => (
          <select {...props} name="replacement" defaultValue="">
            <option value="">No direct replacement</option>
            {replacements.versions.length ? (
              <optgroup label="Contract versions">
                {replacements.versions.map((v) => (
                  <option key={v.id} value={`version:${v.id}`}>
                    {v.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {replacements.integrations.length ? (
              <optgroup label="Integrations">
                {replacements.integrations.map((i) => (
                  <option key={i.id} value={`integration:${i.id}`}>
                    {i.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        )}
      </FormField>
      <FormField label="Migration guide (address)" hint="Linked from the gateway's Deprecation and Sunset headers." error={errors.migrationGuideUrl}>
        {(props) => <input {...props} name="migrationGuideUrl" type="url" placeholder="https://" />}
      </FormField>
      <FormField label="Migration guide (text)" hint="Or write the steps here." error={errors.migrationGuide}>
        {(props) => <textarea {...props} name="migrationGuide" rows={3} />}
      </FormField>
      <FormField
        label="Sunset date"
        required
        hint={`Policy for ${labelOf("Criticality", rule.criticality)}: at least ${rule.minimumNoticeDays} days of notice (sunset on or after ${addDays(today, rule.minimumNoticeDays + 1)}). This date gives ${Number.isFinite(notice) ? notice : "?"} days.`}
        error={
          errors.sunsetAt ??
          (short
            ? mayGrantException
              ? "Shorter than the policy: give an exception reason below."
              : "Shorter than the policy allows: choose a later date, or ask an admin."
            : undefined)
        }
      >
        {(props) => <input {...props} name="sunsetAt" type="date" min={addDays(today, 1)} value={sunset} onChange={(e) => setSunset(e.target.value)} />}
      </FormField>
      {mayGrantException ? (
        <FormField
          label="Notice exception (admins)"
          hint="Only for a sunset shorter than the policy: say why consumers get less time."
          error={errors.noticeExceptionReason}
        >
          {(props) => <textarea {...props} name="noticeExceptionReason" rows={2} />}
        </FormField>
      ) : null}
      <button type="submit" className={buttonStyles.danger} disabled={pending}>
        {pending ? "Announcing…" : "Announce the deprecation"}
      </button>
    </form>
  );
}
