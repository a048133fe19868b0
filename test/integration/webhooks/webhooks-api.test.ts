import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { GET as listEndpoints, POST as postEndpoint } from "@/app/api/v1/webhooks/route";
import { DELETE as deleteEndpoint, GET as getEndpoint, PATCH as patchEndpoint } from "@/app/api/v1/webhooks/[id]/route";
import { GET as listDeliveries } from "@/app/api/v1/webhooks/[id]/deliveries/route";
import { POST as postTest } from "@/app/api/v1/webhooks/[id]/test/route";
import { POST as postRedeliver } from "@/app/api/v1/webhooks/[id]/deliveries/[deliveryId]/redeliver/route";
import { GET as listAudit } from "@/app/api/v1/audit/route";
import { createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";
import { apiRequest, noParams, serveRoutesFrom, withParams } from "@/test/support/route-harness";

let db: TestDatabase;
let detach: () => void;
let adminToken: string;
let ownerToken: string;

const asActor = (user: { id: string; email: string; name: string; role: Actor["role"] }): Actor => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  teamIds: [],
});

beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  const admin = asActor(await createUser(db.prisma, { role: "admin", name: "Ada Admin" }));
  const owner = asActor(await createUser(db.prisma, { role: "owner" }));
  adminToken = (await createApiToken(db.prisma, { actor: admin, input: { name: "ops", scope: "read_write" } })).secret;
  ownerToken = (await createApiToken(db.prisma, { actor: owner, input: { name: "ops", scope: "read_write" } })).secret;
});
afterAll(async () => {
  detach();
  await db.close();
});

const body = async (response: Response) => (await response.json()) as Record<string, unknown> & { errors?: { pointer: string }[] };

describe("/api/v1/webhooks", () => {
  it("creates an endpoint, answering its secret once and never again", async () => {
    const created = await postEndpoint(
      apiRequest("/api/v1/webhooks", {
        method: "POST",
        token: adminToken,
        body: { name: "ServiceNow", url: "https://hooks.example.com/ix", events: ["deprecation.announced"] },
      }),
      noParams,
    );
    expect(created.status).toBe(201);
    const { endpoint, secret } = (await created.json()) as { endpoint: { id: string; secretHint: string }; secret: string };
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(created.headers.get("location")).toBe(`/api/v1/webhooks/${endpoint.id}`);
    expect(endpoint.secretHint).toBe(`…${secret.slice(-4)}`);

    const read = await getEndpoint(apiRequest(`/api/v1/webhooks/${endpoint.id}`, { token: adminToken }), withParams({ id: endpoint.id }));
    const listed = await listEndpoints(apiRequest("/api/v1/webhooks", { token: adminToken }), noParams);
    expect(JSON.stringify(await read.json())).not.toContain(secret);
    expect(JSON.stringify(await listed.json())).not.toContain(secret);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "webhook.create", targetId: endpoint.id } });
    expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it("refuses URLs with credentials or other schemes and unknown event types, naming the field", async () => {
    for (const [input, pointer] of [
      [{ name: "x", url: "https://user:pw@hooks.example.com" }, "/url"],
      [{ name: "x", url: "ftp://hooks.example.com" }, "/url"],
      [{ name: "x", url: "https://hooks.example.com", events: ["change_request.eaten"] }, "/events/0"],
    ] as const) {
      const response = await postEndpoint(apiRequest("/api/v1/webhooks", { method: "POST", token: adminToken, body: input }), noParams);
      expect(response.status).toBe(422);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect((await body(response)).errors?.[0].pointer).toBe(pointer);
    }
  });

  it("refuses non-admins with 403 before reading the body", async () => {
    const response = await postEndpoint(apiRequest("/api/v1/webhooks", { method: "POST", token: ownerToken, body: { nonsense: true } }), noParams);
    expect(response.status).toBe(403);
    expect((await listEndpoints(apiRequest("/api/v1/webhooks", { token: ownerToken }), noParams)).status).toBe(403);
  });

  it("edits with If-Match, disables, lists deliveries, redelivers and deletes", async () => {
    const created = await postEndpoint(
      apiRequest("/api/v1/webhooks", { method: "POST", token: adminToken, body: { name: "BI", url: "http://bi.internal/hook" } }),
      noParams,
    );
    const id = ((await created.json()) as { endpoint: { id: string } }).endpoint.id;
    const etag = created.headers.get("etag")!;

    const patch = (input: unknown, ifMatch?: string) => {
      const request = apiRequest(`/api/v1/webhooks/${id}`, { method: "PATCH", token: adminToken, body: input });
      if (ifMatch) request.headers.set("if-match", ifMatch);
      return patchEndpoint(request, withParams({ id }));
    };
    const changed = await patch({ events: ["change_request.published"], active: false }, etag);
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ events: ["change_request.published"], active: false });
    expect((await patch({ name: "Stale" }, etag)).status).toBe(412);

    const test = await postTest(apiRequest(`/api/v1/webhooks/${id}/test`, { method: "POST", token: adminToken }), withParams({ id }));
    expect(test.status).toBe(202);
    const deliveryId = ((await test.json()) as { id: string }).id;
    const deliveries = await listDeliveries(apiRequest(`/api/v1/webhooks/${id}/deliveries?status=pending`, { token: adminToken }), withParams({ id }));
    expect(((await deliveries.json()) as { items: { id: string; eventType: string }[] }).items).toEqual([
      expect.objectContaining({ id: deliveryId, eventType: "webhook.test" }),
    ]);
    const badStatus = await listDeliveries(apiRequest(`/api/v1/webhooks/${id}/deliveries?status=lost`, { token: adminToken }), withParams({ id }));
    expect(badStatus.status).toBe(422);

    const redelivered = await postRedeliver(
      apiRequest(`/api/v1/webhooks/${id}/deliveries/${deliveryId}/redeliver`, { method: "POST", token: adminToken }),
      withParams({ id, deliveryId }),
    );
    expect(redelivered.status).toBe(202);
    expect(await db.prisma.job.count({ where: { payload: { equals: { deliveryId } } } })).toBe(2);

    expect((await deleteEndpoint(apiRequest(`/api/v1/webhooks/${id}`, { method: "DELETE", token: adminToken }), withParams({ id }))).status).toBe(204);
    expect((await getEndpoint(apiRequest(`/api/v1/webhooks/${id}`, { token: adminToken }), withParams({ id }))).status).toBe(404);
    expect(await db.prisma.webhookDelivery.count({ where: { endpointId: id } })).toBe(0);
  });
});

describe("webhook URLs carry secrets", () => {
  const SECRET_QUERY = "token=s3cret-in-the-query";

  it("never shows the query's values in the answer, the endpoint API or the audit trail, before or after", async () => {
    const created = await postEndpoint(
      apiRequest("/api/v1/webhooks", { method: "POST", token: adminToken, body: { name: "Chat", url: `https://hooks.example.com/ix?${SECRET_QUERY}` } }),
      noParams,
    );
    expect(created.status).toBe(201);
    const createdText = await created.text();
    expect(createdText).not.toContain("s3cret");
    const id = (JSON.parse(createdText) as { endpoint: { id: string; url: string } }).endpoint.id;
    expect((JSON.parse(createdText) as { endpoint: { url: string } }).endpoint.url).toBe("https://hooks.example.com/ix?token=***");
    const patched = await patchEndpoint(
      apiRequest(`/api/v1/webhooks/${id}`, { method: "PATCH", token: adminToken, body: { url: "https://hooks.example.com/ix2?token=an0ther-s3cret" } }),
      withParams({ id }),
    );
    expect(patched.status).toBe(200);
    expect(await patched.text()).not.toContain("s3cret");

    const read = await getEndpoint(apiRequest(`/api/v1/webhooks/${id}`, { token: adminToken }), withParams({ id }));
    const listed = await listEndpoints(apiRequest("/api/v1/webhooks", { token: adminToken }), noParams);
    const audit = await listAudit(apiRequest(`/api/v1/audit?targetId=${id}`, { token: ownerToken }), noParams);
    expect(audit.status).toBe(200);
    for (const text of [await read.text(), await listed.text(), await audit.text()]) expect(text).not.toContain("s3cret");
    const rows = await db.prisma.auditEvent.findMany({ where: { targetId: id } });
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toContain("s3cret");
    // The signing still goes to the real URL.
    expect((await db.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id } })).url).toBe("https://hooks.example.com/ix2?token=an0ther-s3cret");
  });

  it("keeps the stored URL when the edit form sends its redacted form back", async () => {
    const created = await postEndpoint(
      apiRequest("/api/v1/webhooks", { method: "POST", token: adminToken, body: { name: "Chat 2", url: `https://hooks.example.com/keep?${SECRET_QUERY}` } }),
      noParams,
    );
    const { endpoint } = (await created.json()) as { endpoint: { id: string; url: string } };
    const patched = await patchEndpoint(
      apiRequest(`/api/v1/webhooks/${endpoint.id}`, { method: "PATCH", token: adminToken, body: { name: "Chat two", url: endpoint.url } }),
      withParams({ id: endpoint.id }),
    );
    expect(patched.status).toBe(200);
    expect((await db.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).url).toBe(`https://hooks.example.com/keep?${SECRET_QUERY}`);
  });
});

describe("webhook targets on this machine or a private network", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("are refused with 422 naming the URL, on creation and on edit", async () => {
    vi.stubEnv("WEBHOOKS_ALLOW_PRIVATE_NETWORKS", "");
    for (const url of [
      "http://127.0.0.1:9/hook",
      "http://localhost:3000/api/v1/integrations",
      "http://169.254.169.254/latest/meta-data",
      "http://[::1]/hook",
      "http://10.0.0.8/hook",
    ]) {
      const response = await postEndpoint(apiRequest("/api/v1/webhooks", { method: "POST", token: adminToken, body: { name: "Inside", url } }), noParams);
      expect(response.status, url).toBe(422);
      expect((await body(response)).errors?.[0].pointer).toBe("/url");
    }
    const created = await postEndpoint(
      apiRequest("/api/v1/webhooks", { method: "POST", token: adminToken, body: { name: "Outside", url: "https://93.184.216.34/hook" } }),
      noParams,
    );
    expect(created.status).toBe(201);
    const id = ((await created.json()) as { endpoint: { id: string } }).endpoint.id;
    const moved = await patchEndpoint(
      apiRequest(`/api/v1/webhooks/${id}`, { method: "PATCH", token: adminToken, body: { url: "http://192.168.0.10/hook" } }),
      withParams({ id }),
    );
    expect(moved.status).toBe(422);
    expect((await body(moved)).errors?.[0].pointer).toBe("/url");
  });

  it("are accepted when WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true", async () => {
    vi.stubEnv("WEBHOOKS_ALLOW_PRIVATE_NETWORKS", "true");
    const response = await postEndpoint(
      apiRequest("/api/v1/webhooks", { method: "POST", token: adminToken, body: { name: "Local receiver", url: "http://127.0.0.1:9/hook" } }),
      noParams,
    );
    expect(response.status).toBe(201);
  });
});
