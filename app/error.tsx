"use client";

import Link from "next/link";
import { useDatabaseOutage } from "@/components/shell/use-database-outage";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const database = useDatabaseOutage();
  if (database === "unavailable") {
    return (
      <main className="flex min-h-[60vh] flex-col items-center justify-center px-4 text-center">
        <p className="text-sm font-semibold text-amber-700">Service unavailable</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">The database is unavailable, retrying…</h1>
        <p role="status" aria-live="polite" className="mt-2 max-w-md text-sm text-slate-600">
          Interchange cannot reach its database right now. This page reloads by itself as soon as the database is back; nothing you entered has been saved in
          the meantime.
        </p>
      </main>
    );
  }
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold text-red-700">Something went wrong</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">This page could not be shown</h1>
      <p className="mt-2 max-w-md text-sm text-slate-600">
        The error has been logged{error.digest ? ` (reference ${error.digest})` : ""}. Try again, and tell your administrator if it keeps happening.
      </p>
      <div className="mt-6 flex gap-3">
        <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          Try again
        </button>
        <Link href="/" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100">
          Dashboard
        </Link>
      </div>
    </main>
  );
}
