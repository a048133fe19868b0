import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createContract, createContractVersion, createIntegration, createTeam, createUser } from "@/test/factories";
import { call, serveRoutesFrom, signedIn } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }));

const checkRoute = await import("@/app/api/v1/contracts/[id]/check/route");
const proposalsRoute = await import("@/app/api/v1/change-requests/route");

const DAY_MS = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS);
const day = (date: Date) => date.toISOString().slice(0, 10);

function spec(version: string, sunset?: Date): string {
  const lifecycle = sunset ? `      deprecated: true\n      x-sunset: "${day(sunset)}"\n` : "";
  return `openapi: 3.0.3
info:
  title: Orders
  version: ${version}
paths:
  /orders:
    get:
      operationId: listOrders
${lifecycle}      responses:
        "200":
          description: The orders.
`;
}

let db: TestDatabase;
let detachRoutes: () => void;
let tierContractId: string;
let recordedContractId: string;

// Tier 2 gets 60 days of notice by default; the admin lowered it to 45 here so the test proves the table is read.
const TIER_NOTICE_DAYS = 45;
const RECORDED_SUNSET = inDays(200);

beforeAll(async () => {
  db = await createTestDatabase();
  detachRoutes = serveRoutesFrom(db);
  const team = await createTeam(db.prisma, { name: "Order Platform" });
  const owner = await createUser(db.prisma, { role: "owner", name: "Olga Author", passwordHash: "scrypt$not-used", memberships: [{ teamId: team.id }] });
  signedIn.actor = { id: owner.id, email: owner.email, name: owner.name, role: owner.role, teamIds: [team.id] };
  await db.prisma.noticePolicy.create({ data: { criticality: "tier2", minimumNoticeDays: TIER_NOTICE_DAYS, acknowledgeWithinDays: 14 } });

  const tierIntegration = await createIntegration(db.prisma, { ownerTeamId: team.id, criticality: "tier2" });
  const tierContract = await createContract(db.prisma, {
    slug: "orders-tier",
    name: "Orders",
    type: "openapi",
    ownerTeamId: team.id,
    integrationId: tierIntegration.id,
    ownerUserId: owner.id,
  });
  await createContractVersion(db.prisma, { contractId: tierContract.id, version: "1.0.0", status: "active", specText: spec("1.0.0") });
  tierContractId = tierContract.id;

  const recordedIntegration = await createIntegration(db.prisma, { ownerTeamId: team.id, criticality: "tier4" });
  const recordedContract = await createContract(db.prisma, {
    slug: "orders-recorded",
    name: "Orders (recorded)",
    type: "openapi",
    ownerTeamId: team.id,
    integrationId: recordedIntegration.id,
    ownerUserId: owner.id,
  });
  const base = await createContractVersion(db.prisma, { contractId: recordedContract.id, version: "1.0.0", status: "active", specText: spec("1.0.0") });
  await db.prisma.deprecation.create({
    data: {
      targetKind: "contract_version",
      contractVersionId: base.id,
      reason: "v2 replaces it",
      announcedAt: new Date(),
      sunsetAt: RECORDED_SUNSET,
      createdById: owner.id,
    },
  });
  recordedContractId = recordedContract.id;
});
afterAll(async () => {
  detachRoutes();
  await db.close();
});

const kindsOf = (changes: unknown) => (changes as { kind: string }[]).map((change) => change.kind);

describe("x-sunset judged against the portal's notice policy and deprecation records", () => {
  it("/check reports a sunset closer than the tier's notice, and none when the notice is met", async () => {
    const tooSoon = await call(checkRoute.POST, {
      method: "POST",
      params: { id: tierContractId },
      body: { specText: spec("1.1.0", inDays(TIER_NOTICE_DAYS - 5)) },
    });
    expect(tooSoon.status, JSON.stringify(tooSoon.json)).toBe(200);
    expect(kindsOf(tooSoon.json?.changes)).toContain("api-sunset-date-too-small");
    // 50 days is short of the 60-day default for tier 2, but meets the admin's 45.
    const enough = await call(checkRoute.POST, {
      method: "POST",
      params: { id: tierContractId },
      body: { specText: spec("1.1.0", inDays(TIER_NOTICE_DAYS + 5)) },
    });
    expect(enough.status, JSON.stringify(enough.json)).toBe(200);
    expect(kindsOf(enough.json?.changes)).not.toContain("api-sunset-date-too-small");
  });

  it("/check reports a sunset earlier than the base version's open deprecation", async () => {
    const early = await call(checkRoute.POST, { method: "POST", params: { id: recordedContractId }, body: { specText: spec("1.1.0", inDays(100)) } });
    expect(early.status, JSON.stringify(early.json)).toBe(200);
    expect(kindsOf(early.json?.changes)).toContain("api-sunset-before-deprecation-record");
    const later = await call(checkRoute.POST, { method: "POST", params: { id: recordedContractId }, body: { specText: spec("1.1.0", inDays(250)) } });
    expect(kindsOf(later.json?.changes)).not.toContain("api-sunset-before-deprecation-record");
  });

  it("a proposal's stored diff carries both judgements", async () => {
    const tierProposal = await call(proposalsRoute.POST, {
      method: "POST",
      body: { contractId: tierContractId, title: "Sunset listing soon", specText: spec("1.1.0", inDays(10)) },
    });
    expect(tierProposal.status, JSON.stringify(tierProposal.json)).toBe(201);
    const recordedProposal = await call(proposalsRoute.POST, {
      method: "POST",
      body: { contractId: recordedContractId, title: "Sunset listing early", specText: spec("1.1.0", inDays(100)) },
    });
    expect(recordedProposal.status, JSON.stringify(recordedProposal.json)).toBe(201);
    const stored = await db.prisma.changeRequest.findMany({ select: { contractId: true, diff: true } });
    const kindsFor = (contractId: string) => kindsOf((stored.find((row) => row.contractId === contractId)?.diff as { changes: unknown } | null)?.changes ?? []);
    expect(kindsFor(tierContractId)).toContain("api-sunset-date-too-small");
    expect(kindsFor(recordedContractId)).toContain("api-sunset-before-deprecation-record");
  });
});
