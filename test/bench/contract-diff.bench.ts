// Contract-diff benchmark (issue "Contract change review"): a large spec (~10 MB, 760 operations) must diff in
// under 3 s and 1 GB, a medium one (100 operations) in under 100 ms. The npm package `openapi-diff` runs on the same
// pairs in the same run for a ratio. Each measurement runs in its own process so its peak memory is its own.
// Run: `npm run bench:contract-diff` (BENCH_SKIP_OPENAPI_DIFF=1 to measure only ours; BENCH_OPENAPI_DIFF_TIMEOUT_S).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { diffContracts, parseContractText } from "../../lib/contract-diff";
import { generateSpec, LARGE_SPEC, MEDIUM_SPEC, reviseSpec } from "./contract-diff-spec-generator";

type Tool = "interchange" | "openapi-diff";

interface Measurement {
  samplesMs: number[];
  /** CPU time (user + system) of each sample: steadier than wall time on a machine shared with other work. */
  cpuMs: number[];
  maxRssMb: number;
  breaking: boolean;
  changeCount: number;
}

async function measureInWorker(tool: Tool, base: string, revision: string, runs: number): Promise<Measurement> {
  const baseText = readFileSync(base, "utf8");
  const revisionText = readFileSync(revision, "utf8");
  const samplesMs: number[] = [];
  const cpuMs: number[] = [];
  let breaking = false;
  let changeCount = 0;
  const { default: openapiDiff } = await import("openapi-diff");
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    if (tool === "interchange") {
      // Parsing is part of the job: both tools start from the documents' text.
      const diff = diffContracts(parseContractText(baseText), parseContractText(revisionText));
      breaking = diff.breaking;
      changeCount = diff.changes.length;
    } else {
      const result = await openapiDiff.diffSpecs({
        sourceSpec: { content: baseText, location: "base.json", format: "openapi3" },
        destinationSpec: { content: revisionText, location: "revision.json", format: "openapi3" },
      });
      breaking = result.breakingDifferencesFound;
      changeCount =
        (result.breakingDifferencesFound ? result.breakingDifferences.length : 0) +
        result.nonBreakingDifferences.length +
        result.unclassifiedDifferences.length;
    }
    samplesMs.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
  }
  return { samplesMs, cpuMs, maxRssMb: process.resourceUsage().maxRSS / 1024, breaking, changeCount };
}

/** Worker process groups still running: killed whole on timeout and when the benchmark itself is interrupted. */
const runningGroups = new Set<number>();

function killGroup(pid: number): void {
  try {
    // tsx runs the worker in a child process of its own: signalling the group (-pid) reaches both.
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const pid of runningGroups) killGroup(pid);
    process.exit(130);
  });
}

function runWorker(tool: Tool, base: string, revision: string, runs: number, timeoutS: number): Promise<Measurement | string> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(repoRoot, "node_modules/tsx/dist/cli.mjs"), fileURLToPath(import.meta.url), "--worker", tool, base, revision, String(runs)],
      {
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=4096" },
        // Its own process group, so that a timeout kills tsx and the node process it starts, not only tsx.
        detached: true,
      },
    );
    const pid = child.pid!;
    runningGroups.add(pid);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(pid);
    }, timeoutS * 1000);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      runningGroups.delete(pid);
      // The worker's own children (if any) go with it.
      killGroup(pid);
      if (timedOut || signal === "SIGKILL") resolve(`did not finish within ${timeoutS} s`);
      else if (code !== 0)
        resolve(
          `failed (exit ${code}): ${
            stderr
              .split("\n")
              .find((line) => line.includes("Error"))
              ?.trim() ?? stderr.trim().slice(0, 300)
          }`,
        );
      else resolve(JSON.parse(stdout.trim().split("\n").pop()!));
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "contract-diff-bench-"));
  const skipOpenapiDiff = process.env.BENCH_SKIP_OPENAPI_DIFF === "1";
  const timeoutS = Number(process.env.BENCH_OPENAPI_DIFF_TIMEOUT_S ?? 600);
  try {
    const pairs = [
      { label: "medium", size: MEDIUM_SPEC, runs: 21, budgetMs: 100 },
      { label: "large", size: LARGE_SPEC, runs: 3, budgetMs: 3000 },
    ];
    for (const pair of pairs) {
      const files = (variant: string, spec: ReturnType<typeof generateSpec>) => {
        const base = path.join(dir, `${pair.label}-${variant}-base.json`);
        const revision = path.join(dir, `${pair.label}-${variant}-revision.json`);
        writeFileSync(base, JSON.stringify(spec, null, 2));
        writeFileSync(revision, JSON.stringify(reviseSpec(spec), null, 2));
        return { base, revision };
      };
      const recursive = files("recursive", generateSpec(pair.size));
      const acyclic = files("acyclic", generateSpec(pair.size, { recursive: false }));
      const megabytes = readFileSync(recursive.base).length / 1e6;
      console.log(`\n${pair.label}: ${pair.size.operations} operations, ${megabytes.toFixed(1)} MB per version`);
      const ours = await runWorker("interchange", recursive.base, recursive.revision, pair.runs, 300);
      if (typeof ours === "string") throw new Error(`interchange ${ours}`);
      // The first run pays for JIT compilation; a pipeline or the portal diffs many contracts in one process.
      const warmOf = (values: number[]) => median(values.length > 1 ? values.slice(1) : values);
      const oursMs = warmOf(ours.samplesMs);
      const judge = (ms: number) => (ms < pair.budgetMs ? "within" : "OVER");
      const verdict = `time budget ${pair.budgetMs} ms: wall ${judge(oursMs)}, CPU ${judge(warmOf(ours.cpuMs))}; memory budget 1024 MB: ${ours.maxRssMb < 1024 ? "within" : "OVER"}; load average ${os.loadavg()[0].toFixed(1)}`;
      console.log(
        `  interchange                median ${oursMs.toFixed(0)} ms wall, ${warmOf(ours.cpuMs).toFixed(0)} ms CPU (first run ${ours.samplesMs[0].toFixed(0)} ms), peak RSS ${ours.maxRssMb.toFixed(0)} MB, ${ours.changeCount} changes, breaking=${ours.breaking}\n    ${verdict}`,
      );
      if (skipOpenapiDiff) continue;
      const theirsRecursive = await runWorker("openapi-diff", recursive.base, recursive.revision, 1, timeoutS);
      console.log(`  openapi-diff               ${typeof theirsRecursive === "string" ? theirsRecursive : `${theirsRecursive.samplesMs[0].toFixed(0)} ms`}`);
      // The same pair without the recursive component, which openapi-diff can read, for the ratio.
      const large = pair.label === "large";
      const oursAcyclic = await runWorker("interchange", acyclic.base, acyclic.revision, large ? 3 : 6, 300);
      const theirs = await runWorker("openapi-diff", acyclic.base, acyclic.revision, large ? 1 : 6, timeoutS);
      if (typeof oursAcyclic === "string" || typeof theirs === "string") {
        console.log(`  openapi-diff (acyclic)     ${typeof theirs === "string" ? theirs : "measured, but ours failed: " + oursAcyclic}`);
        continue;
      }
      const warm = (m: Measurement) => warmOf(m.samplesMs);
      const warmCpu = (m: Measurement) => warmOf(m.cpuMs);
      console.log(
        `  interchange (acyclic)      median ${warm(oursAcyclic).toFixed(0)} ms wall, ${warmCpu(oursAcyclic).toFixed(0)} ms CPU (first run ${oursAcyclic.samplesMs[0].toFixed(0)} ms), peak RSS ${oursAcyclic.maxRssMb.toFixed(0)} MB, ${oursAcyclic.changeCount} changes, breaking=${oursAcyclic.breaking}`,
      );
      console.log(
        `  openapi-diff (acyclic)     median ${warm(theirs).toFixed(0)} ms wall, ${warmCpu(theirs).toFixed(0)} ms CPU (first run ${theirs.samplesMs[0].toFixed(0)} ms), peak RSS ${theirs.maxRssMb.toFixed(0)} MB, ${theirs.changeCount} differences, breaking=${theirs.breaking}`,
      );
      // With a single run of openapi-diff (large pair) its "warm" figure is its first run: the ratio favours it.
      console.log(
        `  ratio openapi-diff / interchange: warm ${(warm(theirs) / warm(oursAcyclic)).toFixed(1)}x wall, ${(warmCpu(theirs) / warmCpu(oursAcyclic)).toFixed(1)}x CPU, first run ${(theirs.samplesMs[0] / oursAcyclic.samplesMs[0]).toFixed(1)}x, peak memory ${(theirs.maxRssMb / oursAcyclic.maxRssMb).toFixed(1)}x`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--worker") {
  const [tool, base, revision, runs] = process.argv.slice(3);
  measureInWorker(tool as Tool, base, revision, Number(runs)).then((m) => console.log(JSON.stringify(m)));
} else {
  await main();
}
