import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { UNKNOWN_ACCOUNT_HASH, verifyPassword } from "@/lib/auth/password";
import { zSignInInput } from "@/lib/auth/schemas";
import { activeFailures, decideSignInAttempt, normaliseEmail } from "@/lib/auth/sign-in-throttle";
import { clearThrottle, findSignInAccount, findThrottle, recordSignIn, saveThrottle } from "@/lib/auth/repository";

export type SignInResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid-credentials" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks an e-mail and password. Every failure (unknown e-mail, wrong password, disabled account,
 * malformed input) is the same "invalid-credentials" answer, and the password is verified even when
 * the account does not exist so that timing does not tell them apart.
 */
export async function signInWithPassword(db: PrismaClient, raw: unknown, now = new Date()): Promise<SignInResult> {
  const parsed = zSignInInput.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid-credentials" };
  const email = normaliseEmail(parsed.data.email);

  const throttle = await findThrottle(db, email);
  const decision = decideSignInAttempt(throttle, now);
  if (!decision.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: decision.retryAfterSeconds };

  const account = await findSignInAccount(db, email);
  const passwordMatches = await verifyPassword(parsed.data.password, account?.passwordHash ?? UNKNOWN_ACCOUNT_HASH);
  if (!account || !account.passwordHash || account.disabledAt || !passwordMatches) {
    await saveThrottle(db, email, { failures: activeFailures(throttle, now) + 1, lastFailedAt: now });
    return { ok: false, reason: "invalid-credentials" };
  }
  if (throttle) await clearThrottle(db, email);
  await recordSignIn(db, account.id, now);
  return { ok: true, userId: account.id };
}
