"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { toast } from "sonner";
import type { z } from "zod";
import { fieldErrorsOf, INVALID_FIELDS_MESSAGE, type ActionFailure, type ActionResult } from "@/lib/actions/result";
import { removeErrorSummary, showErrorSummary } from "@/components/forms/error-summary";

type FieldErrors = Record<string, string>;

const LEAVE_QUESTION = "Leave this page? Your changes are not saved.";

export interface ActionFormOptions<T> {
  /** What follows a success, after its toast; without it the page is refreshed so that it shows the change. */
  onSuccess?: (value: T) => void;
  /** The success toast when the form can say it better than the action (what changed, in the form's words). */
  successMessage?: (value: T) => string;
  /** A refusal, after its errors are shown: to undo an optimistic change. */
  onFailure?: (failure: ActionFailure) => void;
  /** Ask before leaving the page with edits not yet saved: record forms, where a lost edit costs minutes. */
  guardUnsaved?: boolean;
}

/** Moves errors onto the keys a form renders them under (rows the person reordered before submitting). */
type MapErrors = (errors: FieldErrors) => FieldErrors;
const asIs: MapErrors = (errors) => errors;

/** The first control marked invalid, in the order of the page, that can take the focus. */
export function firstInvalidControl(form: ParentNode): HTMLElement | null {
  return form.querySelector<HTMLElement>('[aria-invalid="true"]:not([disabled]), [data-invalid] input:not([disabled])');
}

/**
 * The one life of a form that runs a server action: a pending state, inline field errors (from the browser's
 * pre-check with the server's schema, or from the server), a toast either way, and after a refused submit an error
 * summary at the top of the form (each error a link to its field) and the keyboard focus on the first invalid
 * field, scrolled into the middle of the view. Attach `formRef` to the `<form>`; buttons without a form use `run`.
 */
export function useActionForm<T = unknown>({ onSuccess, onFailure, successMessage, guardUnsaved = false }: ActionFormOptions<T> = {}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // Bumped on every refusal: the effect runs after React rendered the errors, when aria-invalid is on the controls.
  const [refusals, setRefusals] = useState(0);
  const formErrorRef = useRef<string | null>(null);

  useEffect(() => {
    const form = formRef.current;
    if (refusals === 0 || !form) return;
    showErrorSummary(form, formErrorRef.current ?? INVALID_FIELDS_MESSAGE);
    const first = firstInvalidControl(form);
    if (first) {
      first.focus({ preventScroll: true });
      first.scrollIntoView({ block: "center" });
    } else form.querySelector<HTMLElement>(":scope > [data-error-summary]")?.focus();
  }, [refusals]);

  // Edits not yet saved are not lost silently: leaving the page (a link, a reload, closing the tab) asks first.
  const dirty = useRef(false);
  useEffect(() => {
    const form = formRef.current;
    if (!form || !guardUnsaved) return;
    const markDirty = () => {
      dirty.current = true;
    };
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    // In the capture phase, before the router's own link handler: a refusal stops the navigation altogether.
    const leaveByLink = (event: MouseEvent) => {
      if (!dirty.current || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin || (url.pathname === window.location.pathname && url.search === window.location.search)) return;
      if (window.confirm(LEAVE_QUESTION)) dirty.current = false;
      else {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    form.addEventListener("input", markDirty);
    form.addEventListener("change", markDirty);
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", leaveByLink, true);
    return () => {
      form.removeEventListener("input", markDirty);
      form.removeEventListener("change", markDirty);
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", leaveByLink, true);
    };
  }, [guardUnsaved]);

  // A fixed form loses its summary; a refused one keeps it until the next answer.
  useEffect(() => {
    if (formRef.current && Object.keys(errors).length === 0 && formError === null) removeErrorSummary(formRef.current);
  }, [errors, formError]);

  /** Shows a refusal: the errors next to their fields, the message in a toast, the focus on the first field. */
  const fail = (fieldErrors: FieldErrors, message: string) => {
    setErrors(fieldErrors);
    setFormError(message);
    formErrorRef.current = message;
    toast.error(message);
    setRefusals((count) => count + 1);
  };

  /** The browser's pre-check with the schema the server parses with: the parsed input, or null (errors shown). */
  const check = <S extends z.ZodType>(schema: S, input: unknown, mapErrors = asIs): z.output<S> | null => {
    const parsed = schema.safeParse(input);
    if (parsed.success) {
      setErrors({});
      return parsed.data;
    }
    fail(mapErrors(fieldErrorsOf(parsed.error)), INVALID_FIELDS_MESSAGE);
    return null;
  };

  /** Runs the action in a transition and shows its result. */
  const run = (action: () => Promise<ActionResult<T>>, mapErrors = asIs) =>
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        dirty.current = false;
        setErrors({});
        setFormError(null);
        toast.success(successMessage ? successMessage(result.value) : result.message);
        if (onSuccess) onSuccess(result.value);
        else router.refresh();
      } else {
        fail(mapErrors(result.fieldErrors), result.error);
        onFailure?.(result);
      }
    });

  /** A `<form>`'s submit handler: runs the action with the submitted form's data. */
  const submitWith = (action: (data: FormData) => Promise<ActionResult<T>>) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    run(() => action(data));
  };

  /** Forgets one field's error once the person changed it. */
  const clearError = (key: string) =>
    setErrors((current) => (key in current ? Object.fromEntries(Object.entries(current).filter(([k]) => k !== key)) : current));

  return { formRef, errors, formError, pending, check, run, submitWith, fail, clearError, setErrors };
}

/** A text field of submitted form data: the empty string when it is absent, for the schema to judge. */
export const formText = (data: FormData, name: string) => String(data.get(name) ?? "");
