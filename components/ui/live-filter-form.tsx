"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useTransition, type ReactNode } from "react";

/** Typing waits for a pause before the list reloads; a choice in a select applies at once. */
const TYPING_DELAY_MS = 300;

/** The filters a form holds, as the URL should carry them: only the set ones, and no value equal to its default. */
function filterSearch(form: HTMLFormElement, defaults: Readonly<Record<string, string>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (typeof value !== "string" || value.trim() === "" || defaults[key] === value) continue;
    params.append(key, value);
  }
  return params.toString();
}

/**
 * A list's filter form that filters as the person types or chooses (no "Apply" needed), and writes only the
 * filters that are set into the URL: `?health=failing`, not seventeen empty parameters. Each applied filter is a
 * history entry, so Back returns to the previous filters; the fields are uncontrolled (the server renders their
 * values), so focus and the caret stay in the field being typed in. It stays a GET form, so it also works before
 * the page's JavaScript has loaded. `defaults` are values the URL leaves out (the default sort).
 */
export function LiveFilterForm({
  children,
  className,
  label,
  defaults = {},
}: {
  children: ReactNode;
  className?: string;
  label?: string;
  defaults?: Readonly<Record<string, string>>;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The last URL this form asked for: when it arrives, the person may already have typed further, so keep the fields.
  const pushed = useRef<string | null>(null);
  useEffect(() => () => clearTimeout(timer.current), []);

  // Back and Forward change the URL without touching the fields, and a field the person typed in keeps its typed
  // value over the server's new default: put the URL's filters back into the fields. Our own pushes match already.
  const search = searchParams.toString();
  useEffect(() => {
    const element = form.current;
    if (pushed.current === search) {
      pushed.current = null;
      return;
    }
    if (!element || timer.current !== undefined || filterSearch(element, defaults) === search) return;
    const params = new URLSearchParams(search);
    for (const field of element.elements) {
      if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement) || !field.name) continue;
      if (field.type === "hidden" || field.type === "checkbox" || field.type === "radio") continue;
      field.value = params.get(field.name) ?? defaults[field.name] ?? "";
    }
    // `defaults` is a literal at each call site; the URL alone decides when to sync.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search]);

  const apply = (element: HTMLFormElement) => {
    const next = filterSearch(element, defaults);
    if (next === search) return;
    pushed.current = next;
    startTransition(() => router.push(next ? `${pathname}?${next}` : pathname, { scroll: false }));
  };

  return (
    <form
      ref={form}
      role="search"
      aria-label={label}
      aria-busy={pending || undefined}
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        clearTimeout(timer.current);
        timer.current = undefined;
        apply(event.currentTarget);
      }}
      onChange={(event) => {
        const element = event.currentTarget;
        const target = event.target as unknown as HTMLInputElement;
        // A control without a name is not a filter (a combobox's text, which applies when a choice is picked).
        if (!target.name) return;
        const typing = target.tagName === "INPUT" && ["search", "text", "email"].includes(target.type);
        clearTimeout(timer.current);
        timer.current = setTimeout(
          () => {
            timer.current = undefined;
            apply(element);
          },
          typing ? TYPING_DELAY_MS : 0,
        );
      }}
    >
      {children}
    </form>
  );
}
