import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/auth/permissions";
import { findActorById } from "@/lib/auth/repository";
import { findAssessments, findLatestPerTeam, findTrend } from "@/lib/assessment/repository";
import { takeAssessment } from "@/lib/assessment/take-assessment";
import { QUESTION_IDS, type AnswerPosition, type Answers } from "@/lib/assessment/questions";
import { seedDemo } from "@/lib/seed/seed-demo";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

// The route handlers run as in production, with only the session and the database connection replaced.
const session = vi.hoisted(() => ({ actor: null as Actor | null, db: null as unknown }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => session.actor }));
vi.mock("@/lib/db", async (importOriginal) => ({ ...(await importOriginal<object>()), getDb: async () => session.db }));
const { GET, POST } = await import("@/app/api/v1/assessments/route");
const { GET: GET_ONE } = await import("@/app/api/v1/assessments/[id]/route");

let db: TestDatabase;
let admin: Actor;
let owner: Actor;
let viewer: Actor;
let ownerTeam: { id: string; slug: string };

const all = (position: AnswerPosition): Answers => Object.fromEntries(QUESTION_IDS.map((id) => [id, position])) as Answers;
const actorByEmail = async (email: string) => (await findActorById(db.prisma, (await db.prisma.user.findUniqueOrThrow({ where: { email } })).id))!;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { now: new Date("2026-06-17T11:15:00Z") });
  admin = await actorByEmail("admin@interchange.demo");
  owner = await actorByEmail("owner@interchange.demo");
  viewer = await actorByEmail("exec@interchange.demo");
  ownerTeam = await db.prisma.team.findUniqueOrThrow({ where: { slug: "commerce-platform" }, select: { id: true, slug: true } });
  session.db = db.prisma;
});
afterAll(() => db.close());

/** The evidence shares, computed in SQL independently of lib/assessment/evidence.ts and lib/catalog/completeness.ts. */
async function independentCounts(teamId: string | null) {
  const team = teamId ? `AND i."ownerTeamId" = '${teamId}'` : "";
  const contractTeam = teamId ? `AND c."ownerTeamId" = '${teamId}'` : "";
  const [integrations] = await db.sql.query<{ total: number; monitored: number; validated: number; unowned: number; complete: number }>(`
    SELECT count(*)::int AS total,
      count(*) FILTER (WHERE i."healthStatus" <> 'unmonitored')::int AS monitored,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "ValidationRule" v WHERE v."integrationId" = i.id))::int AS validated,
      count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM "IntegrationOwner" o WHERE o."integrationId" = i.id))::int AS unowned,
      count(*) FILTER (WHERE coalesce(trim(i.description), '') <> ''
        AND (SELECT count(DISTINCT role) FROM "IntegrationOwner" o WHERE o."integrationId" = i.id) = 4
        AND EXISTS (SELECT 1 FROM "EscalationStep" e WHERE e."integrationId" = i.id)
        AND EXISTS (SELECT 1 FROM "Contract" k WHERE k."integrationId" = i.id)
        AND i.monitoring <> 'none' AND i."volumePerDay" IS NOT NULL AND cardinality(i."fieldsExchanged") > 0
        AND EXISTS (SELECT 1 FROM "IntegrationCapability" ic WHERE ic."integrationId" = i.id)
        AND i."expectedLatencySeconds" IS NOT NULL)::int AS complete
    FROM "Integration" i WHERE i."archivedAt" IS NULL ${team}`);
  const [versions] = await db.sql.query<{ published: number; withChangelog: number }>(`
    SELECT count(*) FILTER (WHERE v.status NOT IN ('draft', 'proposed'))::int AS published,
      count(*) FILTER (WHERE v.status NOT IN ('draft', 'proposed') AND coalesce(trim(v.changelog), '') <> '')::int AS "withChangelog"
    FROM "ContractVersion" v JOIN "Contract" c ON c.id = v."contractId" WHERE c."archivedAt" IS NULL ${contractTeam}`);
  // The standards the assessment judges, by rule name: an OpenAPI contract meets them when its current version was
  // linted and has no error or warning of these rules (docs/decisions/036).
  const assessedRules = [
    "org-security-scheme-declared",
    "org-security-applied",
    "oas3-operation-security-defined",
    "oas2-operation-security-defined",
    "org-problem-json-errors",
    "org-versioning-path",
    "org-versioning-header",
    "org-rate-limit-headers",
    "org-retry-after-on-429",
  ];
  const [contracts] = await db.sql.query<{ total: number; standard: number }>(`
    SELECT count(*)::int AS total, count(*) FILTER (WHERE cur."lintFindings" IS NOT NULL AND coalesce(cur."specText", '') <> ''
      AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(cur."lintFindings") f
        WHERE f->>'severity' IN ('error', 'warn') AND f->>'rule' IN (${assessedRules.map((rule) => `'${rule}'`).join(", ")})))::int AS standard
    FROM "Contract" c LEFT JOIN LATERAL (SELECT v."specText", v."lintFindings" FROM "ContractVersion" v WHERE v."contractId" = c.id
      ORDER BY (v.status = 'active') DESC, v."createdAt" DESC LIMIT 1) cur ON true
    WHERE c."archivedAt" IS NULL AND c.type = 'openapi' ${contractTeam}`);
  return { ...integrations, ...versions, contracts: contracts.total, standard: contracts.standard };
}

// The first assessment lints the demo's 88 contract versions (about 3 s of CPU; minutes of wall time on a loaded
// 2-core machine), so the file has a generous budget.
describe("takeAssessment on the demo enterprise", { timeout: 240_000 }, () => {
  it("measures the evidence of a team's own integrations and contracts, as counted independently", async () => {
    const result = await takeAssessment(db.prisma, { actor: owner, input: { scope: "team", team: ownerTeam.slug, answers: all(3) } });
    const expected = await independentCounts(ownerTeam.id);
    expect(expected.total).toBeGreaterThan(0);
    expect(result.evidence.inventory).toMatchObject({ numerator: expected.complete, denominator: expected.total });
    expect(result.evidence.monitoring).toMatchObject({ numerator: expected.monitored, denominator: expected.total });
    expect(result.evidence["data-quality"]).toMatchObject({ numerator: expected.validated, denominator: expected.total });
    expect(result.evidence["change-communication"]).toMatchObject({ numerator: expected.withChangelog, denominator: expected.published });
    expect(result.evidence.standards).toMatchObject({ numerator: expected.standard, denominator: expected.contracts });
    expect(result.evidence.monitoring.share).toBe(Math.floor((expected.monitored / expected.total) * 100));
    expect(result).toMatchObject({ scope: "team", team: { slug: ownerTeam.slug }, total: 18, level: 3, levelName: "Developing Capability" });
  });

  it("measures everything for the organisation", async () => {
    const result = await takeAssessment(db.prisma, { actor: admin, input: { scope: "organisation", answers: all(1) } });
    const expected = await independentCounts(null);
    expect(result.evidence.inventory).toMatchObject({ numerator: expected.complete, denominator: expected.total });
    expect(result.evidence.monitoring).toMatchObject({ numerator: expected.monitored, denominator: expected.total });
    const unowned = result.evidence.inventory.findings.find((f) => f.href === "/catalog?missing=owner");
    expect(unowned?.count ?? 0).toBe(expected.unowned);
    expect(result.level).toBe(1);
    expect(result.plan[0].questionId).toBe("inventory");
  });

  it("lets owners assess only their teams, and writes one audit row per assessment", async () => {
    const before = await db.prisma.auditEvent.count({ where: { action: "assessment.take" } });
    await expect(takeAssessment(db.prisma, { actor: owner, input: { scope: "organisation", answers: all(2) } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(takeAssessment(db.prisma, { actor: owner, input: { scope: "team", team: "finance-systems", answers: all(2) } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(takeAssessment(db.prisma, { actor: viewer, input: { scope: "team", team: ownerTeam.slug, answers: all(2) } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await db.prisma.auditEvent.count({ where: { action: "assessment.take" } })).toBe(before);
  });

  it("keeps the history: trend, latest per team and filters", async () => {
    await takeAssessment(db.prisma, { actor: owner, input: { scope: "team", team: ownerTeam.slug, answers: all(4) } });
    const trend = await findTrend(db.prisma, ownerTeam.id);
    expect(trend.map((a) => a.level)).toEqual([3, 4]);
    expect((await findLatestPerTeam(db.prisma)).map((a) => [a.team?.slug, a.level])).toEqual([["commerce-platform", 4]]);
    expect((await findAssessments(db.prisma, { scope: "organisation", page: 1 })).total).toBe(1);
    expect((await findAssessments(db.prisma, { level: 4, page: 1 })).assessments.map((a) => a.team?.slug)).toEqual(["commerce-platform"]);
    expect(await db.prisma.auditEvent.count({ where: { action: "assessment.take" } })).toBe(3);
  });
});

describe("/api/v1/assessments", () => {
  const post = (body: unknown) =>
    POST(new Request("http://test/api/v1/assessments", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }), {
      params: Promise.resolve({}),
    });

  it("answers 201 with the level, scores, plan and evidence", async () => {
    session.actor = owner;
    const response = await post({ scope: "team", team: ownerTeam.slug, answers: { ...all(3), delivery: 1 } });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({ level: 3, total: 16 });
    // Delivery is answered 1; the demo's specs document no rate limits, so the evidence supports only 1 for standards
    // too, and the guide's order puts standards first.
    expect(body.plan.slice(0, 2).map((item: { questionId: string }) => item.questionId)).toEqual(["standards", "delivery"]);
    expect(body.scores).toHaveLength(6);
    expect(Object.keys(body.evidence).sort()).toEqual([...QUESTION_IDS].sort());
  });

  it.each([
    ["a missing answer", { ...all(2), monitoring: undefined }, "/answers/monitoring"],
    ["an answer out of range", { ...all(2), standards: 5 }, "/answers/standards"],
    ["an unknown question", { ...all(2), culture: 3 }, "/answers/culture"],
  ])("answers 422 problem details naming the question for %s", async (_, answers, pointer) => {
    session.actor = owner;
    const response = await post({ scope: "team", team: ownerTeam.slug, answers });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect((await response.json()).errors.map((e: { pointer: string }) => e.pointer)).toEqual([pointer]);
  });

  it("refuses a viewer with 403 and lists the history to everyone, filtered", async () => {
    session.actor = viewer;
    expect((await post({ scope: "organisation", answers: all(2) })).status).toBe(403);
    const list = await GET(new Request("http://test/api/v1/assessments?scope=organisation&limit=5"), { params: Promise.resolve({}) });
    expect(list.status).toBe(200);
    const page = await list.json();
    expect(page.items.map((a: { scope: string }) => a.scope)).toEqual(["organisation"]);
    const bad = await GET(new Request("http://test/api/v1/assessments?level=9"), { params: Promise.resolve({}) });
    expect(bad.status).toBe(422);
  });

  it("pages the history by cursor without repeating or skipping, and serves one result by id", async () => {
    session.actor = viewer;
    const all = await db.prisma.assessment.findMany({ orderBy: [{ takenAt: "desc" }, { id: "desc" }], select: { id: true } });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `http://test/api/v1/assessments?limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const page = await (await GET(new Request(url), { params: Promise.resolve({}) })).json();
      seen.push(...page.items.map((a: { id: string }) => a.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((a) => a.id));
    expect((await GET(new Request("http://test/api/v1/assessments?cursor=nonsense"), { params: Promise.resolve({}) })).status).toBe(400);

    const one = await GET_ONE(new Request(`http://test/api/v1/assessments/${all[0].id}`), { params: Promise.resolve({ id: all[0].id }) });
    expect(one.status).toBe(200);
    expect((await one.json()).plan.length).toBeGreaterThan(0);
    expect((await GET_ONE(new Request("http://test/api/v1/assessments/nope"), { params: Promise.resolve({ id: "nope" }) })).status).toBe(404);
  });
});
