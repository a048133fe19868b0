// Data-contract decisions benchmark (issue #17). Targets: 20 rules on a typical product payload < 1 ms in process;
// a batch of 1,000 payloads through the decisions use case (evaluation, counts, duplicate keys, one transaction)
// < 500 ms. Run: `npx tsx --conditions react-server test/bench/data-contract-decisions.bench.ts` on PGlite; set
// DATABASE_URL to measure on PostgreSQL (point it at an empty database: it is neither created nor dropped).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations, openDatabase, resolveDatabaseTarget } from "@/lib/db";
import { compileRuleSource } from "@/lib/data-contracts/build-rule-set";
import { decidePayloads } from "@/lib/data-contracts/decide-payloads";
import { MemoryDuplicateWindow } from "@/lib/data-contracts/evaluator/duplicate-window";
import { evaluatePayload } from "@/lib/data-contracts/evaluator/evaluate-payload";
import { zDataRulesInput } from "@/lib/data-contracts/schemas";
import { STANDARD_EXCEPTION_ROUTES } from "@/lib/catalog/integrations/exception-routing";
import { CURATED_CONTRACTS, renderSpec } from "@/lib/seed/demo-enterprise/contracts";
import { PRODUCT_EVENT_SAMPLES } from "@/lib/seed/demo-enterprise/data-contract-rules";
import { createContract, createContractVersion, createIntegration, createTeam, createUser } from "@/test/factories";

const IN_PROCESS_PAYLOADS = Number(process.env.BENCH_PAYLOADS ?? 20_000);
const BATCH = 1_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const contract = CURATED_CONTRACTS.find((c) => c.slug === "product-events")!;
const version = contract.versions.find((v) => v.dataRules)!;
const specText = renderSpec(contract, version);
const rules = zDataRulesInput.parse(version.dataRules);
const base = PRODUCT_EVENT_SAMPLES[0].payload;
const payloads = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => ({ payload: { ...base, event_id: `${prefix}-${i}` } }));
const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

// 1. In process: the evaluator alone, as a gateway running the exported rule set would.
{
  const compiled = compileRuleSource({
    integration: { key: "INT-0001", approvalState: "approved", exceptionRoutes: STANDARD_EXCEPTION_ROUTES },
    contract: { slug: contract.slug, version: version.version, specText },
    rules,
  });
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  const items = payloads(IN_PROCESS_PAYLOADS, "evt-mem");
  const window = new MemoryDuplicateWindow();
  for (const item of items.slice(0, 1_000)) evaluatePayload(compiled.compiled, item, { now: 0, window: new MemoryDuplicateWindow() }); // warm-up
  const started = performance.now();
  let delivered = 0;
  for (const item of items) if (evaluatePayload(compiled.compiled, item, { now: 1, window }).outcome === "deliver") delivered++;
  const perPayloadMs = (performance.now() - started) / items.length;
  if (delivered !== items.length) throw new Error(`expected every payload delivered, got ${delivered}`);
  console.log(
    `in process: ${compiled.compiled.rules.length} rules + schema on a product payload: ${(perPayloadMs * 1000).toFixed(1)} µs per payload (target < 1,000 µs)`,
  );
}

// 2. Through the decisions use case, on PGlite or PostgreSQL.
const dataDir = process.env.DATABASE_URL ? null : mkdtempSync(path.join(os.tmpdir(), "interchange-decisions-bench-"));
const db = await openDatabase(dataDir ? { kind: "pglite", dataDir } : resolveDatabaseTarget());
try {
  await applyMigrations(db.sql);
  const team = await createTeam(db.prisma, { slug: `bench-${Date.now()}` });
  const user = await createUser(db.prisma, { role: "admin" });
  const actor = { id: user.id, email: user.email, name: user.name, role: user.role, teamIds: [] };
  const integration = await createIntegration(db.prisma, { ownerTeamId: team.id, approvalState: "approved" });
  const row = await createContract(db.prisma, { ownerTeamId: team.id, integrationId: integration.id });
  await createContractVersion(db.prisma, { contractId: row.id, version: "2.0.0", status: "active", specText, dataRules: rules });
  await decidePayloads(db.prisma, { actor, idOrKey: integration.key, input: { items: payloads(BATCH, "warm") } });
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const answer = await decidePayloads(db.prisma, { actor, idOrKey: integration.key, input: { items: payloads(BATCH, `run${run}`) } });
    samples.push(performance.now() - started);
    if (answer.counts.deliver !== BATCH) throw new Error(`expected ${BATCH} delivered, got ${JSON.stringify(answer.counts)}`);
  }
  const target = process.env.DATABASE_URL ? "PostgreSQL" : "PGlite";
  console.log(
    `${target}: a batch of ${BATCH} product payloads: median ${median(samples).toFixed(0)} ms, max ${Math.max(...samples).toFixed(0)} ms over ${RUNS} runs (target < 500 ms)`,
  );
} finally {
  await db.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
