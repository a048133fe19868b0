import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { findSampleImpact } from "@/lib/data-contracts/find-sample-impact";
import { findContractSamples } from "@/lib/data-contracts/samples-repository";
import { approveChangeRequest } from "@/lib/reviews/review-decisions";
import { createContract, createContractVersion, createIntegration, createTeam, createUser } from "@/test/factories";
import { serveRoutesFrom, signedIn } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { deleteSampleAction, proposeRulesAction, saveSampleAction } = await import("@/lib/data-contracts/actions");

const schemaText = JSON.stringify({
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  required: ["sku"],
  properties: { sku: { type: "string" }, gtin: { type: "string" }, approval_status: { type: "string" } },
});
const gate = {
  id: "approved-only",
  kind: "approval_gate",
  expression: 'payload.approval_status == "approved"',
  message: "Only approved products are published.",
  route: "manual_review",
};
const gtin = { id: "gtin-required", kind: "field", expression: "has(payload.gtin)", message: "A GTIN is needed.", pointer: "/gtin", route: "quarantine" };
const rules = { schemaPointer: "", personalFields: [], rules: [gate] };

let db: TestDatabase;
let detach: () => void;
let owner: Actor;
let otherOwner: Actor;
let reviewer: Actor;
let admin: Actor;
let contractId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  const team = await createTeam(db.prisma, { slug: "sample-team" });
  const other = await createTeam(db.prisma, { slug: "sample-others" });
  const actorOf = async (role: Actor["role"], teamIds: string[]) => {
    const user = await createUser(db.prisma, { role, memberships: teamIds.map((teamId) => ({ teamId })) });
    return { id: user.id, email: user.email, name: user.name, role, teamIds };
  };
  owner = await actorOf("owner", [team.id]);
  otherOwner = await actorOf("owner", [other.id]);
  reviewer = await actorOf("reviewer", []);
  admin = await actorOf("admin", []);
  const integration = await createIntegration(db.prisma, { ownerTeamId: team.id, approvalState: "approved" });
  const contract = await createContract(db.prisma, { ownerTeamId: team.id, integrationId: integration.id, type: "json_schema" });
  contractId = contract.id;
  const version = await createContractVersion(db.prisma, { contractId, version: "1.0.0", status: "active", specText: schemaText });
  await db.prisma.contractVersion.update({ where: { id: version.id }, data: { dataRules: rules } });
}, 60_000);

afterAll(async () => {
  detach?.();
  await db?.close();
});

const save = (name: string, payload: unknown, expectedOutcome = "deliver", targets = "") =>
  saveSampleAction({ contractId, version: "1.0.0", values: { name, payloadText: JSON.stringify(payload), targets, expectedOutcome } });

describe("saved samples", () => {
  it("saves a sample with its expected decision and the version it was written for, audited without the payload", async () => {
    signedIn.actor = owner;
    expect(await save("approved, no gtin", { sku: "A", approval_status: "approved", email: "x@example.com" })).toMatchObject({ ok: true });
    const [stored] = await findContractSamples(db.prisma, contractId);
    expect(stored).toMatchObject({ name: "approved, no gtin", expectedOutcome: "deliver", savedOnVersion: "1.0.0", payload: { sku: "A" } });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "contract.sample.save" } });
    expect(JSON.stringify(audit)).not.toContain("x@example.com");
  });

  it("refuses a second sample of the same name, text that is not JSON, and another team's owner", async () => {
    signedIn.actor = owner;
    expect(await save("approved, no gtin", { sku: "B" })).toMatchObject({ ok: false, fieldErrors: { name: expect.any(String) } });
    const notJson = await saveSampleAction({ contractId, version: "1.0.0", values: { name: "broken", payloadText: "{ nope", expectedOutcome: "reject" } });
    expect(notJson).toMatchObject({ ok: false, fieldErrors: { payloadText: expect.stringMatching(/not JSON/) } });
    signedIn.actor = otherOwner;
    expect(await save("theirs", { sku: "C" })).toMatchObject({ ok: false });
    expect(await findContractSamples(db.prisma, contractId)).toHaveLength(1);
  });

  it("deletes a sample, for its team only", async () => {
    signedIn.actor = owner;
    await save("to delete", null, "reject");
    const doomed = (await findContractSamples(db.prisma, contractId)).find((s) => s.name === "to delete")!;
    expect(doomed.payload).toBeNull();
    signedIn.actor = otherOwner;
    expect(await deleteSampleAction({ sampleId: doomed.id })).toMatchObject({ ok: false });
    signedIn.actor = owner;
    expect(await deleteSampleAction({ sampleId: doomed.id })).toMatchObject({ ok: true });
    expect((await findContractSamples(db.prisma, contractId)).map((s) => s.name)).toEqual(["approved, no gtin"]);
  });
});

describe("a proposed change of rules in review", () => {
  it("shows which saved samples it would decide differently, and the new version carries the proposed rules", async () => {
    signedIn.actor = owner;
    await save("approved with gtin", { sku: "D", approval_status: "approved", gtin: "123" });
    await save("pending, no gtin", { sku: "E", approval_status: "pending" }, "manual_review");
    await save("approved, no gtin, marketplace", { sku: "F", approval_status: "approved" }, "deliver", "marketplace_us");

    const refused = await proposeRulesAction({
      contractId,
      version: "1.0.0",
      title: "Broken",
      proposedVersion: "",
      rules: { ...rules, rules: [gate, { ...gtin, expression: "has(" }] },
    });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { "dataRules.rules.1.expression": expect.stringMatching(/^Line 1, column \d+/) } });

    const proposed = await proposeRulesAction({
      contractId,
      version: "1.0.0",
      title: "Require a GTIN",
      proposedVersion: "1.1.0",
      rules: { ...rules, rules: [gate, gtin] },
    });
    expect(proposed).toMatchObject({ ok: true, value: { number: expect.any(Number) } });
    const number = proposed.ok ? proposed.value.number : 0;
    const request = await db.prisma.changeRequest.findUniqueOrThrow({ where: { number } });
    expect(request.status).toBe("in_review");

    const impact = await findSampleImpact(db.prisma, request.id);
    expect(impact?.sentences).toEqual(["3 saved samples would now be quarantined"]);
    expect(impact?.changed.map((c) => [c.sample.name, c.before?.outcome, c.after?.outcome])).toEqual([
      ["approved, no gtin", "deliver", "quarantine"],
      ["pending, no gtin", "manual_review", "quarantine"],
      ["approved, no gtin, marketplace", "deliver", "quarantine"],
    ]);

    // The contract names no data owner: an admin gives that approval.
    await approveChangeRequest(db.prisma, { actor: reviewer, number, input: {} });
    await approveChangeRequest(db.prisma, { actor: admin, number, input: {} });
    const published = await db.prisma.contractVersion.findFirstOrThrow({ where: { contractId, version: "1.1.0" } });
    expect((published.dataRules as { rules: { id: string }[] }).rules.map((r) => r.id)).toEqual(["approved-only", "gtin-required"]);
  });
});
