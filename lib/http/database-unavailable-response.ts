import { problem, problemResponse } from "@/lib/http/problem-details";

/** Seconds a client should wait before trying again: long enough for a database restart, short enough to recover soon. */
export const DATABASE_RETRY_AFTER_SECONDS = 10;

/**
 * 503 problem details with Retry-After for a database that cannot be reached. The cause (host, port, driver
 * message) goes to the server log only, once per outage, not to the caller.
 */
export function databaseUnavailableResponse(error: unknown): Response {
  logOncePerOutage(error);
  return problemResponse(problem(503, "The database is unavailable. Try again in a few seconds."), { "retry-after": String(DATABASE_RETRY_AFTER_SECONDS) });
}

let lastLogged = 0;

function logOncePerOutage(error: unknown): void {
  const now = Date.now();
  if (now - lastLogged < DATABASE_RETRY_AFTER_SECONDS * 1000) return;
  lastLogged = now;
  console.error(`Database unavailable: ${error instanceof Error ? error.message.split("\n").filter(Boolean).pop() : String(error)}`);
}
