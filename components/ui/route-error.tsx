"use client";

import { buttonStyles } from "@/components/ui/button-styles";

export type RouteErrorProps = {
  /** What could not be loaded, e.g. "The catalog". */
  subject: string;
  reset: () => void;
  /** Reassurance specific to the section, appended to the standard hint. */
  hint?: string;
};

/** The body of a portal segment's error.tsx: says nothing was changed and offers to retry the segment. */
export function RouteError({ subject, reset, hint }: RouteErrorProps) {
  return (
    <div role="alert" className="rounded-xl border border-red-300 bg-red-50 p-6">
      <p className="font-semibold text-red-900">{subject} could not be loaded.</p>
      <p className="mt-1 text-sm text-red-800">
        Nothing was changed. Try again; if it keeps failing, the server log says why.{hint ? ` ${hint}` : ""}
      </p>
      <button type="button" onClick={reset} className={`${buttonStyles.secondary} mt-4`}>Try again</button>
    </div>
  );
}
