"use client";

import { useState } from "react";
import { ROLES } from "@/lib/auth/permissions";
import { changeUserRoleAction } from "@/lib/users/actions";
import { useActionForm } from "@/components/forms/use-action-form";

export function RoleSelect({ userId, userName, role }: { userId: string; userName: string; role: string }) {
  const [value, setValue] = useState(role);
  const [previous, setPrevious] = useState(role);
  // The choice shows at once; a refusal puts the previous role back.
  const { pending, run } = useActionForm({ onSuccess: () => undefined, onFailure: () => setValue(previous) });
  return (
    <select
      aria-label={`Role of ${userName}`}
      value={value}
      disabled={pending}
      onChange={(event) => {
        const next = event.target.value;
        setPrevious(value);
        setValue(next);
        run(() => changeUserRoleAction({ userId, role: next }));
      }}
      className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm disabled:opacity-60"
    >
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {r}
        </option>
      ))}
    </select>
  );
}
