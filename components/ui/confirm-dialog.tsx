"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { buttonStyles } from "@/components/ui/button-styles";

/**
 * The one modal of the portal, for irreversible actions: a native `<dialog>` opened with showModal(), so the
 * browser makes the rest of the page inert, keeps the keyboard inside, closes it on Escape and gives the focus back
 * to the button that opened it. It says what will happen before anything does.
 */
export function Dialog({ open, title, onClose, children }: { open: boolean; title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) dismisses it.
        if (event.target === event.currentTarget) onClose();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      {open ? (
        <div className="space-y-4 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}

/** A yes-or-no question about an irreversible action: what will happen, and the two answers. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  tone = "danger",
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  tone?: "danger" | "primary";
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog open={open} title={title} onClose={onCancel}>
      <div className="space-y-2 text-sm text-slate-700">{children}</div>
      <div className="flex flex-wrap justify-end gap-2">
        {/* The safe answer comes first and takes the focus: Enter right away does not destroy anything. */}
        <button type="button" className={buttonStyles.secondary} onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className={buttonStyles[tone]} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}

/**
 * One button that opens a dialog holding a form (archive with a reason, retire with an override): the form is not
 * open on the page, and its own submit button is the confirmation. `children` gets `close` for its Cancel button.
 */
export function DialogButton({
  label,
  title,
  variant = "danger",
  disabled = false,
  children,
}: {
  label: string;
  title: string;
  variant?: "danger" | "secondary";
  disabled?: boolean;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <>
      <button type="button" className={buttonStyles[variant]} aria-haspopup="dialog" disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </button>
      <Dialog open={open} title={title} onClose={close}>
        {children(close)}
      </Dialog>
    </>
  );
}
