"use client";

import { useState } from "react";
import { ROLES } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { ENUM_LABELS } from "@/lib/labels/enum-labels";
import { changeUserRoleAction } from "@/lib/users/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/** What each role may do, said where an admin is about to give or take it. */
const ROLE_POWERS: Record<Role, string> = {
  viewer: "reads the catalog, reviews and dashboards, and changes nothing",
  owner: "registers and edits their teams' integrations, contracts and consumers, and proposes contract changes",
  reviewer: "approves or rejects proposed contract changes, besides what an owner does",
  admin: "changes everything, including people's roles, tokens and webhooks",
};

/** A person's role: choosing another one asks first, and applies only when the admin confirms. */
export function RoleSelect({ userId, userName, role }: { userId: string; userName: string; role: Role }) {
  const [value, setValue] = useState<Role>(role);
  const [proposed, setProposed] = useState<Role | null>(null);
  // A refusal puts the previous role back.
  const { pending, run } = useActionForm({ onSuccess: () => undefined, onFailure: () => setValue(role) });
  return (
    <>
      <select
        aria-label={`Role of ${userName}`}
        value={value}
        disabled={pending}
        onChange={(event) => setProposed(event.target.value as Role)}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm disabled:opacity-60"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ENUM_LABELS.Role[r]}
          </option>
        ))}
      </select>
      <ConfirmDialog
        open={proposed !== null}
        title={`Make ${userName} ${proposed ? ENUM_LABELS.Role[proposed].toLowerCase() : ""}?`}
        confirmLabel="Change the role"
        tone={proposed === "admin" || value === "admin" ? "danger" : "primary"}
        onCancel={() => setProposed(null)}
        onConfirm={() => {
          const next = proposed!;
          setProposed(null);
          setValue(next);
          run(() => changeUserRoleAction({ userId, role: next }));
        }}
      >
        {proposed ? (
          <>
            <p>
              {userName} is now {ENUM_LABELS.Role[value].toLowerCase()}: they {ROLE_POWERS[value]}.
            </p>
            <p>
              As {ENUM_LABELS.Role[proposed].toLowerCase()} they {ROLE_POWERS[proposed]}. It applies at their next request.
            </p>
          </>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
