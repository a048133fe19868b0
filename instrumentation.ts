/**
 * Opens the database when the server starts rather than on the first request, so that a locked PGlite
 * directory or an unreachable PostgreSQL stops the server at once with one clear line.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { openDatabaseAtStartup } = await import("@/lib/db/open-at-startup");
    await openDatabaseAtStartup();
  }
}
