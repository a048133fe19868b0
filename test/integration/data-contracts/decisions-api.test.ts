import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { testVersionRules } from "@/lib/data-contracts/test-payload";
import { compileRuleSet } from "@/lib/data-contracts/evaluator/compile-rule-set";
import { MemoryDuplicateWindow } from "@/lib/data-contracts/evaluator/duplicate-window";
import { evaluatePayload } from "@/lib/data-contracts/evaluator/evaluate-payload";
import type { RuleSetDocument } from "@/lib/data-contracts/evaluator/rule-set";
import { createContract, createContractVersion, createIntegration, createTeam, createUser } from "@/test/factories";
import { call, serveRoutesFrom, signedIn } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }));

const decisions = await import("@/app/api/v1/integrations/[idOrKey]/decisions/route");
const rulesExport = await import("@/app/api/v1/integrations/[idOrKey]/rules/export/route");
const versionRules = await import("@/app/api/v1/contracts/[id]/versions/[version]/rules/route");
const integrationRoute = await import("@/app/api/v1/integrations/[idOrKey]/route");

const productSchema = JSON.stringify({
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  required: ["sku", "approval_status"],
  properties: { sku: { type: "string" }, gtin: { type: "string" }, approval_status: { type: "string" }, email: { type: "string", format: "email" } },
});

const rules = {
  schemaPointer: "",
  personalFields: ["/email"],
  rules: [
    {
      id: "approved-only",
      kind: "approval_gate",
      expression: 'payload.approval_status == "approved"',
      message: "Only approved products are published.",
      pointer: "/approval_status",
      route: "manual_review",
    },
    {
      id: "marketplace-gtin",
      kind: "channel_requirement",
      channel: "marketplace_us",
      expression: "has(payload.gtin)",
      message: "marketplace_us needs a GTIN.",
      pointer: "/gtin",
      route: "quarantine",
    },
    {
      id: "same-sku",
      kind: "duplicate_window",
      expression: "payload.sku",
      windowMinutes: 5,
      message: "Same SKU within 5 minutes.",
      pointer: "/sku",
      route: "duplicate",
    },
  ],
};

let db: TestDatabase;
let detach: () => void;
let owner: Actor;
let otherOwner: Actor;
let viewer: Actor;
let integrationKey: string;
let integrationId: string;
let contractId: string;

const approved = (sku: string, extra: Record<string, unknown> = {}) => ({ sku, gtin: "09506000134352", approval_status: "approved", ...extra });

beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  const team = await createTeam(db.prisma, { slug: "pim-team" });
  const other = await createTeam(db.prisma, { slug: "others" });
  const actorOf = async (role: Actor["role"], teamIds: string[]) => {
    const user = await createUser(db.prisma, { role, memberships: teamIds.map((teamId) => ({ teamId })) });
    return { id: user.id, email: user.email, name: user.name, role, teamIds };
  };
  owner = await actorOf("owner", [team.id]);
  otherOwner = await actorOf("owner", [other.id]);
  viewer = await actorOf("viewer", []);
  const integration = await createIntegration(db.prisma, { ownerTeamId: team.id, approvalState: "approved" });
  integrationKey = integration.key;
  integrationId = integration.id;
  const contract = await createContract(db.prisma, { ownerTeamId: team.id, integrationId: integration.id });
  contractId = contract.id;
  await createContractVersion(db.prisma, { contractId: contract.id, version: "2.0.0", status: "active", specText: productSchema });
}, 60_000);

afterAll(async () => {
  detach?.();
  await db?.close();
});

const decide = (body: unknown, as: Actor | null = owner, token?: string) => {
  signedIn.actor = token ? null : as;
  return call(decisions.POST, { method: "POST", url: `/api/v1/integrations/${integrationKey}/decisions`, params: { idOrKey: integrationKey }, body, token });
};

describe("PUT /api/v1/contracts/{id}/versions/{version}/rules", () => {
  it("refuses a rule that cannot compile where it is written, with the line and column, and stores nothing", async () => {
    signedIn.actor = owner;
    const broken = { ...rules, rules: [rules.rules[0], { ...rules.rules[1], expression: "has(payload.gtin) &&\n  payload.gtin.size( > 8" }] };
    const answer = await call(versionRules.PUT, { method: "PUT", url: "/api", params: { id: contractId, version: "2.0.0" }, body: broken });
    expect(answer.status).toBe(422);
    expect(answer.json?.errors?.[0].pointer).toBe("/rules/1/expression");
    expect(answer.json?.errors?.[0].detail).toMatch(/^Line 2, column \d+: /);
    expect(answer.json?.ruleProblems).toEqual([expect.objectContaining({ pointer: "/rules/1/expression", line: 2 })]);
    const stored = await call(versionRules.GET, { params: { id: contractId, version: "2.0.0" } });
    expect(stored.json?.dataRules).toBeNull();
  });

  it("refuses another team's owner before looking at the rules", async () => {
    signedIn.actor = otherOwner;
    const answer = await call(versionRules.PUT, { method: "PUT", url: "/api", params: { id: contractId, version: "2.0.0" }, body: { rules: "nonsense" } });
    expect(answer.status).toBe(403);
  });

  it("stores compiling rules on the version, audited, and reads them back with the version's ETag", async () => {
    signedIn.actor = owner;
    const answer = await call(versionRules.PUT, { method: "PUT", url: "/api", params: { id: contractId, version: "2.0.0" }, body: rules });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("etag")).toBeTruthy();
    const read = await call(versionRules.GET, { params: { id: contractId, version: "2.0.0" } });
    expect(read.json?.dataRules).toMatchObject({
      schemaPointer: "",
      rules: [{ id: "approved-only", severity: "error" }, { id: "marketplace-gtin" }, { id: "same-sku" }],
    });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "contract.version.rules.update", targetId: contractId } });
    expect(audit.actorId).toBe(owner.id);
  });
});

describe("POST /api/v1/integrations/{key}/decisions", () => {
  it("answers deliver or the route for each payload of a batch, with the fired rules, pointers and handlers", async () => {
    const answer = await decide({
      items: [
        { payload: approved("SKU-1") },
        { payload: approved("SKU-2", { approval_status: "pending" }) },
        { payload: approved("SKU-3", { gtin: undefined }), targets: ["marketplace_us"] },
        { payload: approved("SKU-4", { gtin: undefined }), targets: ["ecommerce"] },
        { payload: { approval_status: "approved" } },
      ],
    });
    expect(answer.status).toBe(200);
    const results = answer.json?.results as { outcome: string; handler: string | null; fired: { rule: string; pointer: string }[] }[];
    expect(results.map((r) => r.outcome)).toEqual(["deliver", "manual_review", "quarantine", "deliver", "quarantine"]);
    expect(results[1]).toMatchObject({ handler: "data_operations", fired: [{ rule: "approved-only", pointer: "/approval_status" }] });
    expect(results[2]).toMatchObject({ handler: "integration_support", fired: [{ rule: "marketplace-gtin", pointer: "/gtin" }] });
    expect(results[4].fired[0]).toMatchObject({ rule: "schema", pointer: "/sku" });
    expect(answer.json?.counts).toEqual({ deliver: 2, manual_review: 1, quarantine: 2 });
    // The quarantined ones feed the integration's live signals.
    const rollups = await db.prisma.signalRollup.findMany({ where: { integrationId, resolution: "minute" } });
    expect(rollups.reduce((sum, r) => sum + Number(r.quarantined), 0)).toBe(2);
  });

  it("decides a malformed payload as reject with the reason instead of failing, one payload or in a batch", async () => {
    for (const payload of ["just text", null, [1, 2], 42]) {
      const answer = await decide({ payload });
      expect(answer.status).toBe(200);
      expect(answer.json?.results).toEqual([
        expect.objectContaining({ outcome: "reject", fired: [expect.objectContaining({ message: expect.stringMatching(/must be a JSON object/) })] }),
      ]);
    }
    const batch = await decide({ items: [{ payload: "x" }, { payload: approved("SKU-5") }] });
    expect((batch.json?.results as { outcome: string }[]).map((r) => r.outcome)).toEqual(["reject", "deliver"]);
  });

  it("refuses a body that is not a decision request (422 naming the field) and more than 1,000 payloads", async () => {
    expect((await decide({ payloads: [] })).status).toBe(422);
    const tooMany = await decide({ items: Array.from({ length: 1001 }, () => ({ payload: {} })) });
    expect(tooMany.status).toBe(422);
  });

  it("marks the same business key delivered within the window as a duplicate, across requests", async () => {
    const first = await decide({ payload: approved("SKU-DUP") });
    expect((first.json?.results as { outcome: string }[])[0].outcome).toBe("deliver");
    const second = await decide({ items: [{ payload: approved("SKU-DUP") }, { payload: approved("SKU-NEW") }, { payload: approved("SKU-NEW") }] });
    expect((second.json?.results as { outcome: string; handler: string }[]).map((r) => r.outcome)).toEqual(["duplicate", "deliver", "duplicate"]);
    const keys = await db.prisma.decisionKey.findMany({ where: { integrationId } });
    // Keys are stored hashed, never as sent.
    expect(keys.some((k) => k.keyHash.includes("SKU"))).toBe(false);
  });

  it("counts decisions per route per minute and keeps no payload unless the integration opts in; opted-in samples are redacted", async () => {
    const counts = await db.prisma.decisionCount.findMany({ where: { integrationId } });
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBeGreaterThan(5);
    expect(await db.prisma.decisionSample.count({ where: { integrationId } })).toBe(0);
    signedIn.actor = owner;
    const optIn = await call(integrationRoute.PATCH, { method: "PATCH", url: "/api", params: { idOrKey: integrationKey }, body: { keepFailingSamples: true } });
    expect(optIn.status).toBe(200);
    expect(optIn.json?.keepFailingSamples).toBe(true);
    await decide({ payload: approved("SKU-PII", { approval_status: "pending", email: "jane@example.com" }) });
    const samples = await db.prisma.decisionSample.findMany({ where: { integrationId } });
    expect(samples).toHaveLength(1);
    expect(samples[0].payload).toMatchObject({ sku: "SKU-PII", email: "[redacted]" });
    expect(JSON.stringify(samples[0].payload)).not.toContain("jane@example.com");
  });

  it("lets only the integration's team (and admins) ask: a viewer and another team's owner are refused", async () => {
    expect((await decide({ payload: approved("SKU-X") }, viewer)).status).toBe(403);
    expect((await decide({ payload: approved("SKU-X") }, otherOwner)).status).toBe(403);
    expect((await decide({ payload: {} }, null)).status).toBe(401);
  });

  it("a decisions token asks for decisions and can do nothing else, not even read the integration", async () => {
    const { secret } = await createApiToken(db.prisma, { actor: owner, input: { name: "gateway", scope: "decisions" } });
    expect((await decide({ payload: approved("SKU-T") }, null, secret)).status).toBe(200);
    signedIn.actor = null;
    const read = await call(integrationRoute.GET, { params: { idOrKey: integrationKey }, token: secret });
    expect(read.status).toBe(403);
    const exported = await call(rulesExport.GET, { params: { idOrKey: integrationKey }, token: secret });
    expect(exported.status).toBe(403);
  });

  it("answers 409 for an integration whose contracts have no active version with rules", async () => {
    const bare = await createIntegration(db.prisma, { ownerTeamId: owner.teamIds[0] });
    signedIn.actor = owner;
    const answer = await call(decisions.POST, { method: "POST", url: "/api", params: { idOrKey: bare.key }, body: { payload: {} } });
    expect(answer.status).toBe(409);
  });
});

describe("GET /api/v1/integrations/{key}/rules/export", () => {
  it("exports one document that the evaluator module decides offline exactly as the endpoint does", async () => {
    signedIn.actor = viewer;
    const exported = await call(rulesExport.GET, { params: { idOrKey: integrationKey } });
    expect(exported.status).toBe(200);
    const document = exported.json as unknown as RuleSetDocument;
    expect(document).toMatchObject({ format: "interchange.data-contract-rules/1", integration: { key: integrationKey }, contract: { version: "2.0.0" } });
    const compiled = compileRuleSet(document);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
    const items = [
      { payload: approved("SKU-OFF-1", { approval_status: "draft" }) },
      { payload: approved("SKU-OFF-2", { gtin: undefined }), targets: ["marketplace_us"] },
      { payload: 7 },
    ];
    const offline = items.map((item) => evaluatePayload(compiled.compiled, item, { now: Date.now(), window: new MemoryDuplicateWindow() }));
    const online = await decide({ items });
    expect(online.json?.results).toEqual(offline);
  });
});

describe("testing a payload against a version's rules (the portal's panel)", () => {
  it("decides one payload without counting it, and rejects text that is not JSON with the reason", async () => {
    const before = await db.prisma.decisionCount.aggregate({ where: { integrationId }, _sum: { count: true } });
    const held = await testVersionRules(db.prisma, {
      actor: viewer,
      contractId,
      version: "2.0.0",
      payloadText: JSON.stringify(approved("SKU-P", { gtin: undefined })),
      targets: ["marketplace_us"],
    });
    expect(held).toMatchObject({ outcome: "quarantine", fired: [{ rule: "marketplace-gtin" }] });
    const broken = await testVersionRules(db.prisma, { actor: viewer, contractId, version: "2.0.0", payloadText: "{ not json", targets: [] });
    expect(broken.outcome).toBe("reject");
    expect(broken.fired[0].message).toMatch(/not JSON/);
    const after = await db.prisma.decisionCount.aggregate({ where: { integrationId }, _sum: { count: true } });
    expect(after._sum.count).toBe(before._sum.count);
  });
});
