import { createHash } from "node:crypto";

/**
 * A cuid-shaped id derived from a natural key, so the seed is identical on every run (bookmarked demo URLs keep
 * working after a reseed) and rows can reference each other before anything is inserted, which is what lets the
 * seed use bulk inserts.
 */
export function stableId(namespace: string, naturalKey: string): string {
  const digest = createHash("sha256").update(`${namespace}\u0000${naturalKey}`).digest("hex");
  return `c${BigInt(`0x${digest.slice(0, 32)}`)
    .toString(36)
    .padStart(25, "0")
    .slice(0, 24)}`;
}
