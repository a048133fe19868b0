import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { enqueueJobs, type JobRequest } from "@/lib/jobs/enqueue-job";
import type { JobHandler } from "@/lib/jobs/run-due-jobs";
import { evaluateIntegrationSignals } from "@/lib/signals/anomalies/evaluate-signals";
import { readEvaluationSignals } from "@/lib/signals/evaluation-repository";
import { computeHealth, type HealthComputation } from "@/lib/signals/health/compute-health";
import { reconcileIncidents, type ReconcileResult } from "./reconcile-incidents";

export const SIGNALS_EVALUATE_JOB = "signals.evaluate";

/** How often the anomaly rules run over the rollups. */
const EVALUATION_INTERVAL_MS = 5 * 60_000;

/** The evaluation of the slot holding `runAt`: once per slot, whoever enqueues it. */
function signalEvaluationJob(runAt: Date): JobRequest {
  const slot = new Date(Math.floor(runAt.getTime() / EVALUATION_INTERVAL_MS) * EVALUATION_INTERVAL_MS);
  return { kind: SIGNALS_EVALUATE_JOB, dedupeKey: `signals-evaluate:${slot.toISOString()}`, payload: {}, runAt };
}

export interface EvaluationResult extends ReconcileResult {
  integrations: number;
  health: HealthComputation;
}

/**
 * One cycle: derive every integration's health from the rollups (decision 050), then judge every integration that
 * reports and open, refresh or resolve incidents.
 */
export async function evaluateSignals(db: PrismaClient, now: Date): Promise<EvaluationResult> {
  const health = await computeHealth(db, now);
  const signals = await readEvaluationSignals(db, now);
  const result = await reconcileIncidents(
    db,
    signals.map((integration) => evaluateIntegrationSignals(integration, now)),
    now,
  );
  return { ...result, integrations: signals.length, health };
}

/** Runs a cycle and schedules the next. */
export const runSignalEvaluation: JobHandler = async ({ db, now }) => {
  await evaluateSignals(db, now);
  await db.$transaction((tx) => enqueueJobs(tx, [signalEvaluationJob(new Date(now.getTime() + EVALUATION_INTERVAL_MS))]));
};

/** At server start: make sure an evaluation is scheduled (a no-op when this slot's job exists); it reschedules itself. */
export async function scheduleSignalEvaluations(db: PrismaClient, now: Date): Promise<void> {
  await db.$transaction((tx) => enqueueJobs(tx, [signalEvaluationJob(now)]));
}
