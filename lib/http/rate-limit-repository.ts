import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Counts one request against `key` in the window starting at `windowStart` and answers the count so far, in one
 * statement: concurrent requests (in any process on the same database) each see a distinct count. A counter
 * left from an earlier window starts again at 1.
 */
export async function countRequest(db: PrismaClient, key: string, windowStart: Date): Promise<number> {
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "ApiRateLimit" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}::timestamp(3), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "ApiRateLimit"."windowStart" = EXCLUDED."windowStart" THEN "ApiRateLimit"."count" + 1 ELSE 1 END,
      "windowStart" = EXCLUDED."windowStart"
    RETURNING "count"`;
  return Number(rows[0].count);
}

/** Forgets counters of windows that ended: they would start again at 1 anyway. */
export async function deleteCountersBefore(db: PrismaClient, windowStart: Date): Promise<void> {
  await db.apiRateLimit.deleteMany({ where: { windowStart: { lt: windowStart } } });
}
