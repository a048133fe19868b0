"use client";

import { useEffect, useState } from "react";

export type DatabaseState = "checking" | "unavailable" | "available";

const DEFAULT_RETRY_SECONDS = 10;

/**
 * For an error page: asks the health probe whether the failure was the database being unreachable. While it
 * answers 503 the page says so and asks again after its Retry-After; once the database is back the page loads
 * again by itself (no reload by hand). A full load rather than re-rendering the segment: what failed may be a
 * layout above it. Production error pages never see the server's message, so the probe is the one reliable witness.
 */
export function useDatabaseOutage(): DatabaseState {
  const [state, setState] = useState<DatabaseState>("checking");

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wasDown = false;
    async function check() {
      let status = 0;
      let retryAfter = DEFAULT_RETRY_SECONDS;
      try {
        const response = await fetch("/api/v1/health", { cache: "no-store" });
        status = response.status;
        retryAfter = Number(response.headers.get("retry-after")) || DEFAULT_RETRY_SECONDS;
      } catch {
        status = 0;
      }
      if (cancelled) return;
      if (status === 503) {
        wasDown = true;
        setState("unavailable");
        timer = setTimeout(check, Math.min(retryAfter, DEFAULT_RETRY_SECONDS) * 1000);
      } else if (status === 200 && wasDown) {
        window.location.reload();
      } else {
        setState("available");
      }
    }
    void check();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, []);

  return state;
}
