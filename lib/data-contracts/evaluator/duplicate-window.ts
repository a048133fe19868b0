/**
 * Which business keys were delivered when. The evaluator asks and tells it synchronously; the decisions endpoint
 * loads the keys a batch names from the database first and stores what the batch delivered afterwards, and an
 * offline evaluator simply keeps them in memory.
 */
export interface DuplicateWindow {
  /** When the key was last delivered under this rule, in epoch milliseconds, or null. */
  lastDelivered(ruleId: string, key: string): number | null;
  delivered(ruleId: string, key: string, at: number): void;
}

export class MemoryDuplicateWindow implements DuplicateWindow {
  private readonly seen = new Map<string, number>();
  /** What was delivered since the window was created: the part a database-backed caller has to store. */
  readonly added: { ruleId: string; key: string; at: number }[] = [];

  constructor(known: Iterable<{ ruleId: string; key: string; at: number }> = []) {
    for (const entry of known) this.seen.set(this.slot(entry.ruleId, entry.key), entry.at);
  }

  private slot(ruleId: string, key: string): string {
    return `${ruleId}\u0000${key}`;
  }

  lastDelivered(ruleId: string, key: string): number | null {
    return this.seen.get(this.slot(ruleId, key)) ?? null;
  }

  delivered(ruleId: string, key: string, at: number): void {
    this.seen.set(this.slot(ruleId, key), at);
    this.added.push({ ruleId, key, at });
  }
}
