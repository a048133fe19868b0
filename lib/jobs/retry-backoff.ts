const FIRST_RETRY_MS = 30_000;
const LONGEST_WAIT_MS = 6 * 60 * 60_000;

/**
 * How long to wait before attempt `attempts + 1` after `attempts` failures: 30 s, 1 min, 2 min, ... doubling,
 * capped at 6 h. A deterministic jitter from the job id spreads retries of jobs that failed together (one
 * receiver down) without making tests depend on randomness.
 */
export function retryDelayMs(attempts: number, jitterSeed = ""): number {
  const exponential = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_WAIT_MS);
  let hash = 0;
  for (const char of jitterSeed) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const jitter = jitterSeed ? (hash % 1000) / 10_000 : 0; // up to +10 %
  return Math.round(exponential * (1 + jitter));
}
