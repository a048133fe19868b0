// npm run signals:simulate: streams the demo enterprise's live signals into a running portal through its real OTLP
// receiver, with the OpenTelemetry JS SDK, every minute (`--once`: one minute, then exit). See README, Live signals.
import { parseArgs } from "node:util";
import { diag, DiagConsoleLogger, DiagLogLevel } from "@opentelemetry/api";
import { AggregationTemporalityPreference } from "@opentelemetry/exporter-metrics-otlp-http";
import { OTLPMetricExporter } from "@opentelemetry/exporter-metrics-otlp-proto";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { MeterProvider, PeriodicExportingMetricReader, type PushMetricExporter, type ResourceMetrics } from "@opentelemetry/sdk-metrics";
import { DEMO_PASSWORD } from "@/lib/seed/demo-enterprise";
import { mulberry32 } from "@/lib/seed/random";
import { demoSimulatedFlows, SignalSimulation, type SimulatedMinute } from "@/lib/seed/signal-simulation";
import { describeError } from "./runtime/describe-error";

const MINUTE_MS = 60_000;
const DEMO_ADMIN = "admin@interchange.demo";
const KEY_ATTRIBUTE = "interchange.integration.key";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: process.env.INTERCHANGE_URL ?? "http://localhost:3000" },
    once: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

if (values.help) {
  console.log(`npm run signals:simulate -- [--url http://localhost:3000] [--once]

Streams the demo enterprise's signals (seasonal volume, a failing integration, the order flow 62 % down, a stale
nightly batch) to the portal's OTLP receiver every minute. --once sends one minute and exits.
The token comes from INTERCHANGE_TOKEN (a "Report signals only" token); without it, the script signs in as the demo
administrator and creates one, printed once.`);
  process.exit(0);
}

const base = new URL(values.url);
const log = (line: string) => console.log(`[signals:simulate] ${line}`);

/** The session cookies of the demo administrator, signed in through next-auth's credentials flow. */
async function signInAsDemoAdmin(): Promise<string> {
  const csrf = await fetch(new URL("/api/auth/csrf", base));
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await fetch(new URL("/api/auth/callback/credentials", base), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email: DEMO_ADMIN, password: DEMO_PASSWORD, json: "true" }),
  });
  const session = signIn.headers.getSetCookie().find((cookie) => /next-auth\.session-token=/.test(cookie));
  if (!session) throw new Error(`Could not sign in as ${DEMO_ADMIN} (no demo data?): set INTERCHANGE_TOKEN to a "Report signals only" token.`);
  return [...cookies, session.split(";")[0]].join("; ");
}

/** A `signals:write` token for the demo administrator, created through the portal's API (the only time it is shown). */
async function createDemoToken(): Promise<string> {
  const cookie = await signInAsDemoAdmin();
  const response = await fetch(new URL("/api/v1/tokens", base), {
    method: "POST",
    headers: { cookie, origin: base.origin, "content-type": "application/json" },
    body: JSON.stringify({ name: `signals:simulate ${new Date().toISOString().slice(0, 16)}`, scope: "signals:write", expiresInDays: 30 }),
  });
  if (response.status !== 201) throw new Error(`Creating a token answered ${response.status}: ${await response.text()}`);
  const { secret } = (await response.json()) as { secret: string };
  log(`Created a "Report signals only" token for ${DEMO_ADMIN}; it is not shown again. Reuse it with:`);
  console.log(`export INTERCHANGE_TOKEN=${secret}`);
  return secret;
}

/** Passes every export through and remembers whether the last one failed, so --once can exit non-zero. */
function remembering(exporter: PushMetricExporter) {
  const outcome: { error: Error | null } = { error: null };
  const wrapped: PushMetricExporter = {
    export: (metrics: ResourceMetrics, done) =>
      exporter.export(metrics, (result) => {
        outcome.error = result.code === 0 ? null : (result.error ?? new Error("The export failed."));
        done(result);
      }),
    forceFlush: () => exporter.forceFlush(),
    shutdown: () => exporter.shutdown(),
    selectAggregationTemporality: exporter.selectAggregationTemporality?.bind(exporter),
    selectAggregation: exporter.selectAggregation?.bind(exporter),
  };
  return { wrapped, outcome };
}

async function main(): Promise<number> {
  // The receiver's partial success (rejected points and why) reaches the console through the SDK's diagnostics.
  diag.setLogger(new DiagConsoleLogger(), DiagLogLevel.WARN);
  const token = process.env.INTERCHANGE_TOKEN || (await createDemoToken());
  const endpoint = new URL("/api/v1/otlp/v1/metrics", base).toString();
  const { wrapped, outcome } = remembering(
    new OTLPMetricExporter({
      url: endpoint,
      headers: { authorization: `Bearer ${token}` },
      temporalityPreference: AggregationTemporalityPreference.DELTA,
    }),
  );
  // Exported by hand once a minute (forceFlush), not on the reader's own timer.
  const reader = new PeriodicExportingMetricReader({ exporter: wrapped, exportIntervalMillis: 24 * 60 * MINUTE_MS });
  const provider = new MeterProvider({ resource: resourceFromAttributes({ "service.name": "interchange-signals-simulator" }), readers: [reader] });
  const meter = provider.getMeter("interchange-signals-simulator");
  const records = meter.createCounter("interchange.records", { description: "Records processed" });
  const errors = meter.createCounter("interchange.errors", { description: "Records that failed" });
  const latency = meter.createHistogram("interchange.latency", { unit: "ms", description: "Processing latency" });
  // Gauges are observed at export time: they read the last simulated minute.
  let current: SimulatedMinute[] = [];
  meter.createObservableGauge("interchange.last_success", { unit: "s" }).addCallback((result) => {
    for (const point of current) if (point.lastSuccessAt) result.observe(Math.floor(point.lastSuccessAt.getTime() / 1000), { [KEY_ATTRIBUTE]: point.key });
  });
  meter.createObservableGauge("interchange.dead_letter.depth").addCallback((result) => {
    for (const point of current) if (point.deadLetterDepth !== undefined) result.observe(point.deadLetterDepth, { [KEY_ATTRIBUTE]: point.key });
  });

  const flows = demoSimulatedFlows();
  const simulation = new SignalSimulation(flows, mulberry32(Date.now() % 2 ** 31));
  log(`Sending ${flows.length} demo integrations' signals to ${endpoint}${values.once ? " (one minute)" : " every minute; Ctrl-C stops"}.`);

  const sendMinute = async (minuteStart: Date) => {
    current = simulation.minute(minuteStart);
    for (const point of current) {
      const attributes = { [KEY_ATTRIBUTE]: point.key };
      if (point.records !== null) records.add(point.records, attributes);
      if (point.errors > 0) errors.add(point.errors, attributes);
      for (const ms of point.latencyMs) latency.record(ms, attributes);
    }
    await reader.forceFlush();
    const total = current.reduce((sum, point) => sum + (point.records ?? 0), 0);
    if (outcome.error) log(`${minuteStart.toISOString()}: the export failed: ${describeError(outcome.error)}`);
    else log(`${minuteStart.toISOString()}: sent ${current.length} integrations, ${total} records.`);
  };

  const minuteStartOf = (ms: number) => new Date(Math.floor(ms / MINUTE_MS) * MINUTE_MS);
  if (values.once) {
    await sendMinute(minuteStartOf(Date.now()));
    await provider.shutdown();
    return outcome.error ? 1 : 0;
  }
  let stopping = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => (stopping = true));
  while (!stopping) {
    await sendMinute(minuteStartOf(Date.now()));
    // Sleep to the next minute, waking every second to notice Ctrl-C.
    const next = (Math.floor(Date.now() / MINUTE_MS) + 1) * MINUTE_MS;
    while (!stopping && Date.now() < next) await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, next - Date.now())));
  }
  await provider.shutdown();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`signals:simulate: ${describeError(error)}`);
    process.exit(1);
  },
);
