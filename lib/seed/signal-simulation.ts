import { EXPECTED_LATENCY_SECONDS, integrationKey } from "./demo-enterprise";
import { FLOWS } from "./demo-enterprise/flows";
import {
  baseLatencyMs,
  DEFAULT_VOLUME_PER_DAY,
  FAILING,
  FAILING_ERROR_RATE,
  hourlyShare,
  isBatch,
  NIGHTLY_RUN_HOUR,
  NORMAL_ERROR_RATE,
  ORDER_DROP,
  ORDER_FLOW,
  STALE_BATCH,
} from "./demo-signal-shape";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** Latency observations recorded per flow and minute: enough for a p95, without one call per record. */
const LATENCY_SAMPLES = 20;

/** A demo integration the simulator reports for. */
export interface SimulatedFlow {
  key: string;
  name: string;
  frequency: string;
  volumePerDay: number;
  baseLatencyMs: number;
}

/** One minute of one integration, as a collector would observe it. */
export interface SimulatedMinute {
  key: string;
  /** Null when nothing ran (a batch between runs): no volume is reported, rather than a zero. */
  records: number | null;
  errors: number;
  latencyMs: number[];
  /** Batches only: when the last run succeeded (seconds since the epoch in OTLP). */
  lastSuccessAt?: Date;
  /** The failing integration only: the depth of its growing dead-letter queue. */
  deadLetterDepth?: number;
}

/** The demo integrations that are monitored, as the seed wrote them (the same selection as lib/seed/demo-signals.ts). */
export function demoSimulatedFlows(): SimulatedFlow[] {
  return FLOWS.filter((flow) => flow.monitoring !== "none" && ["active", "deprecated"].includes(flow.lifecycle ?? "active")).map((flow) => ({
    key: integrationKey(flow.key),
    name: flow.name,
    frequency: flow.frequency,
    volumePerDay: flow.volume ?? DEFAULT_VOLUME_PER_DAY,
    baseLatencyMs: baseLatencyMs(EXPECTED_LATENCY_SECONDS[flow.frequency]),
  }));
}

/** A whole count with the expected mean: rounded up or down at random in proportion (0.4 a minute is ~24 an hour). */
function countOf(mean: number, random: () => number): number {
  const noisy = Math.max(0, mean * (1 + 0.08 * (random() * 2 - 1)));
  return Math.floor(noisy) + (random() < noisy % 1 ? 1 : 0);
}

/** The last nightly run at or before `at` (weekly batches: the last Monday's). */
function lastRunAtOrBefore(at: Date, frequency: string): number {
  let run = Math.floor((at.getTime() - NIGHTLY_RUN_HOUR * HOUR_MS) / DAY_MS) * DAY_MS + NIGHTLY_RUN_HOUR * HOUR_MS;
  while (frequency === "weekly" && new Date(run).getUTCDay() !== 1) run -= DAY_MS;
  return run;
}

/**
 * The demo's live traffic, minute by minute, continuing the seed's history: daily and weekly seasonality, the order
 * flow 62 % below its usual volume, a third of the failing integration's records in error with its dead-letter queue
 * growing, and the nightly batch that stopped running (its last success stays where the seed left it, more than a day
 * ago). The state that carries over minutes (the dead-letter queue) lives in the instance.
 */
export class SignalSimulation {
  private deadLetters = 40;

  constructor(
    private readonly flows: readonly SimulatedFlow[],
    private readonly random: () => number,
  ) {}

  /** What each integration did in the minute starting at `minuteStart`. */
  minute(minuteStart: Date): SimulatedMinute[] {
    return this.flows.flatMap((flow) => {
      const point = isBatch(flow.frequency) ? this.batchMinute(flow, minuteStart) : this.streamMinute(flow, minuteStart);
      return point ? [point] : [];
    });
  }

  private streamMinute(flow: SimulatedFlow, minuteStart: Date): SimulatedMinute {
    let mean = (flow.volumePerDay * hourlyShare(minuteStart)) / 60;
    if (flow.name === ORDER_FLOW) mean *= 1 - ORDER_DROP;
    const records = countOf(mean, this.random);
    const errors = Math.min(records, countOf(records * (flow.name === FAILING ? FAILING_ERROR_RATE : NORMAL_ERROR_RATE), this.random));
    const minute: SimulatedMinute = { key: flow.key, records, errors, latencyMs: this.latencies(flow.baseLatencyMs, records) };
    if (flow.name === FAILING) {
      this.deadLetters += errors;
      minute.deadLetterDepth = this.deadLetters;
    }
    return minute;
  }

  /** A batch reports its run's records in the run's minute, and every minute when it last succeeded (a scheduler's gauge). */
  private batchMinute(flow: SimulatedFlow, minuteStart: Date): SimulatedMinute {
    const lastRun = lastRunAtOrBefore(minuteStart, flow.frequency);
    // The stale batch's last run did not happen: its last success is the run before.
    const lastSuccess = flow.name === STALE_BATCH ? lastRun - (flow.frequency === "weekly" ? 7 : 1) * DAY_MS : lastRun;
    const runsNow = lastRun === minuteStart.getTime() && flow.name !== STALE_BATCH;
    if (!runsNow) return { key: flow.key, records: null, errors: 0, latencyMs: [], lastSuccessAt: new Date(lastSuccess) };
    const records = countOf(flow.volumePerDay, this.random);
    const errors = countOf(records * (NORMAL_ERROR_RATE / 2), this.random);
    return { key: flow.key, records, errors, latencyMs: this.latencies(flow.baseLatencyMs, records), lastSuccessAt: new Date(lastSuccess) };
  }

  /** Most fast, a tail twice and five times as slow, like the seed's histograms. */
  private latencies(baseMs: number, records: number): number[] {
    return Array.from({ length: Math.min(records, LATENCY_SAMPLES) }, () => {
      const draw = this.random();
      const factor = draw < 0.7 ? 1 : draw < 0.95 ? 2 : 5;
      return Math.round(baseMs * factor * (0.8 + 0.4 * this.random()));
    });
  }
}
