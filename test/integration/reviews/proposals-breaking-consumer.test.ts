import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { proposeContractChange } from "@/lib/reviews/propose-contract-change";
import { findProposalsBreakingConsumer } from "@/lib/reviews/find-proposals-breaking-consumer";
import { createConsumer, createContract, createContractVersion, createTeam, createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

let db: TestDatabase;
let owner: Actor;
let versionId: string;
let contractId: string;

const spec = (revenueField: string) =>
  JSON.stringify({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "Order",
    type: "object",
    properties: { order_id: { type: "string" }, [revenueField]: { type: "number" } },
    required: ["order_id"],
  });

beforeAll(async () => {
  db = await createTestDatabase();
  const team = await createTeam(db.prisma, { name: "Commerce" });
  const user = await createUser(db.prisma, { role: "owner", memberships: [{ teamId: team.id }] });
  owner = { id: user.id, email: user.email, name: user.name, role: "owner", teamIds: [team.id] };
  const contract = await createContract(db.prisma, { slug: "order-events", name: "Order events", type: "json_schema", ownerTeamId: team.id });
  contractId = contract.id;
  versionId = (await createContractVersion(db.prisma, { contractId, version: "1.0.0", specText: spec("net_revenue") })).id;
}, 60_000);

afterAll(async () => {
  await db?.close();
});

describe("a proposal that removes or renames a field a consumer declares", () => {
  it("is flagged on that consumer, and not on one that does not declare the field", async () => {
    const dashboard = await createConsumer(db.prisma, { contractVersionId: versionId, name: "Revenue dashboard", fieldsUsed: ["order_id", "net_revenue"] });
    const picker = await createConsumer(db.prisma, { contractVersionId: versionId, name: "Pick list", fieldsUsed: ["order_id"] });
    const proposal = await proposeContractChange(db.prisma, {
      actor: owner,
      input: { contractId, title: "Rename net_revenue to net_amount", specText: spec("net_amount"), submit: true },
    });
    const flagged = await findProposalsBreakingConsumer(db.prisma, { actor: owner, consumer: dashboard });
    expect(flagged.map((p) => [p.number, p.title])).toEqual([[proposal.number, "Rename net_revenue to net_amount"]]);
    expect(flagged[0].changes.map((change) => change.field)).toContain("net_revenue");
    expect(await findProposalsBreakingConsumer(db.prisma, { actor: owner, consumer: picker })).toEqual([]);
  });
});
