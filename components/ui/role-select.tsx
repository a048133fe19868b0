"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { ROLES } from "@/lib/auth/permissions";
import { changeUserRoleAction } from "@/lib/users/actions";

export function RoleSelect({ userId, userName, role }: { userId: string; userName: string; role: string }) {
  const [value, setValue] = useState(role);
  const [pending, startTransition] = useTransition();
  return (
    <select
      aria-label={`Role of ${userName}`}
      value={value}
      disabled={pending}
      onChange={(event) => {
        const next = event.target.value;
        const previous = value;
        setValue(next);
        startTransition(async () => {
          const result = await changeUserRoleAction(userId, next);
          if (result.ok) toast.success(result.message);
          else {
            setValue(previous);
            toast.error(result.error);
          }
        });
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
