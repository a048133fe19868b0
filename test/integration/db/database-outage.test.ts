import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { startThrowawayPostgresServer, type ThrowawayPostgresServer } from "@/test/support/throwaway-postgres-server";

// The API during a PostgreSQL outage, on a server of this test's own that it stops and starts again. Only who is
// signed in is faked (the session cookie's check is not what is tested); everything else runs as in production.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => session.actor }));

type Handler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;
const routeModules = import.meta.glob<Partial<Record<"GET" | "POST", Handler>>>("/app/api/v1/**/route.ts");
const PORTAL = "http://interchange.test";

let server: ThrowawayPostgresServer;
let db: typeof import("@/lib/db");
let healthRoute: { GET: Handler };
const health = { GET: () => healthRoute.GET(new Request(`${PORTAL}/api/v1/health`), { params: Promise.resolve({}) }) };
let openApiPaths: Record<string, { get?: { parameters?: { in: string; name: string }[] } }>;

async function get(routeFile: string, path: string, params: Record<string, string> = {}) {
  const handler = (await routeModules[routeFile]())["GET"]!;
  return handler(new Request(`${PORTAL}${path}`), { params: Promise.resolve(params) });
}

beforeAll(async () => {
  server = await startThrowawayPostgresServer();
  vi.stubEnv("DATABASE_URL", server.url);
  db = await import("@/lib/db");
  const opened = await db.openDatabase();
  await db.applyMigrations(opened.sql);
  const admin = await opened.prisma.user.create({ data: { email: "admin@outage.test", name: "Admin", role: "admin" } });
  session.actor = { id: admin.id, email: admin.email, name: admin.name, role: "admin", teamIds: [] };
  await opened.close();
  healthRoute = (await import("@/app/api/v1/health/route")) as unknown as { GET: Handler };
  const openapi = await import("@/app/api/v1/openapi.json/route");
  openApiPaths = (
    (await (await openapi.GET(new Request(`${PORTAL}/api/v1/openapi.json`), { params: Promise.resolve({}) })).json()) as { paths: typeof openApiPaths }
  ).paths;
});
afterAll(async () => {
  await db?.closeDb();
  server?.destroy();
  vi.unstubAllEnvs();
});

describe("a database outage", () => {
  it("answers 503 problem+json with Retry-After on every API route and the health probe, and recovers by itself", async () => {
    expect((await health.GET()).status).toBe(200);
    expect((await get("/app/api/v1/integrations/route.ts", "/api/v1/integrations")).status).toBe(200);

    server.stop();
    try {
      await expectEveryRouteUnavailable();
    } finally {
      server.start();
    }
    // The pool reconnects on the next query: no restart of the portal.
    expect((await health.GET()).status).toBe(200);
    expect((await get("/app/api/v1/integrations/route.ts", "/api/v1/integrations")).status).toBe(200);
  });

  it("answers 503 when the server was down before the first query, and recovers", async () => {
    await db.closeDb();
    server.stop();
    let down: Response;
    try {
      down = await health.GET();
    } finally {
      server.start();
    }
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).not.toBeNull();
    expect((await health.GET()).status).toBe(200);
  });
});

/**
 * Every GET operation of the OpenAPI document, and the health probe, while the server is down: 503 problem+json
 * with Retry-After. Only an answer decided without the database may differ: the OpenAPI document itself, a 422
 * for a missing required parameter (these calls send none), and /me, which reads only the caller (faked here).
 */
async function expectEveryRouteUnavailable() {
  const answers: [string, Response][] = [["GET /api/v1/health", await health.GET()]];
  for (const [path, item] of Object.entries(openApiPaths)) {
    if (!item.get || path === "/api/v1/openapi.json" || path === "/api/v1/me") continue;
    // "1" reads as an id, a key, a slug and a change request's number alike.
    const params = Object.fromEntries((item.get.parameters ?? []).filter((p) => p.in === "path").map((p) => [p.name, "1"]));
    const file = `/app${path.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`;
    answers.push([`GET ${path}`, await get(file, path.replace(/\{(\w+)\}/g, "1"), params)]);
  }
  const unexpected = answers
    .filter(([, response]) => response.status !== 503 && response.status !== 422)
    .map(([name, response]) => `${name}: ${response.status}`);
  expect(unexpected).toEqual([]);
  const unavailable = answers.filter(([, response]) => response.status === 503);
  expect(unavailable.length).toBeGreaterThan(30);
  for (const [, response] of unavailable) {
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await response.json()).detail).toMatch(/database/i);
  }
}
