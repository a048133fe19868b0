import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createConsumer, createContract, createContractVersion, createIntegration, createSystem, createTeam, createUser } from "@/test/factories";
import { call, serveRoutesFrom, signedIn } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }));

const integrationArchive = await import("@/app/api/v1/integrations/[idOrKey]/archive/route");
const systemArchive = await import("@/app/api/v1/systems/[idOrSlug]/archive/route");
const contractArchive = await import("@/app/api/v1/contracts/[id]/archive/route");
const consumerArchive = await import("@/app/api/v1/consumers/[id]/archive/route");

let db: TestDatabase;
let detach: () => void;
let teamId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  teamId = (await createTeam(db.prisma)).id;
  const admin = await createUser(db.prisma, { role: "admin" });
  signedIn.actor = { id: admin.id, email: admin.email, name: admin.name, role: admin.role, teamIds: [] } satisfies Actor;
});
afterAll(async () => {
  detach();
  await db.close();
});

/** One archive body for every record type: a reason, and a plan for what still depends on the record. */
const body = { reason: "Replaced by the new platform", consumerPlan: "Its users moved to the new platform in March." };

describe("the archive routes of every record type take the same body", () => {
  it("archives an integration, a system, a contract and a consumer with a reason and a plan", async () => {
    const system = await createSystem(db.prisma, { ownerTeamId: teamId });
    const integration = await createIntegration(db.prisma, { ownerTeamId: teamId });
    const contract = await createContract(db.prisma, { ownerTeamId: teamId });
    const version = await createContractVersion(db.prisma, { contractId: contract.id });
    const consumer = await createConsumer(db.prisma, { contractVersionId: version.id, ownerTeamId: teamId });

    const answers = {
      integration: await call(integrationArchive.POST, { method: "POST", params: { idOrKey: integration.id }, body }),
      system: await call(systemArchive.POST, { method: "POST", params: { idOrSlug: system.id }, body }),
      consumer: await call(consumerArchive.POST, { method: "POST", params: { id: consumer.id }, body }),
      contract: await call(contractArchive.POST, { method: "POST", params: { id: contract.id }, body }),
    };
    expect(Object.fromEntries(Object.entries(answers).map(([type, answer]) => [type, answer.status]))).toEqual({
      integration: 200,
      system: 200,
      consumer: 200,
      contract: 200,
    });
    for (const answer of Object.values(answers)) {
      expect(answer.json?.archiveReason).toMatch(/Replaced by the new platform/);
      expect(answer.headers.get("deprecation")).toBeNull();
    }
    expect(answers.contract.json?.archiveReason).toMatch(/moved to the new platform in March/);
    for (const [type, id] of [
      ["integration", integration.id],
      ["system", system.id],
      ["consumer", consumer.id],
    ]) {
      const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { targetId: id, action: `${type}.archive` } });
      expect(event.after).toMatchObject({ consumerPlan: body.consumerPlan });
    }
  });

  it("refuses the same bad body from each of them, naming the same field", async () => {
    const system = await createSystem(db.prisma, { ownerTeamId: teamId });
    const integration = await createIntegration(db.prisma, { ownerTeamId: teamId });
    const contract = await createContract(db.prisma, { ownerTeamId: teamId });
    const version = await createContractVersion(db.prisma, { contractId: contract.id });
    const consumer = await createConsumer(db.prisma, { contractVersionId: version.id, ownerTeamId: teamId });
    const tooLong = { reason: "r".repeat(2001), consumerPlan: "p".repeat(2001) };
    for (const answer of [
      await call(integrationArchive.POST, { method: "POST", params: { idOrKey: integration.id }, body: tooLong }),
      await call(systemArchive.POST, { method: "POST", params: { idOrSlug: system.id }, body: tooLong }),
      await call(contractArchive.POST, { method: "POST", params: { id: contract.id }, body: tooLong }),
      await call(consumerArchive.POST, { method: "POST", params: { id: consumer.id }, body: tooLong }),
    ]) {
      expect(answer.status).toBe(422);
      expect(answer.json?.errors?.map((e) => e.pointer).sort()).toEqual(["/consumerPlan", "/reason"]);
    }
  });
});
