import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-api-token";
import { hashTokenSecret } from "@/lib/api-tokens/token-secret";
import { GET as listTokens, POST as postToken } from "@/app/api/v1/tokens/route";
import { DELETE as deleteToken } from "@/app/api/v1/tokens/[id]/route";
import { GET as getMe } from "@/app/api/v1/me/route";
import { createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";
import { apiRequest, noParams, serveRoutesFrom, withParams } from "@/test/support/route-harness";

let db: TestDatabase;
let detach: () => void;
let owner: Actor;
let other: Actor;

const asActor = (user: { id: string; email: string; name: string; role: Actor["role"] }): Actor => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  teamIds: [],
});

beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  owner = asActor(await createUser(db.prisma, { role: "owner", email: "olga@acme.test", name: "Olga Owner" }));
  other = asActor(await createUser(db.prisma, { role: "viewer", email: "vic@acme.test", name: "Vic Viewer" }));
});
afterAll(async () => {
  detach();
  await db.close();
});

describe("createApiToken", () => {
  it("returns the secret once and stores only its SHA-256 hash and a display prefix, audited without the secret", async () => {
    const { token, secret } = await createApiToken(db.prisma, { actor: owner, input: { name: "CMDB sync", scope: "read", expiresInDays: 30 } });
    expect(secret).toMatch(/^ix_[A-Za-z0-9_-]{43}$/);
    const row = await db.prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).toBe(hashTokenSecret(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(secret.startsWith(row.prefix)).toBe(true);
    expect(row.expiresAt!.getTime() - row.createdAt.getTime()).toBeGreaterThan(29 * 24 * 3600 * 1000);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { targetType: "api_token", targetId: token.id } });
    expect(audit.action).toBe("api_token.create");
    expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it("rejects a missing name or an unknown scope and writes nothing", async () => {
    const before = await db.prisma.apiToken.count();
    await expect(createApiToken(db.prisma, { actor: owner, input: { name: " ", scope: "read" } })).rejects.toThrow();
    await expect(createApiToken(db.prisma, { actor: owner, input: { name: "x", scope: "admin" } })).rejects.toThrow();
    expect(await db.prisma.apiToken.count()).toBe(before);
  });
});

describe("authentication by API token through apiRoute", () => {
  it("a read-write token acts as its owner, but cannot mint further tokens", async () => {
    const { secret } = await createApiToken(db.prisma, { actor: owner, input: { name: "ci", scope: "read_write" } });
    const me = await getMe(apiRequest("/api/v1/me", { token: secret }), noParams);
    expect(me.status).toBe(200);
    expect(((await me.json()) as { email: string }).email).toBe("olga@acme.test");

    const before = await db.prisma.apiToken.count();
    const minted = await postToken(apiRequest("/api/v1/tokens", { method: "POST", token: secret, body: { name: "successor", scope: "read_write" } }), noParams);
    expect(minted.status).toBe(403);
    expect(((await minted.json()) as { detail: string }).detail).toContain("a token cannot create tokens");
    expect(await db.prisma.apiToken.count()).toBe(before);
  });

  it("a read token may read but gets 403 problem details on a write", async () => {
    const { token, secret } = await createApiToken(db.prisma, { actor: owner, input: { name: "reader", scope: "read" } });
    const listed = await listTokens(apiRequest("/api/v1/tokens", { token: secret }), noParams);
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { items: { id: string }[] }).items.map((t) => t.id)).toContain(token.id);
    const refused = await deleteToken(apiRequest(`/api/v1/tokens/${token.id}`, { method: "DELETE", token: secret }), withParams({ id: token.id }));
    expect(refused.status).toBe(403);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(((await refused.json()) as { detail: string }).detail).toContain("read-only");
    expect((await db.prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull();
  });

  it("an unknown, revoked or expired token gets 401 problem details, never a redirect", async () => {
    const unknown = await getMe(apiRequest("/api/v1/me", { token: "ix_not-a-real-token" }), noParams);
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get("content-type")).toBe("application/problem+json");
    expect(unknown.headers.get("www-authenticate")).toContain("Bearer");

    const { token, secret } = await createApiToken(db.prisma, { actor: owner, input: { name: "to revoke", scope: "read" } });
    expect((await getMe(apiRequest("/api/v1/me", { token: secret }), noParams)).status).toBe(200);
    const revoked = await deleteToken(
      apiRequest(`/api/v1/tokens/${token.id}`, {
        method: "DELETE",
        token: (await createApiToken(db.prisma, { actor: owner, input: { name: "admin script", scope: "read_write" } })).secret,
      }),
      withParams({ id: token.id }),
    );
    expect(revoked.status).toBe(200);
    const after = await getMe(apiRequest("/api/v1/me", { token: secret }), noParams);
    expect(after.status).toBe(401);
    expect(((await after.json()) as { detail: string }).detail).toContain("revoked");

    const past = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    const expiring = await createApiToken(db.prisma, { actor: owner, input: { name: "short", scope: "read", expiresInDays: 1 }, now: past });
    const expired = await getMe(apiRequest("/api/v1/me", { token: expiring.secret }), noParams);
    expect(expired.status).toBe(401);
    expect(((await expired.json()) as { detail: string }).detail).toContain("expired");
  });

  it("refuses the token of a disabled owner", async () => {
    const leaver = asActor(await createUser(db.prisma, { role: "owner", email: "leaver@acme.test", name: "Lee Leaver" }));
    const { secret } = await createApiToken(db.prisma, { actor: leaver, input: { name: "left behind", scope: "read" } });
    await db.prisma.user.update({ where: { id: leaver.id }, data: { disabledAt: new Date() } });
    expect((await getMe(apiRequest("/api/v1/me", { token: secret }), noParams)).status).toBe(401);
  });

  it("records the last use at most once a minute", async () => {
    const { token, secret } = await createApiToken(db.prisma, { actor: owner, input: { name: "throttled", scope: "read" } });
    const t0 = new Date("2030-01-01T10:00:00Z");
    await authenticateApiToken(db.prisma, { secret, method: "GET", now: t0 });
    await authenticateApiToken(db.prisma, { secret, method: "GET", now: new Date(t0.getTime() + 30_000) });
    expect((await db.prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toEqual(t0);
    const later = new Date(t0.getTime() + 61_000);
    await authenticateApiToken(db.prisma, { secret, method: "GET", now: later });
    expect((await db.prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toEqual(later);
  });
});

describe("revokeApiToken", () => {
  it("answers not found for someone else's token and keeps it working", async () => {
    const { token, secret } = await createApiToken(db.prisma, { actor: owner, input: { name: "mine", scope: "read" } });
    await expect(revokeApiToken(db.prisma, { actor: other, tokenId: token.id })).rejects.toThrow(/not found/);
    expect((await authenticateApiToken(db.prisma, { secret, method: "GET" })).id).toBe(owner.id);
  });

  it("is audited and cannot be repeated", async () => {
    const { token } = await createApiToken(db.prisma, { actor: owner, input: { name: "once", scope: "read" } });
    await revokeApiToken(db.prisma, { actor: owner, tokenId: token.id });
    expect(await db.prisma.auditEvent.count({ where: { targetId: token.id, action: "api_token.revoke" } })).toBe(1);
    await expect(revokeApiToken(db.prisma, { actor: owner, tokenId: token.id })).rejects.toThrow(/already revoked/);
  });
});
