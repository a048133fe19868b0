"use client";

import { buttonStyles } from "@/components/ui/button-styles";
import { useDatabaseOutage } from "@/components/shell/use-database-outage";

export type RouteErrorProps = {
  /** What could not be loaded, e.g. "The catalog". */
  subject: string;
  reset: () => void;
  /** Reassurance specific to the section, appended to the standard hint. */
  hint?: string;
};

/** The body of a portal segment's error.tsx: says nothing was changed and offers to retry the segment. */
export function RouteError({ subject, reset, hint }: RouteErrorProps) {
  const database = useDatabaseOutage();
  if (database === "unavailable") {
    return (
      <div role="status" aria-live="polite" className="rounded-xl border border-amber-300 bg-amber-50 p-6">
        <h1 className="font-semibold text-amber-900">The database is unavailable, retrying…</h1>
        <p className="mt-1 text-sm text-amber-800">{subject} will show again by itself as soon as the database is back. Nothing was changed.</p>
      </div>
    );
  }
  return (
    <div role="alert" className="rounded-xl border border-red-300 bg-red-50 p-6">
      <p className="font-semibold text-red-900">{subject} could not be loaded.</p>
      <p className="mt-1 text-sm text-red-800">Nothing was changed. Try again; if it keeps failing, the server log says why.{hint ? ` ${hint}` : ""}</p>
      <button type="button" onClick={reset} className={`${buttonStyles.secondary} mt-4`}>
        Try again
      </button>
    </div>
  );
}
