// Webhook delivery throughput: publish N events to one subscribed endpoint (a local HTTP receiver), then drain
// the queue with the worker's own runDueJobs. Target: 500 deliveries in under 60 s on 2 cores, i.e. at least 10 a
// second: governance events come by the tens a day, so a burst of a release's worth must clear within a minute.
// Run: `npx tsx --conditions=react-server test/bench/webhook-delivery.bench.ts` (DATABASE_URL=postgres://… for
// PostgreSQL: it creates and drops a throwaway database there).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { applyMigrations, openDatabase } from "@/lib/db";
import { JOB_HANDLERS } from "@/lib/jobs/job-handlers";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { publishEvent } from "@/lib/webhooks/publish-event";
import { withThrowawayDatabase } from "@/scripts/runtime/throwaway-database";

// The receiver listens on loopback, which deliveries reach only with this switch (docs/decisions/021).
process.env.WEBHOOKS_ALLOW_PRIVATE_NETWORKS = "true";
const EVENTS = Number(process.env.BENCH_WEBHOOK_EVENTS ?? 500);
const TARGET_MS = 60_000;

let received = 0;
const receiver = createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    received += 1;
    response.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/bench`;

const outcome = await withThrowawayDatabase(process.env.DATABASE_URL, "bench_webhooks", async (target) => {
  const db = await openDatabase(target);
  try {
    await applyMigrations(db.sql);
    const user = await db.prisma.user.create({ data: { email: "bench@interchange.test", name: "Bench", role: "admin" } });
    await db.prisma.webhookEndpoint.create({ data: { name: "Bench", url, secret: "whsec_bench", events: [], createdById: user.id } });
    const occurredAt = new Date();
    const publishStarted = performance.now();
    for (let n = 0; n < EVENTS; n += 1) {
      await db.prisma.$transaction((tx) => publishEvent(tx, { id: `evt-${n}`, type: "deprecation.announced", occurredAt, data: { n } }));
    }
    const publishMs = performance.now() - publishStarted;
    const drainStarted = performance.now();
    for (;;) {
      const pass = await runDueJobs({ db: db.prisma, handlers: JOB_HANDLERS, clock: () => new Date(), limit: 50 });
      if (pass.succeeded + pass.retried + pass.dead === 0) break;
    }
    const drainMs = performance.now() - drainStarted;
    const delivered = await db.prisma.webhookDelivery.count({ where: { status: "delivered" } });
    return { database: target.kind, publishMs, drainMs, delivered };
  } finally {
    await db.close();
  }
});
receiver.close();

const perSecond = Math.round((outcome.delivered / outcome.drainMs) * 1000);
console.log(
  `${outcome.database}: published ${EVENTS} events in ${Math.round(outcome.publishMs)} ms (${(outcome.publishMs / EVENTS).toFixed(1)} ms each); ` +
    `delivered ${outcome.delivered} (receiver saw ${received}) in ${Math.round(outcome.drainMs)} ms, ${perSecond}/s. Target < ${TARGET_MS} ms: ${outcome.drainMs < TARGET_MS ? "met" : "MISSED"}.`,
);
process.exitCode = outcome.delivered === EVENTS && received === EVENTS && outcome.drainMs < TARGET_MS ? 0 : 1;
