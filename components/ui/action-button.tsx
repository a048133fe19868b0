"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/**
 * A button that runs one server action and says how it went in a toast: "retry now", "redeliver", "send test
 * event", "mark read". `onDone` lets a caller refresh client caches (e.g. the inbox badge) after success.
 * With `confirm` (what will happen, in words) it first asks in a dialog: for revocations, unlinks and the like.
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
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button
        type="button"
        className={buttonStyles[variant]}
        disabled={pending}
        aria-label={ariaLabel}
        aria-haspopup={confirm ? "dialog" : undefined}
        onClick={() => (confirm ? setAsking(true) : run(action))}
      >
        {pending ? pendingLabel : label}
      </button>
      {confirm ? (
        <ConfirmDialog
          open={asking}
          title={`${ariaLabel ?? label}?`}
          confirmLabel={label}
          tone={variant === "danger" ? "danger" : "primary"}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            run(action);
          }}
        >
          <p>{confirm}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
