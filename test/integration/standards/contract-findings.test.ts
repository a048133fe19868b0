import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createContract, createContractVersion, createIntegration, createTeam, createUser } from "@/test/factories";
import { call, serveRoutesFrom, signedIn } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";
import { lintContract } from "@/lib/standards/lint-contract";
import { lintStaleVersions } from "@/lib/standards/lint-versions";
import { goodSpec, toJson } from "@/test/unit/standards/standard-specs";

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }));

const checkRoute = await import("@/app/api/v1/contracts/[id]/check/route");
const versionsRoute = await import("@/app/api/v1/contracts/[id]/versions/route");
const proposalsRoute = await import("@/app/api/v1/change-requests/route");

// The base breaks one rule (its 404 is plain JSON); the candidate fixes it and breaks two others: an operation
// without security (an error) and a 429 without Retry-After (a warning).
const baseSpec = goodSpec();
baseSpec.paths["/orders"].get.responses["404"].content = { "application/json": { schema: { type: "object" } } };
const BASE = toJson(baseSpec);
const candidateSpec = goodSpec();
candidateSpec.info.version = "1.1.0";
candidateSpec.paths["/orders"].get.security = [];
delete candidateSpec.paths["/orders"].get.responses["429"].headers;
const CANDIDATE = toJson(candidateSpec);

let db: TestDatabase;
let detachRoutes: () => void;
let contractId: string;
let baseVersionId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  detachRoutes = serveRoutesFrom(db);
  const team = await createTeam(db.prisma, { name: "Order Platform" });
  const owner = await createUser(db.prisma, { role: "owner", name: "Olga Author", passwordHash: "scrypt$not-used", memberships: [{ teamId: team.id }] });
  signedIn.actor = { id: owner.id, email: owner.email, name: owner.name, role: owner.role, teamIds: [team.id] };
  const integration = await createIntegration(db.prisma, { ownerTeamId: team.id });
  const contract = await createContract(db.prisma, {
    slug: "orders-std",
    name: "Orders",
    type: "openapi",
    ownerTeamId: team.id,
    integrationId: integration.id,
  });
  contractId = contract.id;
  baseVersionId = (await createContractVersion(db.prisma, { contractId, version: "1.0.0", status: "active", specText: BASE })).id;
}, 120_000);
afterAll(async () => {
  detachRoutes();
  await db.close();
});

// Spectral compiles its rulesets on first use: generous budgets for a loaded 2-core machine.
describe("API standards findings of contract versions", { timeout: 120_000 }, () => {
  it("lints a version stored before linting existed, and stores each finding's line, column and pointer", async () => {
    expect(await lintStaleVersions(db.prisma, [baseVersionId])).toEqual({ linted: 1 });
    const row = await db.prisma.contractVersion.findUniqueOrThrow({ where: { id: baseVersionId } });
    expect(row.lintRulesetVersion).toBe(0);
    expect(row.lintErrorCount).toBe(1);
    const lines = BASE.split("\n");
    const [finding] = row.lintFindings as { rule: string; pointer: string; line: number; column: number }[];
    expect(finding).toMatchObject({ rule: "org-problem-json-errors", pointer: "/paths/~1orders/get/responses/404" });
    // In JSON, the response's value starts on its key's line.
    expect(lines[finding.line - 1].trim()).toBe('"404": {');
    expect(finding.column).toBe(lines[finding.line - 1].indexOf("{") + 1);
    // Linted once: a second pass finds nothing stale.
    expect(await lintStaleVersions(db.prisma, [baseVersionId])).toEqual({ linted: 0 });
  });

  it("/check answers the same findings as the linter, and what the candidate introduces and fixes", async () => {
    const response = await call(checkRoute.POST, { method: "POST", params: { id: "orders-std" }, body: { specText: CANDIDATE } });
    expect(response.status, JSON.stringify(response.json)).toBe(200);
    const linted = await lintContract(CANDIDATE);
    expect(linted.ok && response.json?.standards).toMatchObject({ findings: linted.ok ? linted.findings : [], summary: "introduces 2 violations, fixes 1" });
    const standards = response.json?.standards as { introduced: { rule: string }[]; fixed: { rule: string }[] };
    expect(standards.introduced.map((f) => f.rule).sort()).toEqual(["org-retry-after-on-429", "org-security-applied"]);
    expect(standards.fixed.map((f) => f.rule)).toEqual(["org-problem-json-errors"]);
  });

  it("a proposal keeps its delta and counts the new error-level violations", async () => {
    const response = await call(proposalsRoute.POST, { method: "POST", body: { contractId, title: "Open the list", specText: CANDIDATE } });
    expect(response.status, JSON.stringify(response.json)).toBe(201);
    expect(response.json?.standards).toMatchObject({ summary: "introduces 2 violations, fixes 1" });
    const stored = await db.prisma.changeRequest.findUniqueOrThrow({ where: { number: response.json?.number as number } });
    expect(stored.newStandardsErrors).toBe(1);
  });

  it("a version saved through the API is linted when it is saved", async () => {
    const response = await call(versionsRoute.POST, { method: "POST", params: { id: contractId }, body: { version: "2.0.0", specText: CANDIDATE } });
    expect(response.status, JSON.stringify(response.json)).toBe(201);
    const row = await db.prisma.contractVersion.findFirstOrThrow({ where: { contractId, version: "2.0.0" } });
    expect(row.lintErrorCount).toBe(1);
    expect((row.lintFindings as { rule: string }[]).map((f) => f.rule).sort()).toEqual(["org-retry-after-on-429", "org-security-applied"]);
  });
});
