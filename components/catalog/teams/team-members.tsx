"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { addTeamMemberAction, removeTeamMemberAction, setTeamLeadAction } from "@/lib/catalog/teams/actions";
import { zAddTeamMemberInput } from "@/lib/catalog/teams/schemas";
import type { FormActionResult } from "@/lib/catalog/contracts/action-result";
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

const smallButton = "rounded border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50";

/**
 * A team's members. Admins and the team's leads (`canManage`) also add people, make or unmake leads and remove
 * members; every change is audited on the team.
 */
export function TeamMembers({ team, members, canManage, people }: { team: string; members: TeamMemberRow[]; canManage: boolean; people: { email: string; name: string }[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | undefined>();

  const run = (action: () => Promise<FormActionResult>, onFieldError?: (result: Extract<FormActionResult, { ok: false }>) => void) =>
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        toast.success(result.message);
        setError(undefined);
        router.refresh();
      } else {
        onFieldError?.(result);
        toast.error(result.error);
      }
    });

  return (
    <section className="rounded-xl border border-slate-200 bg-white shadow-sm" aria-labelledby="team-members-heading">
      <h2 id="team-members-heading" className="border-b border-slate-200 px-4 py-2 text-sm font-semibold text-slate-900">Members</h2>
      {members.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-600">Nobody belongs to this team yet{canManage ? ": add the first member below." : "."}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {members.map((member) => (
            <li key={member.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
              <div>
                <p className="font-medium text-slate-900">{member.name} {member.isLead ? <Badge tone="info">lead</Badge> : null}</p>
                <p className="text-xs text-slate-600">{member.email}{member.title ? ` · ${member.title}` : ""}</p>
              </div>
              <div className="flex items-center gap-2">
                <Badge>{member.role}</Badge>
                {canManage ? (
                  <>
                    <button type="button" className={smallButton} disabled={pending} onClick={() => run(() => setTeamLeadAction(team, member.id, !member.isLead))}>
                      {member.isLead ? `Unmake ${member.name} lead` : `Make ${member.name} lead`}
                    </button>
                    <button type="button" className={smallButton} disabled={pending} onClick={() => run(() => removeTeamMemberAction(team, member.id))}>
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
          className="flex flex-wrap items-end gap-3 border-t border-slate-200 px-4 py-3"
          onSubmit={(event) => {
            event.preventDefault();
            const form = event.currentTarget;
            const data = new FormData(form);
            const input = { email: String(data.get("email") ?? ""), isLead: data.get("isLead") === "on" };
            const parsed = zAddTeamMemberInput.safeParse(input);
            if (!parsed.success) return setError(parsed.error.issues[0].message);
            run(
              async () => {
                const result = await addTeamMemberAction(team, input);
                if (result.ok) form.reset();
                return result;
              },
              (result) => setError(result.fieldErrors.email ?? result.error),
            );
          }}
        >
          <div className="min-w-64 flex-1">
            <FormField label="Person" error={error} required hint={people.length ? undefined : "Everyone with an account already belongs to this team."}>
              {(props) => (
                <select {...props} name="email" defaultValue="">
                  <option value="" disabled>Choose a person…</option>
                  {people.map((p) => <option key={p.email} value={p.email}>{p.name} ({p.email})</option>)}
                </select>
              )}
            </FormField>
          </div>
          <label className="flex items-center gap-1.5 pb-2 text-sm text-slate-800">
            <input type="checkbox" name="isLead" className="h-4 w-4" /> Team lead
          </label>
          <button type="submit" className={buttonStyles.primary} disabled={pending || people.length === 0}>{pending ? "Saving…" : "Add member"}</button>
        </form>
      ) : null}
    </section>
  );
}
