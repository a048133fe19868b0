"use client";

import { useRouter } from "next/navigation";
import { addTeamMemberAction, removeTeamMemberAction, setTeamLeadAction } from "@/lib/catalog/teams/actions";
import { zAddTeamMemberInput } from "@/lib/catalog/teams/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";

export interface TeamMemberRow {
  id: string;
  name: string;
  email: string;
  title: string | null;
  role: string;
  isLead: boolean;
}

const smallButton =
  "rounded border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50";

/**
 * A team's members. Admins and the team's leads (`canManage`) also add people, make or unmake leads and remove
 * members; every change is audited on the team.
 */
export function TeamMembers({
  team,
  members,
  canManage,
  people,
}: {
  team: string;
  members: TeamMemberRow[];
  canManage: boolean;
  people: { email: string; name: string }[];
}) {
  const router = useRouter();
  const buttons = useActionForm();
  const adder = useActionForm({
    onSuccess: () => {
      addFormRef.current?.reset();
      router.refresh();
    },
  });
  const addFormRef = adder.formRef;
  const pending = buttons.pending || adder.pending;
  const error = adder.errors.email ?? adder.formError ?? undefined;

  return (
    <section className="rounded-xl border border-slate-200 bg-white shadow-sm" aria-labelledby="team-members-heading">
      <h2 id="team-members-heading" className="border-b border-slate-200 px-4 py-2 text-sm font-semibold text-slate-900">
        Members
      </h2>
      {members.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-600">Nobody belongs to this team yet{canManage ? ": add the first member below." : "."}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {members.map((member) => (
            <li key={member.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
              <div>
                <p className="font-medium text-slate-900">
                  {member.name} {member.isLead ? <Badge tone="info">lead</Badge> : null}
                </p>
                <p className="text-xs text-slate-600">
                  {member.email}
                  {member.title ? ` · ${member.title}` : ""}
                </p>
              </div>
              <div className="flex items-center gap-2">
                <Badge>{member.role}</Badge>
                {canManage ? (
                  <>
                    <button
                      type="button"
                      className={smallButton}
                      disabled={pending}
                      onClick={() => buttons.run(() => setTeamLeadAction({ team, userId: member.id, isLead: !member.isLead }))}
                    >
                      {member.isLead ? `Unmake ${member.name} lead` : `Make ${member.name} lead`}
                    </button>
                    <button
                      type="button"
                      className={smallButton}
                      disabled={pending}
                      onClick={() => buttons.run(() => removeTeamMemberAction({ team, userId: member.id }))}
                    >
                      Remove {member.name}
                    </button>
                  </>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {canManage ? (
        <form
          aria-label="Add a member"
          ref={addFormRef}
          className="flex flex-wrap items-end gap-3 border-t border-slate-200 px-4 py-3"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const input = { email: String(data.get("email") ?? ""), isLead: data.get("isLead") === "on" };
            if (!adder.check(zAddTeamMemberInput, input)) return;
            adder.run(() => addTeamMemberAction({ team, values: input }));
          }}
        >
          <div className="min-w-64 flex-1">
            <FormField label="Person" error={error} required hint={people.length ? undefined : "Everyone with an account already belongs to this team."}>
              {(props) => (
                <select {...props} name="email" defaultValue="">
                  <option value="" disabled>
                    Choose a person…
                  </option>
                  {people.map((p) => (
                    <option key={p.email} value={p.email}>
                      {p.name} ({p.email})
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </div>
          <label className="flex items-center gap-1.5 pb-2 text-sm text-slate-800">
            <input type="checkbox" name="isLead" className="h-4 w-4" /> Team lead
          </label>
          <button type="submit" className={buttonStyles.primary} disabled={pending || people.length === 0}>
            {pending ? "Saving…" : "Add member"}
          </button>
        </form>
      ) : null}
    </section>
  );
}
