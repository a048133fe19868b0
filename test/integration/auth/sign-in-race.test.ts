import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { FREE_FAILURES } from "@/lib/auth/sign-in-throttle";
import { createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

let db: TestDatabase;
const now = new Date("2026-12-03T09:00:00Z");
const context = { address: "203.0.113.7", now };

beforeAll(async () => {
  db = await createTestDatabase();
  await createUser(db.prisma, { email: "race@acme.test", passwordHash: await hashPassword("correct horse") });
});
afterAll(() => db.close());

describe("sign-in throttle under parallel attempts", () => {
  it("refuses the right password sent alongside 24 wrong ones once the free attempts are used", { timeout: 120_000 }, async () => {
    // The 24 wrong attempts are started first and the right one last, all before any of them finishes.
    const attempts = [
      ...Array.from({ length: 24 }, () => signInWithPassword(db.prisma, { email: "race@acme.test", password: "wrong" }, context)),
      signInWithPassword(db.prisma, { email: "race@acme.test", password: "correct horse" }, context),
    ];
    const results = await Promise.all(attempts);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "throttled" });
    // Only free attempts were checked against the password, never more than the account + address counter allows.
    // Fewer is right too: each attempt is counted on its three counters one after another, so on PostgreSQL one of
    // the first five on the account + address counter can be the 21st on the account counter (20 free) and be
    // refused there. PGlite runs them one at a time, which is why this once read "exactly five".
    const checked = results.filter((r) => !r.ok && r.reason === "invalid-credentials").length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(FREE_FAILURES);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(25 - checked);
  });

  it("counts every one of 25 parallel failures", { timeout: 120_000 }, async () => {
    await Promise.all(
      Array.from({ length: 25 }, () => signInWithPassword(db.prisma, { email: "fresh@acme.test", password: "wrong" }, { address: "198.51.100.25", now })),
    );
    const rows = await db.prisma.signInThrottle.findMany({
      where: { OR: [{ key: { contains: "fresh@acme.test" } }, { key: { contains: "198.51.100.25" } }] },
    });
    // The account + address, the address and the account counters.
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.failures).toBe(25);
  });
});
