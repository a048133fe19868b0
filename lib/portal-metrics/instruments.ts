import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * The portal's own operational metrics (decision 052), exposed at `/metrics` for Prometheus. Counters and
 * histograms live in this process; the figures of the database (job queue, open incidents) are read at each scrape.
 *
 * Next.js may evaluate this module more than once in one server process (instrumentation, each route's bundle), so
 * the registry lives on `globalThis`: every copy records into the one registry the scrape reads.
 */
interface Instruments {
  registry: Registry;
  httpRequests: Counter<"operation" | "method" | "status">;
  httpDuration: Histogram<"operation" | "method">;
  signalPoints: Counter<"receiver" | "outcome">;
  jobs: Gauge<"state" | "kind">;
  incidentsOpen: Gauge<"cause">;
}

const INSTRUMENTS = Symbol.for("interchange.portalMetrics");

function createInstruments(): Instruments {
  const registry = new Registry();
  // CPU, memory, event loop lag, garbage collection: the usual process figures, under their usual names.
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpRequests: new Counter({
      name: "interchange_http_requests_total",
      help: "API requests answered, by operation (its OpenAPI operationId), method and status code.",
      labelNames: ["operation", "method", "status"],
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: "interchange_http_request_duration_seconds",
      help: "Time to answer an API request, from the handler's start to its response, by operation and method.",
      labelNames: ["operation", "method"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    signalPoints: new Counter({
      name: "interchange_signal_points_total",
      help: "Live signal points received, by receiver (signals: the JSON API, otlp: the OTLP receiver) and outcome (accepted, refused).",
      labelNames: ["receiver", "outcome"],
      registers: [registry],
    }),
    jobs: new Gauge({
      name: "interchange_jobs",
      help: "Jobs in the durable queue by state (pending, running, dead) and kind, read from the database at each scrape.",
      labelNames: ["state", "kind"],
      registers: [registry],
    }),
    incidentsOpen: new Gauge({
      name: "interchange_incidents_open",
      help: "Open incidents (acknowledged or not) by cause, read from the database at each scrape.",
      labelNames: ["cause"],
      registers: [registry],
    }),
  };
}

export function instruments(): Instruments {
  const holder = globalThis as { [INSTRUMENTS]?: Instruments };
  holder[INSTRUMENTS] ??= createInstruments();
  return holder[INSTRUMENTS];
}

/** One answered API request. Recording never throws: metrics must not break the request they describe. */
export function recordApiRequest({ operation, method, status, seconds }: { operation: string; method: string; status: number; seconds: number }): void {
  try {
    const { httpRequests, httpDuration } = instruments();
    httpRequests.inc({ operation, method, status: String(status) });
    httpDuration.observe({ operation, method }, seconds);
  } catch (error) {
    console.error("Could not record an API request metric", error);
  }
}

/** The outcome of one ingest batch. */
export function recordSignalPoints(receiver: "signals" | "otlp", { accepted, refused }: { accepted: number; refused: number }): void {
  const { signalPoints } = instruments();
  signalPoints.inc({ receiver, outcome: "accepted" }, accepted);
  signalPoints.inc({ receiver, outcome: "refused" }, refused);
}
