import type { Actor } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createConsumer, createContract, createContractVersion, createIntegration, createTeam, createUser } from "@/test/factories";

export const DAY = 86_400_000;

export const actorOf = (user: { id: string; email: string; name: string; role: Actor["role"] }, teamIds: string[] = []): Actor => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  teamIds,
});

/**
 * A tier-1 integration owned by the platform team, its contract with version 1.0.0 (deprecated in the tests) and
 * 2.0.0 (the replacement), two consumers of 1.0.0 (one with an owner, one owned by a team with a lead), and an
 * escalation path of a person then a rota.
 */
export async function createDeprecationFixture(prisma: PrismaClient) {
  const platform = await createTeam(prisma, { name: "Platform" });
  const analytics = await createTeam(prisma, { name: "Analytics" });
  const owner = await createUser(prisma, { role: "owner", memberships: [{ teamId: platform.id }] });
  const admin = await createUser(prisma, { role: "admin" });
  const outsider = await createUser(prisma, { role: "owner" });
  const consumerOwner = await createUser(prisma, { role: "viewer" });
  const analyticsLead = await createUser(prisma, { role: "viewer", memberships: [{ teamId: analytics.id, isLead: true }] });
  const analyticsMember = await createUser(prisma, { role: "viewer", memberships: [{ teamId: analytics.id }] });
  const escalationManager = await createUser(prisma, { role: "owner" });
  const integration = await createIntegration(prisma, {
    ownerTeamId: platform.id,
    criticality: "tier1",
    escalationPath: [
      { position: 1, userId: escalationManager.id },
      { position: 2, contact: "#platform-oncall" },
    ],
  });
  const contract = await createContract(prisma, { ownerTeamId: platform.id, integrationId: integration.id });
  const v1 = await createContractVersion(prisma, { contractId: contract.id, version: "1.0.0" });
  const v2 = await createContractVersion(prisma, { contractId: contract.id, version: "2.0.0" });
  const dashboard = await createConsumer(prisma, {
    contractVersionId: v1.id,
    name: "Revenue dashboard",
    ownerUserId: consumerOwner.id,
    ownerTeamId: analytics.id,
  });
  const model = await createConsumer(prisma, { contractVersionId: v1.id, name: "Churn model", ownerTeamId: analytics.id });
  return {
    platform,
    analytics,
    integration,
    contract,
    v1,
    v2,
    dashboard,
    model,
    users: { owner, admin, outsider, consumerOwner, analyticsLead, analyticsMember, escalationManager },
    actors: {
      owner: actorOf(owner, [platform.id]),
      admin: actorOf(admin),
      outsider: actorOf(outsider),
      consumerOwner: actorOf(consumerOwner),
      analyticsMember: actorOf(analyticsMember, [analytics.id]),
    },
  };
}

export type DeprecationFixture = Awaited<ReturnType<typeof createDeprecationFixture>>;

export const announceInput = (fixture: DeprecationFixture, now: Date, overrides: Record<string, unknown> = {}) => ({
  targetKind: "contract_version",
  contractVersionId: fixture.v1.id,
  reason: "1.0.0 reports cancelled orders as paid.",
  replacementVersionId: fixture.v2.id,
  migrationGuideUrl: "https://docs.example.com/orders/v2-migration",
  sunsetAt: new Date(now.getTime() + 120 * DAY).toISOString(),
  ...overrides,
});
