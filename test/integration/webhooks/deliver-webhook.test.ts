import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { createWebhookDeliveryHandler } from "@/lib/webhooks/deliver-webhook";
import type { WebhookEventType } from "@/lib/webhooks/event-types";
import { publishEvent, WEBHOOK_DELIVER_JOB } from "@/lib/webhooks/publish-event";
import { redeliverWebhook } from "@/lib/webhooks/redeliver-webhook";
import { sendTestEvent } from "@/lib/webhooks/send-test-event";
import { verifyWebhookSignature } from "@/lib/webhooks/sign-webhook";
import { createUser } from "@/test/factories/user";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";
import { startWebhookReceiver } from "@/test/support/webhook-receiver";

let database: TestDatabase;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let admin: Actor;
const handlers = { [WEBHOOK_DELIVER_JOB]: createWebhookDeliveryHandler({ timeoutMs: 5_000 }) };

beforeAll(async () => {
  // The receiver listens on loopback, which only this switch lets a webhook reach (see the test that unsets it).
  vi.stubEnv("WEBHOOKS_ALLOW_PRIVATE_NETWORKS", "true");
  database = await createTestDatabase();
  receiver = await startWebhookReceiver();
  const user = await createUser(database.prisma, { role: "admin" });
  admin = { id: user.id, email: user.email, name: user.name, role: "admin", teamIds: [] };
});
afterAll(async () => {
  await receiver?.close();
  await database?.close();
});
beforeEach(async () => {
  await database.prisma.job.deleteMany();
  await database.prisma.webhookEndpoint.deleteMany();
  receiver.received.length = 0;
  receiver.answerWith({ status: 204 });
});

const start = new Date("2026-06-01T09:00:00Z");
const at = (date: Date) => () => date;
const run = (clock: () => Date) => runDueJobs({ db: database.prisma, handlers, clock });

async function endpoint(overrides: { events?: string[]; active?: boolean; url?: string } = {}) {
  return database.prisma.webhookEndpoint.create({
    data: {
      name: "Receiver",
      url: overrides.url ?? receiver.url,
      secret: "whsec_test-secret",
      events: overrides.events ?? [],
      active: overrides.active ?? true,
      createdById: admin.id,
    },
  });
}

async function publish(id = "evt-1", type: WebhookEventType = "change_request.published") {
  await database.prisma.$transaction((tx) => publishEvent(tx, { id, type, occurredAt: start, data: { changeRequest: "CR-7" } }));
}

describe("webhook delivery", () => {
  it("refuses to send to loopback or a private network without WEBHOOKS_ALLOW_PRIVATE_NETWORKS, even to an endpoint stored earlier", async () => {
    vi.stubEnv("WEBHOOKS_ALLOW_PRIVATE_NETWORKS", "false");
    try {
      const stored = await endpoint();
      await publish("evt-private");
      expect(await run(at(start))).toMatchObject({ succeeded: 0 });
      expect(receiver.received).toHaveLength(0);
      const delivery = await database.prisma.webhookDelivery.findFirstOrThrow({ where: { endpointId: stored.id } });
      expect(delivery.lastError).toMatch(/private network|loopback/i);
      expect(delivery.status).not.toBe("delivered");
    } finally {
      vi.stubEnv("WEBHOOKS_ALLOW_PRIVATE_NETWORKS", "true");
    }
  });

  it("posts a signed delivery once to each subscribed, active endpoint", async () => {
    const subscribed = await endpoint({ events: ["change_request.published"] });
    await endpoint({ events: ["deprecation.announced"] });
    await endpoint({ active: false });
    await publish();

    expect(await run(at(start))).toEqual({ succeeded: 1, retried: 0, dead: 0 });
    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    const delivery = await database.prisma.webhookDelivery.findFirstOrThrow({ where: { endpointId: subscribed.id } });
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers["x-interchange-event-id"]).toBe("evt-1");
    expect(request.headers["x-interchange-event-type"]).toBe("change_request.published");
    expect(request.headers["x-interchange-delivery-id"]).toBe(delivery.id);
    expect(JSON.parse(request.body)).toMatchObject({ id: "evt-1", type: "change_request.published", data: { changeRequest: "CR-7" } });
    const signature = String(request.headers["x-interchange-signature"]);
    expect(signature).toMatch(new RegExp(`^t=${Math.floor(start.getTime() / 1000)},v1=[0-9a-f]{64}$`));
    expect(verifyWebhookSignature({ secret: "whsec_test-secret", body: request.body, header: signature, now: start })).toEqual({
      valid: true,
      timestamp: start.getTime() / 1000,
    });
    expect(verifyWebhookSignature({ secret: "another-secret", body: request.body, header: signature, now: start }).valid).toBe(false);
    expect(delivery).toMatchObject({ status: "delivered", attempts: 1, lastStatusCode: 204, lastError: null, deliveredAt: start, nextAttemptAt: null });
  });

  it("retries a failing receiver with backoff on the moved clock, then delivers", async () => {
    await endpoint();
    await publish();
    receiver.answerWith({ status: 503 });

    expect(await run(at(start))).toEqual({ succeeded: 0, retried: 1, dead: 0 });
    const failed = await database.prisma.webhookDelivery.findFirstOrThrow();
    expect(failed).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 503 });
    expect(failed.lastError).toMatch(/503: receiver says no/);
    const job = await database.prisma.job.findFirstOrThrow({ where: { kind: WEBHOOK_DELIVER_JOB } });
    expect(failed.nextAttemptAt).toEqual(job.runAt);
    expect(job.runAt.getTime() - start.getTime()).toBeGreaterThanOrEqual(30_000);

    receiver.answerWith({ status: 200 });
    expect(await run(at(new Date(job.runAt.getTime() - 1_000)))).toEqual({ succeeded: 0, retried: 0, dead: 0 });
    expect(receiver.received).toHaveLength(1);
    expect(await run(at(job.runAt))).toEqual({ succeeded: 1, retried: 0, dead: 0 });
    expect(await database.prisma.webhookDelivery.findFirstOrThrow()).toMatchObject({ status: "delivered", attempts: 2, lastStatusCode: 200, lastError: null });
    expect(receiver.received).toHaveLength(2);
  });

  it("treats a timeout and a redirect as failures, without following the redirect", async () => {
    await endpoint();
    await publish();
    receiver.answerWith({ status: 0, hang: true });
    const impatient = { [WEBHOOK_DELIVER_JOB]: createWebhookDeliveryHandler({ timeoutMs: 300 }) };
    expect((await runDueJobs({ db: database.prisma, handlers: impatient, clock: at(start) })).retried).toBe(1);
    expect((await database.prisma.webhookDelivery.findFirstOrThrow()).lastError).toMatch(/No answer within 0.3 s/);

    receiver.answerWith({ status: 302, location: `${receiver.url}/elsewhere` });
    const job = await database.prisma.job.findFirstOrThrow();
    await run(at(job.runAt));
    const delivery = await database.prisma.webhookDelivery.findFirstOrThrow();
    expect(delivery).toMatchObject({ status: "pending", attempts: 2, lastStatusCode: 302 });
    expect(delivery.lastError).toMatch(/redirect/);
    expect(receiver.received.map((request) => request.body.length > 0)).toEqual([true, true]);
  });

  it("marks the delivery failed when its job dies", async () => {
    await endpoint();
    await publish();
    receiver.answerWith({ status: 500 });
    let outcome = { succeeded: 0, retried: 0, dead: 0 };
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const job = await database.prisma.job.findFirstOrThrow();
      outcome = await run(at(job.runAt));
    }
    expect(outcome.dead).toBe(1);
    expect(await database.prisma.webhookDelivery.findFirstOrThrow()).toMatchObject({
      status: "failed",
      attempts: 10,
      nextAttemptAt: null,
      lastStatusCode: 500,
    });
    expect(receiver.received).toHaveLength(10);
  });

  it("never delivers twice after a restart: replayed events and a job taken back from a dead worker send nothing", async () => {
    await endpoint();
    await publish();
    await run(at(start));
    expect(receiver.received).toHaveLength(1);

    // The same event published again (its cause replayed) makes no new delivery or job.
    await publish();
    expect(await database.prisma.webhookDelivery.count()).toBe(1);
    expect(await database.prisma.job.count()).toBe(1);

    // A worker that died after sending, before recording the job's success: a fresh worker takes the job back.
    await database.prisma.job.updateMany({ data: { status: "running", lockedUntil: new Date(start.getTime() + 60_000) } });
    const restarted = { [WEBHOOK_DELIVER_JOB]: createWebhookDeliveryHandler() };
    expect(await runDueJobs({ db: database.prisma, handlers: restarted, clock: at(new Date(start.getTime() + 120_000)) })).toEqual({
      succeeded: 1,
      retried: 0,
      dead: 0,
    });
    expect(receiver.received).toHaveLength(1);
  });

  it("sends a test event to one endpoint and redelivers on request", async () => {
    const target = await endpoint({ events: ["deprecation.retired"] });
    await endpoint();
    const delivery = await sendTestEvent(database.prisma, { actor: admin, endpointId: target.id, clock: at(start) });
    await run(at(start));
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0].headers["x-interchange-event-type"]).toBe("webhook.test");

    await redeliverWebhook(database.prisma, { actor: admin, endpointId: target.id, deliveryId: delivery.id, clock: at(start) });
    expect((await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).status).toBe("pending");
    await run(at(start));
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1].headers["x-interchange-event-id"]).toBe(delivery.eventId);
    expect(await database.prisma.auditEvent.count({ where: { action: { in: ["webhook.test_sent", "webhook.redeliver"] } } })).toBe(2);
  });

  it("refuses webhook management to anyone but an admin", async () => {
    const target = await endpoint();
    const owner: Actor = { ...admin, role: "owner", teamIds: ["t"] };
    await expect(sendTestEvent(database.prisma, { actor: owner, endpointId: target.id })).rejects.toThrow(/webhook.manage/);
    expect(await database.prisma.webhookDelivery.count()).toBe(0);
  });
});
