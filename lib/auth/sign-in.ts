import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { UNKNOWN_ACCOUNT_HASH, verifyPassword } from "@/lib/auth/password";
import { zSignInInput } from "@/lib/auth/schemas";
import {
  combineDecisions,
  decideSignInAttempt,
  FAILURE_WINDOW_MS,
  FREE_FAILURES_BY_KIND,
  isKnownAddress,
  normaliseEmail,
  throttleKeys,
  type ThrottleDecision,
  type ThrottleKey,
} from "@/lib/auth/sign-in-throttle";
import { countAttempt, findSignInAccount, recordSignIn, recordSuccessfulAddress, uncountAttempt } from "@/lib/auth/repository";

export type SignInResult =
  { ok: true; userId: string } | { ok: false; reason: "invalid-credentials" } | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export interface SignInContext {
  /** The client's address (lib/http/client-address.ts); null when the server could not tell it. */
  address?: string | null;
  now?: Date;
}

/**
 * Checks an e-mail and password. Every failure (unknown e-mail, wrong password, disabled account,
 * malformed input) is the same "invalid-credentials" answer, and the password is verified even when
 * the account does not exist so that timing does not tell them apart.
 *
 * The attempt is counted on every throttle key before the password is checked (decision 016); a correct
 * password takes it back.
 */
export async function signInWithPassword(db: PrismaClient, raw: unknown, context: SignInContext = {}): Promise<SignInResult> {
  const now = context.now ?? new Date();
  const parsed = zSignInInput.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid-credentials" };
  const email = normaliseEmail(parsed.data.email);

  const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const counted: ThrottleKey[] = [];
  const decisions: ThrottleDecision[] = [];
  let knownAddress = false;
  // throttleKeys lists the account + address key first: whether it saw a success decides on the account-wide key.
  for (const key of throttleKeys(email, context.address ?? null)) {
    if (key.kind === "account" && knownAddress) continue;
    const attempt = await countAttempt(db, key.key, now, windowStart);
    counted.push(key);
    if (key.kind === "account-address") knownAddress = isKnownAddress(attempt.lastSucceededAt, now);
    decisions.push(decideSignInAttempt(attempt.before, now, FREE_FAILURES_BY_KIND[key.kind]));
  }
  const decision = combineDecisions(decisions);
  if (!decision.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: decision.retryAfterSeconds };

  const account = await findSignInAccount(db, email);
  const passwordMatches = await verifyPassword(parsed.data.password, account?.passwordHash ?? UNKNOWN_ACCOUNT_HASH);
  if (!account || !account.passwordHash || account.disabledAt || !passwordMatches) return { ok: false, reason: "invalid-credentials" };

  for (const key of counted) {
    if (key.kind === "account-address") await recordSuccessfulAddress(db, key.key, now);
    else await uncountAttempt(db, key.key);
  }
  await recordSignIn(db, account.id, now);
  return { ok: true, userId: account.id };
}
