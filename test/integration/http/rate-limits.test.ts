import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/client-address";
import { createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

const session = vi.hoisted(() => ({ actor: null as Actor | null, prisma: null as unknown }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => session.actor }));
vi.mock("@/lib/db", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/db")>()), getDb: async () => session.prisma }));

const me = await import("@/app/api/v1/me/route");
const noParams = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };

let db: TestDatabase;
let admin: Actor;
let firstToken: string;
let secondToken: string;
let addressCounter = 0;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const freshAddress = () => `198.51.100.${++addressCounter}`;
function call({ token, address }: { token?: string; address: string }) {
  const headers: Record<string, string> = { [SOCKET_ADDRESS_HEADER]: address };
  if (token) headers.authorization = `Bearer ${token}`;
  session.actor = token ? null : admin;
  return me.GET(new Request("http://interchange.test/api/v1/me", { headers }), noParams);
}

beforeAll(async () => {
  db = await createTestDatabase();
  session.prisma = db.prisma;
  admin = { ...(await createUser(db.prisma, { role: "admin" })), teamIds: [] };
  firstToken = (await createApiToken(db.prisma, { actor: admin, input: { name: "first", scope: "read" } })).secret;
  secondToken = (await createApiToken(db.prisma, { actor: admin, input: { name: "second", scope: "read" } })).secret;
});
afterEach(() => vi.unstubAllEnvs());
afterAll(() => db.close());

function limits(perToken: number, perAddress: number, windowSeconds = 60) {
  vi.stubEnv("API_RATE_LIMIT_PER_TOKEN", String(perToken));
  vi.stubEnv("API_RATE_LIMIT_PER_ADDRESS", String(perAddress));
  vi.stubEnv("API_RATE_LIMIT_WINDOW_SECONDS", String(windowSeconds));
}

describe("API rate limits", () => {
  it("answer 429 problem+json with Retry-After, RateLimit-Policy and RateLimit once a token used its quota", async () => {
    limits(3, 100);
    const address = freshAddress();
    for (let i = 0; i < 3; i++) expect((await call({ token: firstToken, address })).status).toBe(200);
    const refused = await call({ token: firstToken, address });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get("ratelimit-policy")).toBe('"per-token";q=3;w=60');
    expect(refused.headers.get("ratelimit")).toBe(`"per-token";r=0;t=${retryAfter}`);
    expect((await refused.json()).detail).toMatch(/3 requests per 60 seconds/);
    // Another token is counted on its own.
    expect((await call({ token: secondToken, address })).status).toBe(200);
  });

  it("count every caller from one client address together, signed in or with any token", async () => {
    limits(100, 4);
    const address = freshAddress();
    expect((await call({ address })).status).toBe(200);
    expect((await call({ token: firstToken, address })).status).toBe(200);
    expect((await call({ token: secondToken, address })).status).toBe(200);
    expect((await call({ address })).status).toBe(200);
    const refused = await call({ token: secondToken, address });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("ratelimit-policy")).toBe('"per-address";q=4;w=60');
    // Another address is not affected.
    expect((await call({ address: freshAddress() })).status).toBe(200);
  });

  it("are atomic: of 20 simultaneous calls with a quota of 5, exactly 5 get through", async () => {
    limits(1000, 5);
    const address = freshAddress();
    const statuses = (await Promise.all(Array.from({ length: 20 }, () => call({ address })))).map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
  });

  it("start a new window after it ends", async () => {
    limits(1000, 1, 2);
    const address = freshAddress();
    // Start right after a window began, so that the two calls fall into the same 2-second window.
    await sleep(2000 - (Date.now() % 2000) + 50);
    expect((await call({ address })).status).toBe(200);
    expect((await call({ address })).status).toBe(429);
    await sleep(2000 - (Date.now() % 2000) + 50);
    expect((await call({ address })).status).toBe(200);
  });

  it("can be switched off with 0", async () => {
    limits(0, 0);
    const address = freshAddress();
    for (let i = 0; i < 5; i++) expect((await call({ token: firstToken, address })).status).toBe(200);
  });
});
