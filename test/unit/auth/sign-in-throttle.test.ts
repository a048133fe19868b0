import { describe, expect, it } from "vitest";
import {
  activeFailures,
  combineDecisions,
  decideSignInAttempt,
  FAILURE_WINDOW_MS,
  FREE_FAILURES,
  isKnownAddress,
  KNOWN_ADDRESS_MS,
  MAX_WAIT_SECONDS,
  normaliseEmail,
  requiredWaitSeconds,
  throttleKeys,
} from "@/lib/auth/sign-in-throttle";

const now = new Date("2026-11-21T10:00:00Z");
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);

describe("sign-in throttle", () => {
  it("lets the first failures through without waiting", () => {
    for (let failures = 0; failures < FREE_FAILURES; failures++) {
      expect(decideSignInAttempt({ failures, lastFailedAt: now }, now)).toEqual({ allowed: true });
    }
  });

  it("doubles the wait after each failure beyond the free ones, up to a cap", () => {
    expect(requiredWaitSeconds(FREE_FAILURES)).toBe(2);
    expect(requiredWaitSeconds(FREE_FAILURES + 1)).toBe(4);
    expect(requiredWaitSeconds(FREE_FAILURES + 2)).toBe(8);
    expect(requiredWaitSeconds(FREE_FAILURES + 30)).toBe(MAX_WAIT_SECONDS);
  });

  it("refuses an attempt made before the wait is over, saying how long to wait", () => {
    expect(decideSignInAttempt({ failures: FREE_FAILURES + 1, lastFailedAt: secondsAgo(1) }, now)).toEqual({ allowed: false, retryAfterSeconds: 3 });
    expect(decideSignInAttempt({ failures: FREE_FAILURES + 1, lastFailedAt: secondsAgo(4) }, now)).toEqual({ allowed: true });
  });

  it("forgives failures older than the window", () => {
    const old = { failures: 50, lastFailedAt: new Date(now.getTime() - FAILURE_WINDOW_MS - 1) };
    expect(activeFailures(old, now)).toBe(0);
    expect(decideSignInAttempt(old, now)).toEqual({ allowed: true });
  });

  it("throttles by normalised address", () => {
    expect(normaliseEmail("  Owner@Interchange.DEMO ")).toBe("owner@interchange.demo");
  });

  it("lets more failures through on a counter with more free attempts", () => {
    expect(decideSignInAttempt({ failures: 10, lastFailedAt: now }, now, 20)).toEqual({ allowed: true });
    expect(requiredWaitSeconds(20, 20)).toBe(2);
  });

  it("keeps the strictest of several decisions", () => {
    expect(combineDecisions([{ allowed: true }, { allowed: true }])).toEqual({ allowed: true });
    expect(combineDecisions([{ allowed: false, retryAfterSeconds: 3 }, { allowed: true }, { allowed: false, retryAfterSeconds: 9 }])).toEqual({
      allowed: false,
      retryAfterSeconds: 9,
    });
  });

  it("keys an attempt by account + address, address and account, and by account alone when the address is unknown", () => {
    expect(throttleKeys("dana@acme.test", "192.0.2.1").map((k) => k.key)).toEqual([
      "account-address:dana@acme.test|192.0.2.1",
      "address:192.0.2.1",
      "account:dana@acme.test",
    ]);
    expect(throttleKeys("dana@acme.test", null)).toEqual([{ kind: "account", key: "account:dana@acme.test" }]);
  });

  it("remembers an address that signed in for a limited time", () => {
    expect(isKnownAddress(null, now)).toBe(false);
    expect(isKnownAddress(secondsAgo(60), now)).toBe(true);
    expect(isKnownAddress(new Date(now.getTime() - KNOWN_ADDRESS_MS - 1), now)).toBe(false);
  });
});
