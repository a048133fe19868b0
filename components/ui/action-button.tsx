"use client";

import type { ActionResult } from "@/lib/actions/result";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";

/**
 * A button that runs one server action and says how it went in a toast: "retry now", "redeliver", "send test
 * event", "mark read". `onDone` lets a caller refresh client caches (e.g. the inbox badge) after success.
 */
export function ActionButton({
  action,
  label,
  pendingLabel,
  ariaLabel,
  variant = "secondary",
  confirm,
  onDone,
}: {
  action: () => Promise<ActionResult<unknown>>;
  label: string;
  pendingLabel: string;
  ariaLabel?: string;
  variant?: keyof typeof buttonStyles;
  confirm?: string;
  onDone?: () => void;
}) {
  // The caller decides what follows a success (a refresh, a redirect, a badge to update), not the hook's default.
  const { pending, run } = useActionForm<unknown>({ onSuccess: () => onDone?.() });
  return (
    <button
      type="button"
      className={buttonStyles[variant]}
      disabled={pending}
      aria-label={ariaLabel}
      onClick={() => {
        if (confirm && !window.confirm(confirm)) return;
        run(action);
      }}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
