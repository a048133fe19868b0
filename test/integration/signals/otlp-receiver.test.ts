import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AggregationTemporalityPreference, OTLPMetricExporter as JsonExporter } from "@opentelemetry/exporter-metrics-otlp-http";
import { OTLPMetricExporter as ProtobufExporter } from "@opentelemetry/exporter-metrics-otlp-proto";
import { MeterProvider, PeriodicExportingMetricReader, type PushMetricExporter } from "@opentelemetry/sdk-metrics";
import { resourceFromAttributes } from "@opentelemetry/resources";
import type { Actor } from "@/lib/auth/permissions";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { readSignalSeries } from "@/lib/signals/repository";
import { POST as postOtlp } from "@/app/api/v1/otlp/v1/metrics/route";
import { createIntegration, createTeam, createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";
import { serveRoutesFrom } from "@/test/support/route-harness";

let db: TestDatabase;
let detach: () => void;
let server: Server;
let endpoint: string;
let token: string;
let teamId: string;
const answers: { status: number; contentType: string | null; body: Buffer }[] = [];

/** A loopback HTTP server handing every request to the route handler, so the real exporters send over HTTP. */
function startServer(): Promise<void> {
  server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === "string") headers.set(name, value);
    const request = new Request(`http://127.0.0.1${incoming.url}`, { method: incoming.method, headers, body: Buffer.concat(chunks) });
    const response = await postOtlp(request, { params: Promise.resolve({}) });
    const body = Buffer.from(await response.arrayBuffer());
    answers.push({ status: response.status, contentType: response.headers.get("content-type"), body });
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/otlp/v1/metrics`;
      resolve();
    }),
  );
}

/** Records a minute of an order flow with the real SDK and exports it once through `exporter`. */
async function recordAndExport(exporter: PushMetricExporter, integrationKey: string) {
  const reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 3_600_000 });
  const provider = new MeterProvider({
    resource: resourceFromAttributes({ "service.name": "order-service", "interchange.integration.key": integrationKey }),
    readers: [reader],
  });
  const meter = provider.getMeter("interchange-test");
  const records = meter.createCounter("interchange.records");
  records.add(40);
  records.add(2, { "error.type": "timeout" });
  meter.createHistogram("interchange.latency", { unit: "ms" }).record(120);
  meter.createHistogram("interchange.latency", { unit: "ms" }).record(900);
  meter.createObservableGauge("interchange.dead_letter.depth").addCallback((result) => result.observe(7));
  meter.createCounter("process.cpu.time").add(1);
  // A point for an integration nobody knows: rejected, the others kept.
  meter.createCounter("interchange.errors").add(1, { "interchange.integration.key": "INT-UNKNOWN" });
  await reader.forceFlush();
  await provider.shutdown();
}

beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  const team = await createTeam(db.prisma, { name: "OTLP team" });
  teamId = team.id;
  const user = await createUser(db.prisma, { role: "owner", name: "OTLP Owner", memberships: [{ teamId: team.id }] });
  const actor: Actor = { id: user.id, email: user.email, name: user.name, role: "owner", teamIds: [team.id] };
  token = (await createApiToken(db.prisma, { actor, input: { name: "collector", scope: "signals:write" } })).secret;
  await startServer();
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  detach?.();
  await db?.close();
});

describe("the OTLP/HTTP metrics receiver, fed by the OpenTelemetry JS SDK's own exporters", () => {
  for (const { encoding, Exporter, contentType } of [
    { encoding: "JSON", Exporter: JsonExporter, contentType: "application/json" },
    { encoding: "protobuf", Exporter: ProtobufExporter, contentType: "application/x-protobuf" },
  ]) {
    for (const compression of ["gzip", "none"] as const) {
      it(`stores ${encoding} metrics (${compression === "gzip" ? "gzipped" : "uncompressed"}) and answers a partial success for the unknown integration`, async () => {
        const integration = await createIntegration(db.prisma, { ownerTeamId: teamId });
        const exporter = new Exporter({
          url: endpoint,
          headers: { authorization: `Bearer ${token}` },
          compression: compression as never,
          temporalityPreference: AggregationTemporalityPreference.DELTA,
        });
        answers.length = 0;
        await recordAndExport(exporter, integration.key);
        // The flush exports, and so may the shutdown (with nothing new): each answer is a 200.
        expect(answers.length).toBeGreaterThanOrEqual(1);
        expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
        expect(answers[0].contentType).toContain(contentType);
        if (encoding === "JSON") {
          const body = JSON.parse(answers[0].body.toString());
          expect(body.partialSuccess.rejectedDataPoints).toBe(1);
          expect(body.partialSuccess.errorMessage).toContain("INT-UNKNOWN");
        } else {
          expect(answers[0].body.toString("latin1")).toContain("INT-UNKNOWN");
        }
        const [series] = await readSignalSeries(db.prisma, [integration.id], new Date(Date.now() - 600_000), new Date(Date.now() + 60_000), "minute");
        expect(series.points).toHaveLength(1);
        expect(series.points[0]).toMatchObject({ records: 42, errors: 2, deadLetterDepth: 7 });
        expect(series.points[0].latency).toMatchObject({ count: 2, sumMs: 1020, maxMs: 900 });
      });
    }
  }

  it("refuses a cumulative counter's and histogram's points with the reason, keeping the gauge", async () => {
    const integration = await createIntegration(db.prisma, { ownerTeamId: teamId });
    answers.length = 0;
    await recordAndExport(new JsonExporter({ url: endpoint, headers: { authorization: `Bearer ${token}` } }), integration.key);
    const body = JSON.parse(answers[0].body.toString());
    expect(body.partialSuccess.errorMessage).toContain("delta temporality");
    const [series] = await readSignalSeries(db.prisma, [integration.id], new Date(Date.now() - 600_000), new Date(Date.now() + 60_000), "minute");
    // The gauge is taken whatever the temporality; the cumulative counter and histogram are not.
    expect(series.points[0]).toMatchObject({ records: 0, deadLetterDepth: 7 });
  });

  it("answers 415 for another media type and 400 for bytes that are not OTLP, never a 5xx", async () => {
    const send = (contentType: string, body: BodyInit) =>
      postOtlp(new Request(endpoint, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": contentType }, body }), {
        params: Promise.resolve({}),
      });
    expect((await send("text/plain", "hi")).status).toBe(415);
    expect((await send("application/json", "{not json")).status).toBe(400);
    expect((await send("application/x-protobuf", new Uint8Array([0xff, 0xff, 0xff]))).status).toBe(400);
  });
});
