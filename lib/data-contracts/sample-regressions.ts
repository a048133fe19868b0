import { compileRuleSource, type RuleSetSource } from "@/lib/data-contracts/build-rule-set";
import { MemoryDuplicateWindow } from "@/lib/data-contracts/evaluator/duplicate-window";
import { evaluatePayload } from "@/lib/data-contracts/evaluator/evaluate-payload";
import type { Decision, DecisionOutcome } from "@/lib/data-contracts/evaluator/rule-set";
import { DECISION_OUTCOME_RESULTS } from "@/lib/data-contracts/labels";

export interface SampleCase {
  id: string;
  name: string;
  payload: unknown;
  targets: readonly string[];
  expectedOutcome: DecisionOutcome;
  savedOnVersion: string;
}

/** What one rule set decides for each sample; null for every sample when there are no rules, or they cannot run. */
export type SampleDecisions = { ok: true; decisions: (Decision | null)[] } | { ok: false; problem: string };

/**
 * Decides each sample alone, as the first payload the rules ever see: a duplicate window is about traffic, and a
 * regression case must not depend on which other samples were saved.
 */
export function decideSamples(source: RuleSetSource | null, samples: readonly SampleCase[]): SampleDecisions {
  if (!source) return { ok: true, decisions: samples.map(() => null) };
  const compiled = compileRuleSource(source);
  if (!compiled.ok) return { ok: false, problem: `${compiled.problems[0].pointer}: ${compiled.problems[0].message}` };
  const now = Date.now();
  return {
    ok: true,
    decisions: samples.map((sample) =>
      evaluatePayload(
        compiled.compiled,
        { payload: sample.payload, targets: sample.targets.length ? sample.targets : undefined },
        { now, window: new MemoryDuplicateWindow() },
      ),
    ),
  };
}

export interface SampleChange {
  sample: Pick<SampleCase, "id" | "name" | "expectedOutcome" | "savedOnVersion">;
  before: Decision | null;
  after: Decision | null;
}

export interface SampleImpact {
  /** How many samples were decided. */
  total: number;
  /** The samples whose outcome (or set of fired rules) the change moves, in the order they were saved. */
  changed: SampleChange[];
  /** "3 saved samples would now be quarantined", one sentence per new outcome, largest first. */
  sentences: string[];
  /** The proposed rules cannot run: the reviewer must see it instead of a reassuring "no change". */
  problem: string | null;
}

const outcomeOf = (decision: Decision | null): DecisionOutcome => decision?.outcome ?? "deliver";
const firedOf = (decision: Decision | null) => (decision?.fired ?? []).map((f) => `${f.rule}:${f.severity}`).join(",");

/**
 * What a proposed contract change does to the saved samples: each is decided by the current version's rules and
 * schema and by the proposal's, and those whose outcome or fired rules differ are listed. No rules on a side means
 * every payload is delivered there.
 */
export function compareSampleDecisions(before: RuleSetSource | null, after: RuleSetSource | null, samples: readonly SampleCase[]): SampleImpact {
  const was = decideSamples(before, samples);
  const will = decideSamples(after, samples);
  if (!will.ok) return { total: samples.length, changed: [], sentences: [], problem: will.problem };
  // Rules that cannot run today decide nothing today: every sample is then shown with what the proposal decides.
  const previous = was.ok ? was.decisions : samples.map(() => null);
  const changed: SampleChange[] = [];
  samples.forEach((sample, index) => {
    const a = previous[index];
    const b = will.decisions[index];
    if (outcomeOf(a) !== outcomeOf(b) || firedOf(a) !== firedOf(b))
      changed.push({
        sample: { id: sample.id, name: sample.name, expectedOutcome: sample.expectedOutcome, savedOnVersion: sample.savedOnVersion },
        before: a,
        after: b,
      });
  });
  const moved = new Map<DecisionOutcome, number>();
  for (const change of changed) {
    if (outcomeOf(change.before) === outcomeOf(change.after)) continue;
    moved.set(outcomeOf(change.after), (moved.get(outcomeOf(change.after)) ?? 0) + 1);
  }
  const sentences = [...moved.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([outcome, count]) => `${count} saved sample${count === 1 ? "" : "s"} would now be ${DECISION_OUTCOME_RESULTS[outcome]}`);
  return { total: samples.length, changed, sentences, problem: null };
}
