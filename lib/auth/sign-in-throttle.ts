/**
 * Slows down repeated failed sign-ins for one e-mail address. The state is kept per address whether or
 * not an account exists, so throttling says nothing about which accounts exist.
 */
export const FREE_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_WAIT_SECONDS = 300;

export interface ThrottleState {
  failures: number;
  lastFailedAt: Date;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Failures older than the window are forgiven. */
export function activeFailures(state: ThrottleState | null, now: Date): number {
  if (!state) return 0;
  return now.getTime() - state.lastFailedAt.getTime() > FAILURE_WINDOW_MS ? 0 : state.failures;
}

/** After FREE_FAILURES failures, each attempt waits 2, 4, 8 ... seconds (capped) after the last failure. */
export function requiredWaitSeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES + 1), MAX_WAIT_SECONDS);
}

export function decideSignInAttempt(state: ThrottleState | null, now: Date): ThrottleDecision {
  const failures = activeFailures(state, now);
  const wait = requiredWaitSeconds(failures);
  if (wait === 0 || !state) return { allowed: true };
  const elapsedSeconds = (now.getTime() - state.lastFailedAt.getTime()) / 1000;
  return elapsedSeconds >= wait ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.ceil(wait - elapsedSeconds) };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
