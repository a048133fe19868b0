import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { findTeams } from "@/lib/catalog/teams/repository";
import { GET as listTeams, POST as postTeam } from "@/app/api/v1/teams/route";
import { GET as getTeam, PATCH as patchTeam } from "@/app/api/v1/teams/[slug]/route";
import { createSystem, createTeam, createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";
import { apiRequest, noParams, serveRoutesFrom, withParams } from "@/test/support/route-harness";

let db: TestDatabase;
let detach: () => void;
let adminToken: string;
let ownerToken: string;

const asActor = (user: { id: string; email: string; name: string; role: Actor["role"] }): Actor => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  teamIds: [],
});
type Problem = { status: number; errors?: { pointer: string }[]; detail?: string };

beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  const admin = asActor(await createUser(db.prisma, { role: "admin", email: "ada@acme.test", name: "Ada Admin" }));
  const owner = asActor(await createUser(db.prisma, { role: "owner", email: "otto@acme.test", name: "Otto Owner" }));
  adminToken = (await createApiToken(db.prisma, { actor: admin, input: { name: "admin script", scope: "read_write" } })).secret;
  ownerToken = (await createApiToken(db.prisma, { actor: owner, input: { name: "owner script", scope: "read_write" } })).secret;
  for (const name of ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]) {
    const team = await createTeam(db.prisma, { slug: name.toLowerCase(), name: `${name} Team` });
    if (name === "Bravo") {
      await createSystem(db.prisma, { ownerTeamId: team.id });
      await db.prisma.teamMembership.create({ data: { teamId: team.id, userId: owner.id, isLead: true } });
    }
  }
});
afterAll(async () => {
  detach();
  await db.close();
});

describe("/api/v1/teams", () => {
  it("lists teams by name with cursor pagination and counts", async () => {
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await listTeams(apiRequest(`/api/v1/teams?limit=2${cursor ? `&cursor=${cursor}` : ""}`, { token: ownerToken }), noParams);
      expect(response.status).toBe(200);
      const page = (await response.json()) as { items: { name: string; memberCount: number; owns: { systems: number } }[]; nextCursor: string | null };
      names.push(...page.items.map((t) => t.name));
      if (page.items.some((t) => t.name === "Bravo Team"))
        expect(page.items.find((t) => t.name === "Bravo Team")).toMatchObject({ memberCount: 1, owns: { systems: 1 } });
      cursor = page.nextCursor;
    } while (cursor);
    expect(names).toEqual(["Alpha Team", "Bravo Team", "Charlie Team", "Delta Team", "Echo Team"]);
    const search = await listTeams(apiRequest(`/api/v1/teams?q=char`, { token: ownerToken }), noParams);
    expect(((await search.json()) as { items: { slug: string }[] }).items.map((t) => t.slug)).toEqual(["charlie"]);
  });

  it("a token of an admin creates a team with a plain fetch-like request, audited as the admin", async () => {
    const response = await postTeam(
      apiRequest("/api/v1/teams", { method: "POST", token: adminToken, body: { slug: "payments", name: "Payments", description: "Cards and refunds." } }),
      noParams,
    );
    expect(response.status).toBe(201);
    expect(response.headers.get("location")).toBe("/api/v1/teams/payments");
    const team = (await response.json()) as { id: string; slug: string };
    expect(team.slug).toBe("payments");
    expect(await db.prisma.team.count({ where: { slug: "payments" } })).toBe(1);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { targetType: "team", targetId: team.id } });
    expect(audit).toMatchObject({ action: "team.create", actorLabel: "Ada Admin <ada@acme.test>" });
  });

  it("refuses writes from non-admins with 403, and names invalid or taken fields", async () => {
    const forbidden = await postTeam(apiRequest("/api/v1/teams", { method: "POST", token: ownerToken, body: { slug: "mine", name: "Mine" } }), noParams);
    expect(forbidden.status).toBe(403);
    const invalid = await postTeam(apiRequest("/api/v1/teams", { method: "POST", token: adminToken, body: { slug: "Not A Slug", name: "X" } }), noParams);
    expect(invalid.status).toBe(422);
    expect(((await invalid.json()) as Problem).errors?.map((e) => e.pointer)).toEqual(["/slug", "/name"]);
    const taken = await postTeam(apiRequest("/api/v1/teams", { method: "POST", token: adminToken, body: { slug: "alpha", name: "Another Alpha" } }), noParams);
    expect(taken.status).toBe(409);
    expect(((await taken.json()) as Problem).errors?.[0].pointer).toBe("/slug");
  });

  it("gets a team with its members and an ETag, and updates it only with a current If-Match", async () => {
    const got = await getTeam(apiRequest("/api/v1/teams/bravo", { token: ownerToken }), withParams({ slug: "bravo" }));
    expect(got.status).toBe(200);
    const etag = got.headers.get("etag")!;
    expect(((await got.json()) as { members: { email: string; isLead: boolean }[] }).members).toEqual([
      expect.objectContaining({ email: "otto@acme.test", isLead: true }),
    ]);

    const patch = (body: unknown, ifMatch?: string) => {
      const request = apiRequest("/api/v1/teams/bravo", { method: "PATCH", token: adminToken, body });
      if (ifMatch) request.headers.set("if-match", ifMatch);
      return patchTeam(request, withParams({ slug: "bravo" }));
    };
    const updated = await patch({ name: "Bravo Squad" }, etag);
    expect(updated.status).toBe(200);
    expect(updated.headers.get("etag")).not.toBe(etag);
    const stale = await patch({ name: "Lost Update" }, etag);
    expect(stale.status).toBe(412);
    expect((await db.prisma.team.findUniqueOrThrow({ where: { slug: "bravo" } })).name).toBe("Bravo Squad");
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "team.update" } });
    expect(audit).toMatchObject({ before: { name: "Bravo Team" }, after: { name: "Bravo Squad" } });

    expect((await patch({})).status).toBe(422);
    expect((await getTeam(apiRequest("/api/v1/teams/nope", { token: ownerToken }), withParams({ slug: "nope" }))).status).toBe(404);
  });

  it("findTeams searches and counts for the Teams page", async () => {
    const { teams, total } = await findTeams(db.prisma, { q: "squad", page: 1 });
    expect(total).toBe(1);
    expect(teams[0]).toMatchObject({ slug: "bravo", memberCount: 1, owns: { systems: 1, integrations: 0 } });
  });
});
