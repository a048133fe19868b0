import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashTokenSecret } from "@/lib/api-tokens/token-secret";
import { clientAddress } from "@/lib/http/client-address";
import { HttpError } from "@/lib/http/http-error";
import { problem } from "@/lib/http/problem-details";
import { countRequest, deleteCountersBefore } from "@/lib/http/rate-limit-repository";

export interface RateLimitSettings {
  /** Requests per window and API token; 0 switches the limit off. */
  perToken: number;
  /** Requests per window and client address (every caller from it, signed in or not); 0 switches it off. */
  perAddress: number;
  windowSeconds: number;
}

const DEFAULTS: RateLimitSettings = { perToken: 600, perAddress: 1200, windowSeconds: 60 };

/** API_RATE_LIMIT_PER_TOKEN, API_RATE_LIMIT_PER_ADDRESS and API_RATE_LIMIT_WINDOW_SECONDS; a bad value keeps the default. */
export function readRateLimitSettings(env: NodeJS.ProcessEnv = process.env): RateLimitSettings {
  const read = (name: string, fallback: number, minimum: number) => {
    const value = Number(env[name]?.trim() || Number.NaN);
    return Number.isInteger(value) && value >= minimum ? value : fallback;
  };
  return {
    perToken: read("API_RATE_LIMIT_PER_TOKEN", DEFAULTS.perToken, 0),
    perAddress: read("API_RATE_LIMIT_PER_ADDRESS", DEFAULTS.perAddress, 0),
    windowSeconds: read("API_RATE_LIMIT_WINDOW_SECONDS", DEFAULTS.windowSeconds, 1),
  };
}

let lastSweptWindow = 0;

/**
 * Counts the request against its client address and, with a token, against the token (by its hash: the secret is
 * never stored); throws 429 problem details with Retry-After and the IETF draft's RateLimit-Policy / RateLimit
 * fields when either quota of the current fixed window is used up. Counters live in the database, so several
 * server processes on one PostgreSQL share them.
 */
export async function enforceRateLimits(db: PrismaClient, request: Request, tokenSecret: string | null, now = new Date()): Promise<void> {
  const settings = readRateLimitSettings();
  const windowMs = settings.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  if (windowStart.getTime() !== lastSweptWindow) {
    lastSweptWindow = windowStart.getTime();
    await deleteCountersBefore(db, windowStart);
  }
  const quotas: { policy: string; key: string; limit: number }[] = [
    { policy: "per-address", key: `address:${clientAddress(request.headers)}`, limit: settings.perAddress },
    ...(tokenSecret ? [{ policy: "per-token", key: `token:${hashTokenSecret(tokenSecret)}`, limit: settings.perToken }] : []),
  ];
  for (const { policy, key, limit } of quotas) {
    if (limit === 0) continue;
    const count = await countRequest(db, key, windowStart);
    if (count > limit) {
      const resetSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
      throw new HttpError(
        problem(
          429,
          `Rate limit reached: ${limit} requests per ${settings.windowSeconds} seconds ${policy === "per-token" ? "for this API token" : "from your address"}. Try again in ${resetSeconds} s.`,
        ),
        {
          "retry-after": String(resetSeconds),
          "ratelimit-policy": `"${policy}";q=${limit};w=${settings.windowSeconds}`,
          ratelimit: `"${policy}";r=0;t=${resetSeconds}`,
        },
      );
    }
  }
}
