import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DecisionOutcome } from "@/lib/generated/prisma/enums";

type Tx = Prisma.TransactionClient;

/** The keys of one batch delivered within the longest window still open. */
export async function findDeliveredKeys(tx: Tx, integrationId: string, keyHashes: readonly string[], since: Date) {
  if (!keyHashes.length) return [];
  return tx.decisionKey.findMany({
    where: { integrationId, keyHash: { in: [...keyHashes] }, deliveredAt: { gte: since } },
    select: { ruleId: true, keyHash: true, deliveredAt: true },
  });
}

/** Stores what a batch delivered (the newest delivery of a key replaces the older one) and forgets expired keys. */
export async function storeDeliveredKeys(tx: Tx, integrationId: string, keys: readonly { ruleId: string; keyHash: string; at: number }[], expiredBefore: Date) {
  await tx.decisionKey.deleteMany({ where: { integrationId, deliveredAt: { lt: expiredBefore } } });
  if (!keys.length) return;
  await tx.decisionKey.deleteMany({ where: { integrationId, keyHash: { in: keys.map((k) => k.keyHash) } } });
  await tx.decisionKey.createMany({
    data: keys.map((k) => ({ integrationId, ruleId: k.ruleId, keyHash: k.keyHash, deliveredAt: new Date(k.at) })),
    // A concurrent batch delivered the same key in the same instant: either row says the same.
    skipDuplicates: true,
  });
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
