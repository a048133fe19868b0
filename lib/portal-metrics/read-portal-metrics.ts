import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { IncidentCause } from "@/lib/generated/prisma/enums";
import { instruments } from "./instruments";
import { countOpenIncidentsByCause, countQueuedJobs } from "./repository";

/**
 * The Prometheus text exposition of the portal's metrics: the in-process counters, and the job queue and open
 * incidents as the database holds them now (so every instance of the portal answers the same depth).
 */
export async function readPortalMetrics(db: PrismaClient): Promise<{ contentType: string; text: string }> {
  const { registry, jobs, incidentsOpen } = instruments();
  const [queued, open] = await Promise.all([countQueuedJobs(db), countOpenIncidentsByCause(db)]);
  // A kind whose jobs all finished must disappear rather than keep its last depth.
  jobs.reset();
  for (const { status, kind, count } of queued) jobs.set({ state: status, kind }, count);
  // Every cause is always present, so that an alert on `interchange_incidents_open > 0` sees zeros too.
  for (const cause of Object.values(IncidentCause)) incidentsOpen.set({ cause }, 0);
  for (const { cause, count } of open) incidentsOpen.set({ cause }, count);
  return { contentType: registry.contentType, text: await registry.metrics() };
}
