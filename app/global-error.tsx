"use client";

import { useDatabaseOutage } from "@/components/shell/use-database-outage";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const database = useDatabaseOutage();
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", textAlign: "center", color: "#0f172a" }}>
        {database === "unavailable" ? (
          <>
            <h1 style={{ fontSize: "1.5rem" }}>The database is unavailable, retrying…</h1>
            <p role="status" aria-live="polite" style={{ color: "#475569" }}>
              Interchange cannot reach its database right now. This page reloads by itself as soon as the database is back.
            </p>
          </>
        ) : (
          <>
            <h1 style={{ fontSize: "1.5rem" }}>Interchange could not load this page</h1>
            <p style={{ color: "#475569" }}>The error has been logged{error.digest ? ` (reference ${error.digest})` : ""}.</p>
            <button type="button" onClick={reset} style={{ marginTop: "1rem", padding: "0.5rem 1rem" }}>
              Try again
            </button>
          </>
        )}
      </body>
    </html>
  );
}
