import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildAuthOptions } from "@/lib/auth/auth-options";
import { createUser } from "@/test/factories";
import { serveRoutesFrom } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

// Nobody is signed in when these sign-ins come back from the provider.
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));

let db: TestDatabase;
let detach: () => void;
let adminId: string;
const ISSUER = "https://idp.acme.test";
const options = buildAuthOptions({
  NEXTAUTH_SECRET: "single-sign-on-test-secret-0123456789abcdef",
  OIDC_ISSUER: ISSUER,
  OIDC_CLIENT_ID: "interchange",
  OIDC_CLIENT_SECRET: "client-secret",
});

beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  adminId = (await createUser(db.prisma, { role: "admin", email: "admin@interchange.demo", name: "Ada Admin" })).id;
});
afterAll(async () => {
  detach();
  await db.close();
});

/** What next-auth does when the provider sends the browser back: signIn decides, then jwt makes the cookie. */
async function returnFromProvider(claims: Record<string, unknown>): Promise<{ allowed: boolean | string; userId?: string }> {
  const profile = { iss: ISSUER, ...claims };
  const user = { id: String(claims.sub), email: (claims.email as string) ?? null, name: (claims.name as string) ?? null };
  const account = { provider: "oidc", type: "oauth", providerAccountId: String(claims.sub) };
  const allowed = await options.callbacks!.signIn!({ user, account, profile } as never);
  if (allowed !== true) return { allowed };
  const token = await options.callbacks!.jwt!({ token: { sub: user.id }, user, account, profile } as never);
  return { allowed, userId: token.sub };
}

describe("single sign-on through the next-auth callbacks", () => {
  it("does not sign an unverified e-mail claim in as the existing account with that e-mail", async () => {
    const outcome = await returnFromProvider({ sub: "attacker-1", email: "admin@interchange.demo", email_verified: false, name: "Mallory" });
    expect(outcome.userId).not.toBe(adminId);
    expect(outcome.allowed).not.toBe(true);
  });

  it("does not sign a verified e-mail claim in as an existing local account unless the operator allows it", async () => {
    const outcome = await returnFromProvider({ sub: "someone-2", email: "admin@interchange.demo", email_verified: true });
    expect(outcome.userId).not.toBe(adminId);
    expect(outcome.allowed).not.toBe(true);
  });

  it("creates a new viewer for a new person, keyed by issuer and subject, and audits it", async () => {
    const first = await returnFromProvider({ sub: "new-3", email: "nina@acme.test", email_verified: true, name: "Nina New" });
    expect(first.allowed).toBe(true);
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: first.userId } });
    expect(user).toMatchObject({ email: "nina@acme.test", name: "Nina New", role: "viewer" });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "user.sso.create", targetId: user.id } });
    expect(audit.after).toMatchObject({ issuer: ISSUER, subject: "new-3" });
    // Later sign-ins find the account by issuer + subject, even when the e-mail claim changed.
    const again = await returnFromProvider({ sub: "new-3", email: "nina.renamed@acme.test", email_verified: true });
    expect(again).toEqual({ allowed: true, userId: user.id });
  });
});
