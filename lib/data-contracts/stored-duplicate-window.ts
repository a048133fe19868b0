import { createHash } from "node:crypto";
import type { DuplicateWindow } from "@/lib/data-contracts/evaluator/duplicate-window";

/** Business keys are stored hashed: a key may be personal data (a customer id, an e-mail address). */
export function hashBusinessKey(ruleId: string, key: string): string {
  return createHash("sha256").update(`${ruleId}\u0000${key}`, "utf8").digest("hex");
}

/**
 * A duplicate window over the keys the database returned for one batch; what the batch delivers is collected in
 * `delivered` for the caller to store in the same transaction as the counts.
 */
export class StoredDuplicateWindow implements DuplicateWindow {
  private readonly seen: Map<string, number>;
  readonly deliveredKeys = new Map<string, { ruleId: string; keyHash: string; at: number }>();

  constructor(known: readonly { ruleId: string; keyHash: string; deliveredAt: Date }[]) {
    this.seen = new Map(known.map((k) => [k.keyHash, k.deliveredAt.getTime()]));
  }

  lastDelivered(ruleId: string, key: string): number | null {
    return this.seen.get(hashBusinessKey(ruleId, key)) ?? null;
  }

  delivered(ruleId: string, key: string, at: number): void {
    const keyHash = hashBusinessKey(ruleId, key);
    this.seen.set(keyHash, at);
    this.deliveredKeys.set(keyHash, { ruleId, keyHash, at });
  }
}
