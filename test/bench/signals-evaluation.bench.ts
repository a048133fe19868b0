// Anomaly evaluation benchmark (issue #15): the cost of one evaluation cycle's rules at 10,000 integrations, each
// with the judged hour and five weeks of the same hour, a 30-minute window, 24 hours of error history and a
// dead-letter series: what `signals.evaluate` computes every 5 minutes once the rollups are read. Pure CPU (no
// database): the reads are a handful of set-based queries (lib/signals/evaluation-repository.ts), measured
// separately when a 10,000-integration rollup table exists (not done yet).
// Run: `npx tsx test/bench/signals-evaluation.bench.ts`
import os from "node:os";
import { planIncidentChanges } from "@/lib/incidents/incident-plan";
import { evaluateIntegrationSignals, seasonalHours, type IntegrationSignals } from "@/lib/signals/anomalies/evaluate-signals";
import { mulberry32 } from "@/lib/seed/random";

const INTEGRATIONS = Number(process.env.BENCH_INTEGRATIONS ?? 10_000);
const CYCLES = Number(process.env.BENCH_CYCLES ?? 10);
const DAY_MS = 86_400_000;

const now = new Date(Date.UTC(2026, 11, 1, 10, 20));
const random = mulberry32(34);
const hours = seasonalHours(now);
const signals: IntegrationSignals[] = Array.from({ length: INTEGRATIONS }, (_, index) => {
  const usual = 50 + random() * 2_000;
  const dropped = index % 500 === 0;
  return {
    integrationId: `int-${index}`,
    frequency: index % 10 === 0 ? "daily" : "near_real_time",
    hourlyRecords: new Map(hours.map((at, week) => [at, Math.round(usual * (week === 0 && dropped ? 0.3 : 0.9 + random() * 0.2))])),
    reportedDays: new Set(hours.map((at) => Math.floor(at / DAY_MS) * DAY_MS)),
    recent: { records: Math.round(usual / 2), errors: Math.round((usual / 2) * (index % 700 === 0 ? 0.3 : 0.004)) },
    errorHistory: index % 700 === 0 ? Array.from({ length: 24 }, () => ({ records: Math.round(usual), errors: Math.round(usual * 0.004) })) : [],
    lastSuccessAt: now.getTime() - (index % 10 === 0 ? (index % 1000 === 0 ? 30 : 10) : 0.05) * 3_600_000,
    deadLetterDepths: index % 50 === 0 ? [0, 2, 5, 9, 14, 20] : [],
  };
});

const timings: number[] = [];
let opened = 0;
const cpuBefore = process.cpuUsage();
for (let cycle = 0; cycle < CYCLES; cycle += 1) {
  const started = performance.now();
  const evaluations = signals.map((integration) => evaluateIntegrationSignals(integration, now));
  opened = planIncidentChanges(evaluations, []).open.length;
  timings.push(performance.now() - started);
}
const cpu = process.cpuUsage(cpuBefore);
timings.sort((a, b) => a - b);
console.log(
  `${INTEGRATIONS} integrations, ${CYCLES} cycles: median ${timings[Math.floor(CYCLES / 2)].toFixed(0)} ms, worst ${timings.at(-1)!.toFixed(0)} ms per cycle ` +
    `(CPU ${((cpu.user + cpu.system) / 1000 / CYCLES).toFixed(0)} ms per cycle); ${opened} incidents to open; load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs`,
);
