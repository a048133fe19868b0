import { describe, expect, it } from "vitest";
import { retryDelayMs } from "@/lib/jobs/retry-backoff";

describe("retryDelayMs", () => {
  it("waits 30 s after the first failure and doubles after each further one", () => {
    expect([1, 2, 3, 4, 5].map((attempts) => retryDelayMs(attempts))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
  });

  it("never waits longer than six hours", () => {
    expect(retryDelayMs(30)).toBe(6 * 60 * 60_000);
    expect(retryDelayMs(1000)).toBe(6 * 60 * 60_000);
  });

  it("adds a deterministic jitter of at most 10 % from the seed", () => {
    const a = retryDelayMs(3, "job-a");
    expect(retryDelayMs(3, "job-a")).toBe(a);
    expect(a).toBeGreaterThanOrEqual(120_000);
    expect(a).toBeLessThanOrEqual(132_000);
    const spread = new Set(["job-a", "job-b", "job-c", "job-d"].map((seed) => retryDelayMs(3, seed)));
    expect(spread.size).toBeGreaterThan(1);
  });
});
