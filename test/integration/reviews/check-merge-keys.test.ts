import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createContract, createContractVersion, createIntegration, createTeam, createUser } from "@/test/factories";
import { call, serveRoutesFrom, signedIn } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }));

const checkRoute = await import("@/app/api/v1/contracts/[id]/check/route");

const BASE = readFileSync(new URL("../../fixtures/contract-text/orders-merge-keys.yaml", import.meta.url), "utf8");
const REVISION = BASE.replace(/  updated_at:\n    type: string\n    format: date-time\n/, "");

let db: TestDatabase;
let detachRoutes: () => void;

beforeAll(async () => {
  db = await createTestDatabase();
  detachRoutes = serveRoutesFrom(db);
  const team = await createTeam(db.prisma, { name: "Order Platform" });
  const owner = await createUser(db.prisma, { role: "owner", name: "Olga Author", passwordHash: "scrypt$not-used", memberships: [{ teamId: team.id }] });
  signedIn.actor = { id: owner.id, email: owner.email, name: owner.name, role: owner.role, teamIds: [team.id] };
  const integration = await createIntegration(db.prisma, { ownerTeamId: team.id });
  const contract = await createContract(db.prisma, {
    slug: "orders-merged",
    name: "Orders",
    type: "openapi",
    ownerTeamId: team.id,
    integrationId: integration.id,
    ownerUserId: owner.id,
  });
  await createContractVersion(db.prisma, { contractId: contract.id, version: "1.0.0", status: "active", specText: BASE });
});
afterAll(async () => {
  detachRoutes();
  await db.close();
});

describe("POST /api/v1/contracts/{id}/check with YAML merge keys", () => {
  it("answers breaking when a property is removed from a merged base", async () => {
    expect(REVISION).not.toBe(BASE);
    const response = await call(checkRoute.POST, { method: "POST", params: { id: "orders-merged" }, body: { specText: REVISION } });
    expect(response.status, JSON.stringify(response.json)).toBe(200);
    expect(response.json?.verdict).toBe("breaking");
    expect(
      (response.json?.changes as { severity: string; location: { field?: string } }[])
        .filter((change) => change.severity === "breaking")
        .map((change) => change.location.field),
    ).toEqual(["updated_at"]);
  });
});
