/**
 * What proposing a change costs before its transaction: diffing the two texts and keeping the stored diff (changes
 * plus both texts' fragments), on the contract-diff bench's generated 10.9 MB / 760-operation pair, as JSON and as
 * YAML. Budget: 3 s wall for JSON (the issue's budget for a diff); YAML parsing is known to cost ~2.5 s per 10 MB
 * document (docs/decisions/010), reported, not budgeted. Run: npx tsx test/bench/review-proposal.bench.ts
 */
import os from "node:os";
import { stringify as stringifyYaml } from "yaml";
import { buildStoredDiff } from "../../lib/reviews/diff-snapshot";
import { generateSpec, LARGE_SPEC, reviseSpec } from "./contract-diff-spec-generator";

const RUNS = 3;
const BUDGET_MS = 3000;

function measure(label: string, base: string, revision: string, budget: number | null) {
  const times: number[] = [];
  let stored: ReturnType<typeof buildStoredDiff> | null = null;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    stored = buildStoredDiff(base, revision);
    times.push(performance.now() - started);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const bytes = Buffer.byteLength(JSON.stringify(stored));
  const verdict = budget === null ? "" : median <= budget ? ` within the ${budget} ms budget` : ` OVER the ${budget} ms budget`;
  console.log(
    `${label.padEnd(6)} ${(Buffer.byteLength(base) / 1024 / 1024).toFixed(1)} MB per version: median ${median.toFixed(0)} ms (first ${times[0].toFixed(0)} ms),${verdict}; ` +
      `${stored!.changes.length} changes, ${Object.keys(stored!.fragments).length} fragments, stored diff ${(bytes / 1024).toFixed(0)} KB; load average ${os.loadavg()[0].toFixed(1)}`,
  );
}

const base = generateSpec(LARGE_SPEC);
const revision = reviseSpec(base);
measure("JSON", JSON.stringify(base), JSON.stringify(revision), BUDGET_MS);
measure("YAML", stringifyYaml(base), stringifyYaml(revision), null);
