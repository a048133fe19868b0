import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { versionOf } from "@/lib/concurrency/record-version";
import { createContract, createContractVersion, createIntegration, createTeam, createUser } from "@/test/factories";
import { serveRoutesFrom, signedIn } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }));
// Outside a Next.js request there is no cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { saveRulesAction, testRulesAction } = await import("@/lib/data-contracts/actions");

const gate = {
  id: "approved-only",
  kind: "approval_gate",
  expression: 'payload.approval_status == "approved"',
  message: "Only approved products are published.",
  route: "manual_review",
} as const;
const rules = { schemaPointer: null, personalFields: [], rules: [gate] };

let db: TestDatabase;
let detach: () => void;
let owner: Actor;
let viewer: Actor;
let contractId: string;

const etagNow = async () => versionOf((await db.prisma.contractVersion.findFirstOrThrow({ where: { contractId, version: "1.0.0" } })).updatedAt);

beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  const team = await createTeam(db.prisma, { slug: "editor-team" });
  const actorOf = async (role: Actor["role"], teamIds: string[]) => {
    const user = await createUser(db.prisma, { role, memberships: teamIds.map((teamId) => ({ teamId })) });
    return { id: user.id, email: user.email, name: user.name, role, teamIds };
  };
  owner = await actorOf("owner", [team.id]);
  viewer = await actorOf("viewer", []);
  const integration = await createIntegration(db.prisma, { ownerTeamId: team.id, approvalState: "approved" });
  const contract = await createContract(db.prisma, { ownerTeamId: team.id, integrationId: integration.id });
  contractId = contract.id;
  await createContractVersion(db.prisma, { contractId, version: "1.0.0", status: "active", specText: "{}" });
}, 60_000);

afterAll(async () => {
  detach?.();
  await db?.close();
});

describe("the portal's rule editor", () => {
  it("saves rules with the version's ETag, audited, and answers the new ETag", async () => {
    signedIn.actor = owner;
    const result = await saveRulesAction({ contractId, version: "1.0.0", etag: await etagNow(), rules });
    expect(result).toMatchObject({ ok: true, value: { etag: await etagNow() } });
    const audit = await db.prisma.auditEvent.findFirst({ where: { action: "contract.version.rules.update", actorId: owner.id } });
    expect(audit).not.toBeNull();
  });

  it("refuses a stale ETag instead of overwriting someone else's edit", async () => {
    signedIn.actor = owner;
    const stale = versionOf(new Date(0));
    const result = await saveRulesAction({ contractId, version: "1.0.0", etag: stale, rules: { ...rules, rules: [] } });
    expect(result.ok).toBe(false);
    const stored = await db.prisma.contractVersion.findFirstOrThrow({ where: { contractId, version: "1.0.0" } });
    expect((stored.dataRules as { rules: unknown[] }).rules).toHaveLength(1);
  });

  it("puts a CEL error on the rule's expression field, with line and column", async () => {
    signedIn.actor = owner;
    const broken = { ...rules, rules: [gate, { ...gate, id: "second", expression: "payload.sku ==" }] };
    const result = await saveRulesAction({ contractId, version: "1.0.0", etag: await etagNow(), rules: broken });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors["rules.1.expression"]).toMatch(/^Line 1, column \d+: /);
  });

  it("refuses a viewer, who may still test payloads", async () => {
    signedIn.actor = viewer;
    const result = await saveRulesAction({ contractId, version: "1.0.0", etag: await etagNow(), rules });
    expect(result.ok).toBe(false);
    const tested = await testRulesAction({ contractId, version: "1.0.0", payloadText: '{"approval_status":"draft"}', targets: "" });
    expect(tested).toMatchObject({ ok: true, value: { outcome: "manual_review" } });
  });

  it("tests a payload against the rules being edited, not the saved ones", async () => {
    signedIn.actor = owner;
    const draft = { ...rules, rules: [{ ...gate, expression: 'payload.approval_status in ["approved", "draft"]' }] };
    const payloadText = '{"approval_status":"draft"}';
    const saved = await testRulesAction({ contractId, version: "1.0.0", payloadText, targets: "" });
    const edited = await testRulesAction({ contractId, version: "1.0.0", payloadText, targets: "", rules: draft });
    expect(saved).toMatchObject({ ok: true, value: { outcome: "manual_review" } });
    expect(edited).toMatchObject({ ok: true, value: { outcome: "deliver" } });
    const broken = await testRulesAction({
      contractId,
      version: "1.0.0",
      payloadText,
      targets: "",
      rules: { ...draft, rules: [{ ...gate, expression: "(" }] },
    });
    expect(broken).toMatchObject({ ok: false, error: expect.stringMatching(/cannot run/) });
  });
});
