import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createConsumer, createContract, createContractVersion, createIntegration, createTeam, createUser } from "@/test/factories";
import { call, serveRoutesFrom, signedIn } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";
import { goodSpec, toJson } from "@/test/unit/standards/standard-specs";

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }));

const scorecardsRoute = await import("@/app/api/v1/scorecards/route");
const rulesetRoute = await import("@/app/api/v1/standards/ruleset/route");

const GOOD = toJson(goodSpec());
const insecure = goodSpec();
insecure.paths["/orders"].get.security = [];
const INSECURE = toJson(insecure);

let db: TestDatabase;
let detachRoutes: () => void;
let admin: { id: string; email: string; name: string; role: "admin"; teamIds: string[] };

beforeAll(async () => {
  db = await createTestDatabase();
  detachRoutes = serveRoutesFrom(db);
  const team = await createTeam(db.prisma, { name: "Score Team" });
  const tech = await createUser(db.prisma, { role: "owner", name: "Tess Tech", memberships: [{ teamId: team.id }] });
  const data = await createUser(db.prisma, { role: "viewer", name: "Dan Data" });
  signedIn.actor = { id: data.id, email: data.email, name: data.name, role: data.role, teamIds: [] };
  const a = await createUser(db.prisma, { role: "admin", name: "Ada Admin" });
  admin = { id: a.id, email: a.email, name: a.name, role: "admin", teamIds: [] };
  const owners = [
    { role: "technical_owner" as const, userId: tech.id },
    { role: "data_owner" as const, userId: data.id },
  ];
  const escalationPath = [{ position: 1, contact: "Orders on-call" }];
  // Silver: a clean active contract, a consumer declaring fields, fresh signals.
  const silver = await createIntegration(db.prisma, {
    key: "INT-SC-1",
    name: "Clean orders",
    ownerTeamId: team.id,
    owners,
    escalationPath,
    lastSignalAt: new Date(),
  });
  const clean = await createContract(db.prisma, { slug: "sc-clean", name: "Clean", type: "openapi", ownerTeamId: team.id, integrationId: silver.id });
  const cleanVersion = await createContractVersion(db.prisma, { contractId: clean.id, version: "1.0.0", status: "active", specText: GOOD });
  await createConsumer(db.prisma, { contractVersionId: cleanVersion.id, name: "Clean dashboard", fieldsUsed: ["order_id"] });
  // Bronze: the same, but its contract breaks an error-level rule.
  const bronze = await createIntegration(db.prisma, {
    key: "INT-SC-2",
    name: "Insecure orders",
    ownerTeamId: team.id,
    owners,
    escalationPath,
    lastSignalAt: new Date(),
  });
  const dirty = await createContract(db.prisma, { slug: "sc-dirty", name: "Dirty", type: "openapi", ownerTeamId: team.id, integrationId: bronze.id });
  const dirtyVersion = await createContractVersion(db.prisma, { contractId: dirty.id, version: "1.0.0", status: "active", specText: INSECURE });
  await createConsumer(db.prisma, { contractVersionId: dirtyVersion.id, name: "Dirty dashboard", fieldsUsed: ["order_id"] });
  // Below Bronze: no owners at all.
  await createIntegration(db.prisma, { key: "INT-SC-3", name: "Orphan feed", ownerTeamId: team.id });
}, 120_000);
afterAll(async () => {
  detachRoutes();
  await db.close();
});

describe("GET /api/v1/scorecards", { timeout: 120_000 }, () => {
  it("levels each integration from its facts and lint results, and rolls them up by team", async () => {
    const response = await call(scorecardsRoute.GET, { url: "/api/v1/scorecards" });
    expect(response.status, JSON.stringify(response.json)).toBe(200);
    const integrations = response.json?.integrations as { key: string; level: string | null; failing: string[] }[];
    const byKey = Object.fromEntries(integrations.map((row) => [row.key, row]));
    expect(byKey["INT-SC-1"]).toMatchObject({ level: "silver" });
    expect(byKey["INT-SC-2"]).toMatchObject({ level: "bronze" });
    expect(byKey["INT-SC-2"].failing).toContain("no-error-findings");
    expect(byKey["INT-SC-3"]).toMatchObject({ level: null });
    expect(byKey["INT-SC-3"].failing).toEqual(expect.arrayContaining(["owners-by-role", "escalation-path"]));
    const team = (response.json?.rollUps as { team: { label: string; integrations: number; none: number; bronze: number; silver: number }[] }).team;
    expect(team).toEqual([expect.objectContaining({ label: "Score Team", integrations: 3, none: 1, bronze: 1, silver: 1 })]);
  });

  it("links a failing rule to exactly the integrations failing it", async () => {
    const all = await call(scorecardsRoute.GET, { url: "/api/v1/scorecards" });
    const rule = (all.json?.rules as { id: string; failing: number; href: string }[]).find((candidate) => candidate.id === "no-error-findings")!;
    expect(rule).toMatchObject({ failing: 1, href: "/standards/scorecards?rule=no-error-findings#failing" });
    const filtered = await call(scorecardsRoute.GET, { url: "/api/v1/scorecards?rule=no-error-findings" });
    expect((filtered.json?.integrations as { key: string }[]).map((row) => row.key)).toEqual(["INT-SC-2"]);
    const unknown = await call(scorecardsRoute.GET, { url: "/api/v1/scorecards?rule=nope" });
    expect(unknown.status).toBe(422);
  });

  it("follows the levels an admin edits, versioned and audited with the ruleset", async () => {
    const viewer = signedIn.actor;
    signedIn.actor = admin;
    try {
      const twice = { levels: { bronze: ["owners-by-role", "escalation-path"], silver: ["active-contract", "owners-by-role"], gold: [] } };
      const refused = await call(rulesetRoute.PATCH, { method: "PATCH", body: { scorecard: twice } });
      expect(refused.status).toBe(422);
      expect(refused.json?.errors?.map((error) => error.pointer)).toEqual(["/scorecard/levels/silver/1"]);
      // Error-level findings move to Gold: the insecure integration is Silver now, short of Gold.
      const scorecard = {
        levels: {
          bronze: ["owners-by-role", "escalation-path"],
          silver: ["active-contract", "consumers-declare-fields", "signals-present"],
          gold: ["no-error-findings", "objectives-met", "validation-rules-defined", "deprecation-policy-followed"],
        },
      };
      const saved = await call(rulesetRoute.PATCH, { method: "PATCH", body: { scorecard } });
      expect(saved.status, JSON.stringify(saved.json)).toBe(200);
      expect(saved.json).toMatchObject({ version: 1, scorecard });
      const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "standards.ruleset.change" } });
      expect(audit.after).toMatchObject({ scorecard });
    } finally {
      signedIn.actor = viewer;
    }
    const response = await call(scorecardsRoute.GET, { url: "/api/v1/scorecards" });
    const byKey = Object.fromEntries((response.json?.integrations as { key: string; level: string | null }[]).map((row) => [row.key, row.level]));
    expect(byKey["INT-SC-2"]).toBe("silver");
  });
});
