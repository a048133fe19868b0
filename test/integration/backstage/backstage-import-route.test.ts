import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

// The handler runs as in production except for who is signed in by cookie and which database it opens.
const session = vi.hoisted(() => ({ actor: null as Actor | null, prisma: null as unknown }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => session.actor }));
vi.mock("@/lib/db", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/db")>()), getDb: async () => session.prisma }));

const route = await import("@/app/api/v1/import/backstage/route");

const PORTAL = "http://interchange.test";
const noParams = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
const catalog = readFileSync("test/fixtures/backstage/catalog-info.yaml", "utf8");

let db: TestDatabase;
let admin: Actor;

const post = (query: string, headers: Record<string, string>, body = catalog) =>
  route.POST(new Request(`${PORTAL}/api/v1/import/backstage${query}`, { method: "POST", headers: { origin: PORTAL, ...headers }, body }), noParams);

beforeAll(async () => {
  vi.stubEnv("NEXTAUTH_URL", PORTAL);
  db = await createTestDatabase();
  session.prisma = db.prisma;
  admin = { ...(await createUser(db.prisma, { role: "admin" })), teamIds: [] };
  session.actor = admin;
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await db.close();
});

describe("POST /api/v1/import/backstage", () => {
  it("takes YAML with the import header from the portal's pages, and answers the per-entity dry run", async () => {
    const refused = await post("?dryRun=true", { "content-type": "application/yaml" });
    expect(refused.status).toBe(415);
    const json = await post("?dryRun=true", { "content-type": "application/json", "x-interchange-import": "backstage" });
    expect(json.status).toBe(415);

    const dry = await post("?dryRun=true&file=demo.yaml", { "content-type": "application/yaml", "x-interchange-import": "backstage" });
    expect(dry.status).toBe(200);
    const report = await dry.json();
    expect(report).toMatchObject({ dryRun: true, errors: 0, created: { systems: 3, contracts: 2 } });
    expect(report.results[0]).toMatchObject({ file: "demo.yaml", document: 1, ref: "domain:default/artists" });
    expect(await db.prisma.system.count()).toBe(0);
  });

  it("imports, and a file with a broken entity is a 422 naming it", async () => {
    const headers = { "content-type": "application/yaml", "x-interchange-import": "backstage" };
    const broken = await post(
      "",
      headers,
      `${catalog}\n---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: x1\nspec:\n  type: service\n`,
    );
    expect(broken.status).toBe(422);
    const problem = await broken.json();
    expect(problem.errors).toEqual([{ pointer: "/entities/component:default/x1", detail: expect.stringContaining("lifecycle") }]);
    expect(await db.prisma.system.count()).toBe(0);

    const imported = await post("", headers);
    expect(imported.status).toBe(200);
    expect(await db.prisma.system.count()).toBe(3);
  });
});

describe("POST /api/v1/import/backstage/location", () => {
  const locationRoute = import("@/app/api/v1/import/backstage/location/route");
  const postLocation = async (body: unknown) =>
    (await locationRoute).POST(
      new Request(`${PORTAL}/api/v1/import/backstage/location`, {
        method: "POST",
        headers: { origin: PORTAL, "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
      noParams,
    );

  it("is off until the operator names the directory it may read", async () => {
    vi.stubEnv("BACKSTAGE_LOCATIONS_ROOT", "");
    expect((await postLocation({ path: "catalog-info.yaml", dryRun: true })).status).toBe(409);
  });

  it("reads a location under the root, following its Location entities, and never a path outside it", async () => {
    vi.stubEnv("BACKSTAGE_LOCATIONS_ROOT", "test/fixtures/backstage/location");
    const outside = await postLocation({ path: "../catalog-info.yaml", dryRun: true });
    expect(outside.status).toBe(422);
    expect((await outside.json()).errors).toEqual([{ pointer: "/path", detail: expect.stringContaining("outside the location's directory") }]);
    expect((await postLocation({ path: "", dryRun: true })).status).toBe(422);

    const response = await postLocation({ path: "catalog-info.yaml", dryRun: true });
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report).toMatchObject({ errors: 0, created: { teams: 1, people: 1, systems: 1, contracts: 1 } });
    expect(report.results.find((r: { ref: string }) => r.ref === "api:default/podcast-api")).toMatchObject({ file: "apis/podcast.yaml", document: 1 });
  });
});
