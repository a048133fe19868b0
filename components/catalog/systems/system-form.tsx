"use client";

import { useRouter } from "next/navigation";
import { CRITICALITIES, humanize, LIFECYCLES } from "@/lib/catalog/integrations/schemas";
import { createSystemAction, updateSystemAction } from "@/lib/catalog/systems/actions";
import { SYSTEM_KINDS, zSystemInput, zSystemUpdateInput, type SystemOutput } from "@/lib/catalog/systems/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";
import { RecordLinksFields } from "@/components/catalog/links/record-links-fields";
import { readLinkFields } from "@/lib/catalog/links/form-input";

const text = (data: FormData, name: string) => String(data.get(name) ?? "").trim();

/** Registration and edits of a system share this form; the slug is chosen once. */
export function SystemForm({ teams, system, version }: { teams: { slug: string; name: string }[]; system?: SystemOutput; version?: string }) {
  const router = useRouter();
  const isNew = !system;
  const { formRef, errors, pending, check, run } = useActionForm<{ href: string }>({
    guardUnsaved: true,
    onSuccess: ({ href }) => {
      router.push(href);
      router.refresh();
    },
  });
  return (
    <form
      noValidate
      aria-label={isNew ? "Register a system" : `Edit ${system.name}`}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5"
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const input = {
          ...(isNew ? { slug: text(data, "slug") } : {}),
          name: text(data, "name"),
          description: text(data, "description") || null,
          kind: text(data, "kind"),
          businessDomain: text(data, "businessDomain"),
          vendor: text(data, "vendor") || null,
          ownerTeam: text(data, "ownerTeam"),
          criticality: text(data, "criticality"),
          lifecycle: text(data, "lifecycle"),
          isExternal: data.get("isExternal") === "on",
          ...readLinkFields(data),
        };
        if (!check(isNew ? zSystemInput : zSystemUpdateInput, input)) return;
        run(() => (isNew ? createSystemAction(input) : updateSystemAction({ slug: system.slug, version: version ?? "", values: input })));
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Name" error={errors.name} required>
          {(props) => <input {...props} name="name" defaultValue={system?.name} />}
        </FormField>
        {isNew ? (
          <FormField label="Slug" hint="Lowercase, used in URLs and imports, e.g. order-service. It cannot change later." error={errors.slug} required>
            {(props) => <input {...props} name="slug" />}
          </FormField>
        ) : (
          <div />
        )}
        <div className="sm:col-span-2">
          <FormField label="Description" error={errors.description}>
            {(props) => <textarea {...props} name="description" rows={3} defaultValue={system?.description ?? ""} />}
          </FormField>
        </div>
        <FormField label="Kind" error={errors.kind} required>
          {(props) => (
            <select {...props} name="kind" defaultValue={system?.kind ?? ""}>
              <option value="" disabled>
                Choose…
              </option>
              {SYSTEM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {humanize(k)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Business domain" hint="e.g. Commerce, Finance." error={errors.businessDomain} required>
          {(props) => <input {...props} name="businessDomain" defaultValue={system?.businessDomain} />}
        </FormField>
        <FormField label="Vendor" error={errors.vendor}>
          {(props) => <input {...props} name="vendor" defaultValue={system?.vendor ?? ""} />}
        </FormField>
        <FormField label="Owner team" error={errors.ownerTeam} required hint={teams.length ? undefined : "You are in no team: ask an admin to add you to one."}>
          {(props) => (
            <select {...props} name="ownerTeam" defaultValue={system?.ownerTeam?.slug ?? (teams.length === 1 ? teams[0].slug : "")}>
              <option value="" disabled>
                Choose a team…
              </option>
              {teams.map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Criticality" error={errors.criticality} required>
          {(props) => (
            <select {...props} name="criticality" defaultValue={system?.criticality ?? "tier3"}>
              {CRITICALITIES.map((c) => (
                <option key={c} value={c}>
                  {humanize(c)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Lifecycle" error={errors.lifecycle} required>
          {(props) => (
            <select {...props} name="lifecycle" defaultValue={system?.lifecycle ?? "active"}>
              {LIFECYCLES.map((l) => (
                <option key={l} value={l}>
                  {humanize(l)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="flex items-center gap-2">
          <input id="isExternal" type="checkbox" name="isExternal" defaultChecked={system?.isExternal} className="h-4 w-4" />
          <label htmlFor="isExternal" className="text-sm text-slate-800">
            Run by a third party (external)
          </label>
        </div>
        <RecordLinksFields record={system} errors={errors} />
      </div>
      <div className="flex gap-2">
        <button type="submit" className={buttonStyles.primary} disabled={pending}>
          {pending ? "Saving…" : isNew ? "Register system" : "Save changes"}
        </button>
        <button type="button" className={buttonStyles.secondary} onClick={() => router.back()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
