"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import { buttonStyles } from "@/components/ui/button-styles";

export type ActionOutcome = { ok: true; message: string } | { ok: false; error: string };

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
  action: () => Promise<ActionOutcome>;
  label: string;
  pendingLabel: string;
  ariaLabel?: string;
  variant?: keyof typeof buttonStyles;
  confirm?: string;
  onDone?: () => void;
}) {
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className={buttonStyles[variant]}
      disabled={pending}
      aria-label={ariaLabel}
      onClick={() => {
        if (confirm && !window.confirm(confirm)) return;
        startTransition(async () => {
          const result = await action();
          if (result.ok) {
            toast.success(result.message);
            onDone?.();
          } else toast.error(result.error);
        });
      }}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
