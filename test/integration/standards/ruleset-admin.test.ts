import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createContract, createContractVersion, createTeam, createUser } from "@/test/factories";
import { call, serveRoutesFrom, signedIn } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";
import type { Actor } from "@/lib/auth/permissions";
import { lintStaleVersions } from "@/lib/standards/lint-versions";
import { goodSpec, toJson } from "@/test/unit/standards/standard-specs";

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }));

const rulesetRoute = await import("@/app/api/v1/standards/ruleset/route");
const exportRoute = await import("@/app/api/v1/standards/ruleset/spectral.yaml/route");

// A spec whose only finding is a 429 without Retry-After: a warning by default.
const spec = goodSpec();
delete spec.paths["/orders"].get.responses["429"].headers;
const SPEC = toJson(spec);

let db: TestDatabase;
let detachRoutes: () => void;
let admin: Actor;
let owner: Actor;
let versionId: string;

const asActor = (actor: Actor) => {
  signedIn.actor = actor;
};

beforeAll(async () => {
  db = await createTestDatabase();
  detachRoutes = serveRoutesFrom(db);
  const team = await createTeam(db.prisma, { name: "Ruleset Team" });
  const a = await createUser(db.prisma, { role: "admin", name: "Ada Admin" });
  const o = await createUser(db.prisma, { role: "owner", name: "Otto Owner", memberships: [{ teamId: team.id }] });
  admin = { id: a.id, email: a.email, name: a.name, role: a.role, teamIds: [] };
  owner = { id: o.id, email: o.email, name: o.name, role: o.role, teamIds: [team.id] };
  const contract = await createContract(db.prisma, { slug: "ruleset-orders", name: "Ruleset orders", type: "openapi", ownerTeamId: team.id });
  versionId = (await createContractVersion(db.prisma, { contractId: contract.id, version: "1.0.0", status: "active", specText: SPEC })).id;
}, 120_000);
afterAll(async () => {
  detachRoutes();
  await db.close();
});

describe("admins edit the API standards' ruleset", { timeout: 120_000 }, () => {
  it("answers the defaults as version 0, with every rule and an ETag", async () => {
    asActor(owner);
    const response = await call(rulesetRoute.GET, {});
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ version: 0, overrides: {}, requireExceptionForNewErrors: false });
    const rules = response.json?.rules as { name: string; severity: string; source: string }[];
    expect(rules.find((rule) => rule.name === "org-retry-after-on-429")).toMatchObject({ severity: "warn", source: "organisation" });
    expect(rules.find((rule) => rule.name === "operation-operationId")).toMatchObject({ source: "openapi" });
    expect(response.headers.get("etag")).toMatch(/^".+"$/);
  });

  it("refuses a change by anyone but an admin", async () => {
    asActor(owner);
    const response = await call(rulesetRoute.PATCH, { method: "PATCH", body: { rules: { "org-retry-after-on-429": "error" } } });
    expect(response.status).toBe(403);
    expect(await db.prisma.standardsRuleset.count()).toBe(0);
  });

  it("names an unknown rule and a severity Spectral does not have", async () => {
    asActor(admin);
    const unknown = await call(rulesetRoute.PATCH, { method: "PATCH", body: { rules: { "no-such-rule": "error" } } });
    expect(unknown.status).toBe(422);
    expect(unknown.json?.errors?.map((error) => error.pointer)).toEqual(["/rules/no-such-rule"]);
    const severity = await call(rulesetRoute.PATCH, { method: "PATCH", body: { rules: { "org-retry-after-on-429": "fatal" } } });
    expect(severity.status).toBe(422);
    expect(severity.json?.errors?.map((error) => error.pointer)).toEqual(["/rules/org-retry-after-on-429"]);
    expect(await db.prisma.standardsRuleset.count()).toBe(0);
  });

  it("saves a new audited version, re-lints the findings it made stale, and the export follows it", async () => {
    expect(await lintStaleVersions(db.prisma, [versionId])).toEqual({ linted: 1 });
    expect((await db.prisma.contractVersion.findUniqueOrThrow({ where: { id: versionId } })).lintErrorCount).toBe(0);

    asActor(admin);
    const before = await call(rulesetRoute.GET, {});
    const response = await call(rulesetRoute.PATCH, {
      method: "PATCH",
      headers: { "if-match": before.headers.get("etag")! },
      body: { rules: { "org-retry-after-on-429": "error", "operation-tags": "off" }, requireExceptionForNewErrors: true },
    });
    expect(response.status, JSON.stringify(response.json)).toBe(200);
    expect(response.json).toMatchObject({
      version: 1,
      requireExceptionForNewErrors: true,
      overrides: { "org-retry-after-on-429": "error", "operation-tags": "off" },
    });
    expect(response.headers.get("etag")).not.toBe(before.headers.get("etag"));

    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "standards.ruleset.change" } });
    expect(audit).toMatchObject({ actorId: admin.id, targetType: "standards_ruleset", targetId: "1" });
    expect(audit.before).toMatchObject({ version: 0, overrides: {}, requireExceptionForNewErrors: false });
    expect(audit.after).toMatchObject({ version: 1, overrides: { "org-retry-after-on-429": "error" }, requireExceptionForNewErrors: true });
    expect(await db.prisma.job.count({ where: { kind: "standards.relint" } })).toBe(1);

    // The stored findings were computed under version 0: they are stale, and linted again under version 1.
    expect(await lintStaleVersions(db.prisma, [versionId])).toEqual({ linted: 1 });
    const row = await db.prisma.contractVersion.findUniqueOrThrow({ where: { id: versionId } });
    expect(row).toMatchObject({ lintRulesetVersion: 1, lintErrorCount: 1 });

    const file = await exportRoute.GET(new Request("http://localhost/api/v1/standards/ruleset/spectral.yaml"), { params: Promise.resolve({}) });
    const text = await file.text();
    expect(text).toContain("ruleset version 1");
    expect(text).toMatch(/org-retry-after-on-429:\n(\s+.*\n)*?\s+severity: error/);
    expect(text).toContain("operation-tags: off");
  });

  it("refuses a change based on an older version (412), and a severity set back to its default drops out", async () => {
    asActor(admin);
    const stale = await call(rulesetRoute.PATCH, { method: "PATCH", headers: { "if-match": '"0"' }, body: { rules: { "operation-tags": "warn" } } });
    expect(stale.status).toBe(412);
    const current = await call(rulesetRoute.GET, {});
    const response = await call(rulesetRoute.PATCH, {
      method: "PATCH",
      headers: { "if-match": current.headers.get("etag")! },
      body: { rules: { "operation-tags": "warn" } },
    });
    expect(response.status, JSON.stringify(response.json)).toBe(200);
    expect(response.json).toMatchObject({ version: 2, overrides: { "org-retry-after-on-429": "error" } });
    expect(Object.keys(response.json?.overrides as object)).toEqual(["org-retry-after-on-429"]);
  });
});
