import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { findActorById } from "@/lib/auth/repository";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { FREE_FAILURES, FREE_FAILURES_BY_KIND } from "@/lib/auth/sign-in-throttle";
import { createTeam, createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

let db: TestDatabase;
let userId: string;
const now = new Date("2026-11-21T09:00:00Z");
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
const at = (seconds: number, address = "192.0.2.10") => ({ address, now: later(seconds) });

beforeAll(async () => {
  db = await createTestDatabase();
  const team = await createTeam(db.prisma);
  const user = await createUser(db.prisma, {
    email: "dana@acme.test",
    name: "Dana Data",
    role: "owner",
    passwordHash: await hashPassword("correct horse"),
    memberships: [{ teamId: team.id }],
  });
  userId = user.id;
  await createUser(db.prisma, { email: "gone@acme.test", passwordHash: await hashPassword("correct horse"), disabledAt: now });
});
afterAll(() => db.close());

describe("signInWithPassword", () => {
  it("accepts the right password, case-insensitively on the address, and records the sign-in", async () => {
    expect(await signInWithPassword(db.prisma, { email: " Dana@ACME.test ", password: "correct horse" }, at(0))).toEqual({ ok: true, userId });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: userId } })).lastSignInAt).toEqual(now);
  });

  it("answers the same for a wrong password, an unknown address, a disabled account and malformed input", async () => {
    const invalid = { ok: false, reason: "invalid-credentials" };
    expect(await signInWithPassword(db.prisma, { email: "dana@acme.test", password: "wrong" }, at(0))).toEqual(invalid);
    expect(await signInWithPassword(db.prisma, { email: "nobody@acme.test", password: "correct horse" }, at(0))).toEqual(invalid);
    expect(await signInWithPassword(db.prisma, { email: "gone@acme.test", password: "correct horse" }, at(0))).toEqual(invalid);
    expect(await signInWithPassword(db.prisma, { email: 42 }, at(0))).toEqual(invalid);
  });

  it("slows down repeated failures for an address, whether or not it has an account", async () => {
    for (const email of ["throttled@acme.test", "dana@acme.test"]) {
      await db.prisma.signInThrottle.deleteMany();
      for (let i = 0; i < FREE_FAILURES; i++) {
        expect((await signInWithPassword(db.prisma, { email, password: "wrong" }, at(i))).ok).toBe(false);
      }
      const refused = await signInWithPassword(db.prisma, { email, password: "correct horse" }, at(FREE_FAILURES - 1));
      expect(refused).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 2 });
    }
    // Once the wait is over the right password works again, and clears the account + address counter.
    expect(await signInWithPassword(db.prisma, { email: "dana@acme.test", password: "correct horse" }, at(FREE_FAILURES + 5))).toEqual({ ok: true, userId });
    expect(await db.prisma.signInThrottle.findUnique({ where: { key: "account-address:dana@acme.test|192.0.2.10" } })).toMatchObject({
      failures: 0,
      lastSucceededAt: later(FREE_FAILURES + 5),
    });
  });

  it("bounds a lock-out of someone else's account: an address that signed in before is let past the account-wide counter", async () => {
    await db.prisma.signInThrottle.deleteMany();
    expect(await signInWithPassword(db.prisma, { email: "dana@acme.test", password: "correct horse" }, at(0, "192.0.2.10"))).toEqual({ ok: true, userId });
    // An attacker spreads wrong passwords over many addresses, a few per address, until the account-wide counter refuses.
    const accountFree = FREE_FAILURES_BY_KIND.account;
    for (let i = 0; i < accountFree; i++) {
      await signInWithPassword(db.prisma, { email: "dana@acme.test", password: "wrong" }, at(1, `198.51.100.${i}`));
    }
    expect(await signInWithPassword(db.prisma, { email: "dana@acme.test", password: "correct horse" }, at(1, "198.51.100.200"))).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    // Dana, from the address she signed in from before, still gets in.
    expect(await signInWithPassword(db.prisma, { email: "dana@acme.test", password: "correct horse" }, at(1, "192.0.2.10"))).toEqual({ ok: true, userId });
  });

  // The free failures each run scrypt (~32 MiB, 50-100 ms idle): at load 30 on 2 cores that took over 60 s.
  it("slows down a password spray over many accounts from one address", async () => {
    await db.prisma.signInThrottle.deleteMany();
    for (let i = 0; i < FREE_FAILURES_BY_KIND.address; i++) {
      await signInWithPassword(db.prisma, { email: `user${i}@acme.test`, password: "wrong" }, at(2, "203.0.113.99"));
    }
    expect(await signInWithPassword(db.prisma, { email: "dana@acme.test", password: "correct horse" }, at(2, "203.0.113.99"))).toMatchObject({
      ok: false,
      reason: "throttled",
    });
  }, 300_000);

  it("loads the actor with its teams, and not a disabled one", async () => {
    const actor = await findActorById(db.prisma, userId);
    expect(actor).toMatchObject({ id: userId, role: "owner", email: "dana@acme.test" });
    expect(actor?.teamIds).toHaveLength(1);
    const disabled = await db.prisma.user.findUniqueOrThrow({ where: { email: "gone@acme.test" } });
    expect(await findActorById(db.prisma, disabled.id)).toBeNull();
  });
});
