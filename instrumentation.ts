/**
 * Installs the HTTP server hooks (the client's socket address, 431 as problem details). Opens the database when
 * the server starts rather than on the first request, so that a locked PGlite directory or an unreachable
 * PostgreSQL stops the server at once with one clear line. Then starts the job worker (reminders, escalations,
 * webhook deliveries).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    // First, before anything can fail: the client's address (rate limits) and 431 answers (lib/http/node-server-hooks).
    const { installServerHooks } = await import("@/lib/http/node-server-hooks");
    installServerHooks();
    // Invalid authentication or single sign-on settings (e.g. OIDC_ROLE_MAP) stop the server at once, naming the variable.
    const { readAuthSettings } = await import("@/lib/auth/settings");
    readAuthSettings(process.env);
    const { openDatabaseAtStartup } = await import("@/lib/db/open-at-startup");
    await openDatabaseAtStartup();
    // INTERCHANGE_JOB_WORKER=off leaves jobs to another process: `npm run jobs:work` (scripts/jobs-work.ts), for
    // PostgreSQL only, since a PGlite data directory admits one process.
    if (process.env.INTERCHANGE_JOB_WORKER !== "off") {
      const { startJobWorker } = await import("@/lib/jobs/job-worker");
      startJobWorker();
    }
    // The dashboard's trends need one snapshot a day; the job reschedules itself, this starts the chain.
    const [{ getDb }, { scheduleMetricsSnapshots }] = await Promise.all([import("@/lib/db"), import("@/lib/dashboard/metrics-snapshot")]);
    await scheduleMetricsSnapshots(await getDb(), new Date());
    // Live signals: hours and days are rolled up from minutes every few minutes; the job reschedules itself.
    const { scheduleSignalRollups } = await import("@/lib/signals/roll-up-signals");
    await scheduleSignalRollups(await getDb(), new Date());
    // Anomalies: the rules run over the rollups every few minutes and open or resolve incidents (lib/incidents).
    const { scheduleSignalEvaluations } = await import("@/lib/incidents/evaluation-job");
    await scheduleSignalEvaluations(await getDb(), new Date());
    // Data-contract decisions: counts older than DECISION_COUNT_RETENTION_DAYS are pruned every hour.
    const { scheduleDecisionPrunes } = await import("@/lib/data-contracts/prune-decisions");
    await scheduleDecisionPrunes(await getDb(), new Date());
  }
}
