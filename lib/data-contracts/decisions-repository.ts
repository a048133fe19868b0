import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { DecisionOutcome } from "@/lib/generated/prisma/enums";

type Tx = Prisma.TransactionClient;

/**
 * The keys of one batch delivered within the longest window still open. The hashes travel as one JSON parameter:
 * a thousand bound parameters cost more to plan than the lookup itself.
 */
export async function findDeliveredKeys(tx: Tx, integrationId: string, keyHashes: readonly string[], since: Date) {
  if (!keyHashes.length) return [];
  const rows = await tx.$queryRaw<{ ruleId: string; keyHash: string; deliveredAt: Date | string }[]>`
    SELECT "ruleId", "keyHash", "deliveredAt" FROM "DecisionKey"
    WHERE "integrationId" = ${integrationId} AND "deliveredAt" >= ${since}
      AND "keyHash" IN (SELECT jsonb_array_elements_text(${JSON.stringify(keyHashes)}::jsonb))`;
  return rows.map((row) => ({ ruleId: row.ruleId, keyHash: row.keyHash, deliveredAt: new Date(row.deliveredAt) }));
}

/**
 * Stores what a batch delivered in one statement (the newer delivery of a key wins, also against a concurrent
 * batch) and forgets the integration's expired keys.
 */
export async function storeDeliveredKeys(tx: Tx, integrationId: string, keys: readonly { ruleId: string; keyHash: string; at: number }[], expiredBefore: Date) {
  await tx.$executeRaw`DELETE FROM "DecisionKey" WHERE "integrationId" = ${integrationId} AND "deliveredAt" < ${expiredBefore}`;
  if (!keys.length) return;
  const rows = keys.map((k) => ({ ruleId: k.ruleId, keyHash: k.keyHash, deliveredAt: new Date(k.at).toISOString() }));
  await tx.$executeRaw`
    INSERT INTO "DecisionKey" AS d ("integrationId", "ruleId", "keyHash", "deliveredAt")
    SELECT ${integrationId}, k."ruleId", k."keyHash", k."deliveredAt"
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS k("ruleId" text, "keyHash" text, "deliveredAt" timestamp(3))
    ON CONFLICT ("integrationId", "ruleId", "keyHash") DO UPDATE SET "deliveredAt" = GREATEST(d."deliveredAt", EXCLUDED."deliveredAt")`;
}

/** Adds a batch's outcomes to the integration's per-minute counts. */
export async function addDecisionCounts(tx: Tx, integrationId: string, minute: Date, counts: ReadonlyMap<DecisionOutcome, number>) {
  for (const [outcome, count] of counts) {
    await tx.decisionCount.upsert({
      where: { integrationId_minute_outcome: { integrationId, minute, outcome } },
      create: { integrationId, minute, outcome, count },
      update: { count: { increment: count } },
    });
  }
}

/** Keeps the newest samples only: a sample is evidence for a fix, not an archive of payloads. */
export async function storeDecisionSamples(
  tx: Tx,
  integrationId: string,
  samples: readonly { outcome: DecisionOutcome; payload: unknown; fired: unknown }[],
  keep: number,
) {
  if (!samples.length) return;
  await tx.decisionSample.createMany({
    data: samples.map((s) => ({ integrationId, outcome: s.outcome, payload: s.payload as Prisma.InputJsonValue, fired: s.fired as Prisma.InputJsonValue })),
  });
  const oldestKept = await tx.decisionSample.findMany({
    where: { integrationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: keep - 1,
    take: 1,
    select: { createdAt: true },
  });
  if (oldestKept[0]) await tx.decisionSample.deleteMany({ where: { integrationId, createdAt: { lt: oldestKept[0].createdAt } } });
}

/** Deletes the per-minute counts older than the retention, and delivered keys older than the longest window. */
export async function pruneDecisionRows(db: PrismaClient, { countsBefore, keysBefore }: { countsBefore: Date; keysBefore: Date }) {
  const [counts, keys] = await db.$transaction([
    db.decisionCount.deleteMany({ where: { minute: { lt: countsBefore } } }),
    db.decisionKey.deleteMany({ where: { deliveredAt: { lt: keysBefore } } }),
  ]);
  return { counts: counts.count, keys: keys.count };
}
