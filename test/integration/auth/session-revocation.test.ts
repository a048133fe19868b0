import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import type { Session } from "next-auth";
import { buildAuthOptions } from "@/lib/auth/auth-options";
import type { Actor } from "@/lib/auth/permissions";
import { findSessionActor } from "@/lib/auth/repository";
import { changeUserRole } from "@/lib/users/change-user-role";
import { createUser } from "@/test/factories";
import { serveRoutesFrom } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

let db: TestDatabase;
let detach: () => void;
let admin: Actor;
const options = buildAuthOptions({ NEXTAUTH_SECRET: "session-revocation-test-secret-0123456789" });

beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  admin = { ...(await createUser(db.prisma, { role: "admin", email: "root@acme.test", name: "Root Admin" })), teamIds: [] };
});
afterAll(async () => {
  detach();
  await db.close();
});

/** What next-auth does at a password sign-in: the jwt callback makes the cookie, the session callback reads it. */
async function signIn(userId: string): Promise<{ token: JWT; session: Session }> {
  const token = await options.callbacks!.jwt!({
    token: { sub: userId },
    user: { id: userId },
    account: { provider: "credentials", type: "credentials", providerAccountId: userId },
  } as never);
  const session = await options.callbacks!.session!({ session: { expires: "2099-01-01T00:00:00Z", user: {} }, token } as never);
  return { token, session: session as Session };
}

describe("session revocation", () => {
  it("stops honouring the old cookie once its user signs out", async () => {
    const user = await createUser(db.prisma, { role: "owner", email: "dana@acme.test" });
    const { token, session } = await signIn(user.id);
    expect(await findSessionActor(db.prisma, session.user)).toMatchObject({ id: user.id });
    await options.events!.signOut!({ token, session });
    expect(await findSessionActor(db.prisma, session.user)).toBeNull();
    // A new sign-in works again.
    expect(await findSessionActor(db.prisma, (await signIn(user.id)).session.user)).toMatchObject({ id: user.id });
  });

  it("ends a user's sessions when an admin changes their role", async () => {
    const user = await createUser(db.prisma, { role: "viewer", email: "rui@acme.test" });
    const { session } = await signIn(user.id);
    await changeUserRole(db.prisma, { actor: admin, userId: user.id, input: { role: "reviewer" } });
    expect(await findSessionActor(db.prisma, session.user)).toBeNull();
  });
});
