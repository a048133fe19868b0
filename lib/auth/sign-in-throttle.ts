/**
 * Slows down repeated failed sign-ins. Three counters are kept (decision 016):
 * - per account + client address: the tight one, 5 free attempts, aimed at one guesser on one account;
 * - per client address: a password spray over many accounts from one address;
 * - per account: a guesser spreading attempts over many addresses. It would let anyone lock a known account
 *   out, so an address that has signed in to the account before is let past it (its own account + address
 *   counter still applies).
 * The state is kept whether or not an account exists, so throttling says nothing about which accounts exist.
 * Every attempt counts, including those refused: the counter is raised before the password is checked, under a
 * row lock, so parallel attempts cannot all read the same count.
 */
export const FREE_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_WAIT_SECONDS = 300;
/** How long a correct password from an address lets that address past the account-wide counter. */
export const KNOWN_ADDRESS_MS = 30 * 24 * 3600 * 1000;

export type ThrottleKind = "account-address" | "address" | "account";

export const FREE_FAILURES_BY_KIND: Record<ThrottleKind, number> = {
  "account-address": FREE_FAILURES,
  // Many people can share one address (an office behind NAT): a spray is many accounts, not a few typos.
  address: 50,
  account: 20,
};

export interface ThrottleState {
  failures: number;
  lastFailedAt: Date;
}

export interface ThrottleKey {
  kind: ThrottleKind;
  key: string;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Failures older than the window are forgiven. */
export function activeFailures(state: ThrottleState | null, now: Date): number {
  if (!state) return 0;
  return now.getTime() - state.lastFailedAt.getTime() > FAILURE_WINDOW_MS ? 0 : state.failures;
}

/** After the free failures, each attempt waits 2, 4, 8 ... seconds (capped) after the last failure. */
export function requiredWaitSeconds(failures: number, freeFailures = FREE_FAILURES): number {
  if (failures < freeFailures) return 0;
  return Math.min(2 ** (failures - freeFailures + 1), MAX_WAIT_SECONDS);
}

export function decideSignInAttempt(state: ThrottleState | null, now: Date, freeFailures = FREE_FAILURES): ThrottleDecision {
  const failures = activeFailures(state, now);
  const wait = requiredWaitSeconds(failures, freeFailures);
  if (wait === 0 || !state) return { allowed: true };
  const elapsedSeconds = (now.getTime() - state.lastFailedAt.getTime()) / 1000;
  return elapsedSeconds >= wait ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.ceil(wait - elapsedSeconds) };
}

/** The strictest of several decisions: refused if any counter refuses, for the longest wait. */
export function combineDecisions(decisions: readonly ThrottleDecision[]): ThrottleDecision {
  const waits = decisions.flatMap((d) => (d.allowed ? [] : [d.retryAfterSeconds]));
  return waits.length === 0 ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.max(...waits) };
}

/**
 * The counters an attempt is checked against. An unknown client address (no socket address reached the server)
 * gets no per-address counter: it would put every such visitor in one bucket.
 */
export function throttleKeys(email: string, address: string | null): ThrottleKey[] {
  if (!address) return [{ kind: "account", key: `account:${email}` }];
  return [
    { kind: "account-address", key: accountAddressKey(email, address) },
    { kind: "address", key: `address:${address}` },
    { kind: "account", key: `account:${email}` },
  ];
}

export function accountAddressKey(email: string, address: string): string {
  return `account-address:${email}|${address}`;
}

/** An address that signed in to the account recently is let past the account-wide counter. */
export function isKnownAddress(lastSucceededAt: Date | null | undefined, now: Date): boolean {
  return !!lastSucceededAt && now.getTime() - lastSucceededAt.getTime() <= KNOWN_ADDRESS_MS;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
