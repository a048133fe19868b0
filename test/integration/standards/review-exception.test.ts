import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createContract, createContractVersion, createIntegration, createTeam, createUser } from "@/test/factories";
import { call, serveRoutesFrom, signedIn } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";
import { goodSpec, toJson } from "@/test/unit/standards/standard-specs";

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }));

const proposalsRoute = await import("@/app/api/v1/change-requests/route");
const requestRoute = await import("@/app/api/v1/change-requests/[number]/route");
const submitRoute = await import("@/app/api/v1/change-requests/[number]/submit/route");
const approvalsRoute = await import("@/app/api/v1/change-requests/[number]/approvals/route");
const exceptionsRoute = await import("@/app/api/v1/change-requests/[number]/exceptions/route");

const BASE = toJson(goodSpec());
// Drops the security of the list operation: a new error-level finding (org-security-applied).
const violating = goodSpec();
violating.info.version = "1.1.0";
violating.paths["/orders"].get.security = [];
const VIOLATING = toJson(violating);
// Only a new description: no new finding.
const clean = goodSpec();
clean.info.version = "1.0.1";
clean.info.description = "Orders of the shop, newest first.";
const CLEAN = toJson(clean);

let db: TestDatabase;
let detachRoutes: () => void;
let author: Actor;
let reviewer: Actor;
let dataOwner: Actor;
let admin: Actor;
let contractId: string;

const actorOf = (user: { id: string; email: string; name: string; role: Actor["role"] }, teamIds: string[] = []): Actor => ({ ...user, teamIds });
const as = (actor: Actor) => {
  signedIn.actor = actor;
};
const cr = (number: number) => ({ number: String(number) });
const post = <P>(handler: Parameters<typeof call<P>>[0], params: P, body: unknown) => call(handler, { method: "POST", params, body });
const stepsOf = (json: Record<string, unknown> | null) => (json?.steps as { kind: string; satisfied: boolean }[]).map((step) => [step.kind, step.satisfied]);

async function proposeAndSubmit(specText: string, title: string): Promise<number> {
  as(author);
  const proposed = await call(proposalsRoute.POST, { method: "POST", body: { contractId, title, specText } });
  expect(proposed.status, JSON.stringify(proposed.json)).toBe(201);
  const number = proposed.json?.number as number;
  expect((await post(submitRoute.POST, cr(number), {})).status).toBe(200);
  return number;
}

async function approveByReviewerAndDataOwner(number: number) {
  as(reviewer);
  expect((await post(approvalsRoute.POST, cr(number), { decision: "approved" })).status).toBe(200);
  as(dataOwner);
  const response = await post(approvalsRoute.POST, cr(number), { decision: "approved" });
  expect(response.status, JSON.stringify(response.json)).toBe(200);
  return response;
}

beforeAll(async () => {
  db = await createTestDatabase();
  detachRoutes = serveRoutesFrom(db);
  const team = await createTeam(db.prisma, { name: "Exception Team" });
  author = actorOf(await createUser(db.prisma, { role: "owner", name: "Olga Author", memberships: [{ teamId: team.id }] }), [team.id]);
  reviewer = actorOf(await createUser(db.prisma, { role: "reviewer", name: "Rita Reviewer" }));
  dataOwner = actorOf(await createUser(db.prisma, { role: "viewer", name: "Dora Data" }));
  admin = actorOf(await createUser(db.prisma, { role: "admin", name: "Ada Admin" }));
  const integration = await createIntegration(db.prisma, { ownerTeamId: team.id, owners: [{ role: "data_owner", userId: dataOwner.id }] });
  const contract = await createContract(db.prisma, {
    slug: "exception-orders",
    name: "Exception orders",
    type: "openapi",
    ownerTeamId: team.id,
    integrationId: integration.id,
  });
  contractId = contract.id;
  await createContractVersion(db.prisma, { contractId, version: "1.0.0", status: "active", specText: BASE });
  // The admins' policy: a new error-level finding needs an exception.
  await db.prisma.standardsRuleset.create({ data: { version: 1, overrides: {}, requireExceptionForNewErrors: true, createdById: admin.id } });
}, 120_000);
afterAll(async () => {
  detachRoutes();
  await db.close();
});

describe("a proposal introducing an error-level finding needs an exception", { timeout: 120_000 }, () => {
  let number: number;

  it("is not published by the reviewer's and the data owner's approvals alone", async () => {
    number = await proposeAndSubmit(VIOLATING, "Open the orders list");
    const response = await approveByReviewerAndDataOwner(number);
    expect(response.json?.status).toBe("in_review");
    expect(stepsOf(response.json)).toEqual([
      ["reviewer", true],
      ["data_owner", true],
      ["standards_exception", false],
    ]);
    const detail = await call(requestRoute.GET, { params: cr(number) });
    const introduced = (detail.json?.standards as { introduced: { rule: string; severity: string; line: number }[] }).introduced;
    expect(introduced.filter((finding) => finding.severity === "error").map((finding) => finding.rule)).toEqual(["org-security-applied"]);
    expect(introduced[0].line).toBeGreaterThan(1);
    expect(await db.prisma.contractVersion.count({ where: { contractId } })).toBe(1);
  });

  it("cannot be excepted by its author; an admin's exception with a reason and an expiry publishes it, audited", async () => {
    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    as(author);
    expect((await post(exceptionsRoute.POST, cr(number), { reason: "The list is public data for now.", expiresAt })).status).toBe(403);
    as(admin);
    const response = await post(exceptionsRoute.POST, cr(number), { reason: "The list is public data until the gateway lands.", expiresAt });
    expect(response.status, JSON.stringify(response.json)).toBe(200);
    expect(response.json?.status).toBe("published");
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "change_request.exception" } });
    expect(audit.after).toMatchObject({ exceptionReason: "The list is public data until the gateway lands.", published: true });
  });

  it("a proposal that introduces no error-level finding needs no exception", async () => {
    const next = await proposeAndSubmit(CLEAN.replace('"1.0.1"', '"1.1.1"'), "Describe the order");
    const response = await approveByReviewerAndDataOwner(next);
    expect(response.json?.status).toBe("published");
    as(admin);
    expect(
      (await post(exceptionsRoute.POST, cr(next), { reason: "Not needed at all here.", expiresAt: new Date(Date.now() + 86_400_000).toISOString() })).status,
    ).toBe(409);
  });
});
