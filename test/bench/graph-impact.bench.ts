// Impact and lineage benchmark (issue "Dependency graph and impact analysis"): server time of GET /api/v1/impact's
// work (fingerprint check, traversal, owners, capabilities, JSON) on a 10,000-integration synthetic catalog.
// Target: p95 under 50 ms (graph answers and impact at 100,000 integrations: under 1 s). Run: `npm run bench:graph-impact` (PGlite in a temporary directory), or with
// DATABASE_URL=postgres://... to measure on a throwaway database of that PostgreSQL server. BENCH_PGLITE_DIR reuses
// a PGlite directory that already holds a generated catalog (generation takes a while on a busy machine);
// BENCH_DATABASE_URL a PostgreSQL database that does (`npm run db:generate-catalog -- --integrations 100000`).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations, openDatabase, type OpenDatabase } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { InvalidInput } from "@/lib/errors/domain-errors";
import { findGraph } from "@/lib/graph/find-graph";
import { findImpact } from "@/lib/graph/find-impact";
import { getPreparedGraph } from "@/lib/graph/repository";
import type { EntityKind } from "@/lib/graph/model";
import { generateSyntheticCatalog } from "@/lib/seed/synthetic-catalog";
import { createRandom } from "@/lib/seed/random";
import { adminQuery, urlForDatabase } from "@/test/support/postgres-admin";
import { percentile } from "./http-session";

const INTEGRATIONS = Number(process.env.BENCH_INTEGRATIONS ?? 10_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 300);
const actor: Actor = { id: "bench", email: "bench@interchange.test", name: "Bench", role: "viewer", teamIds: [] };

async function open(): Promise<{ db: OpenDatabase; label: string; cleanup: () => Promise<void>; generated: boolean }> {
  // A database that already holds a generated catalog (e.g. 100,000 integrations: generating it takes minutes).
  const existing = process.env.BENCH_DATABASE_URL;
  if (existing) return { db: await openDatabase({ kind: "postgres", url: existing }), label: "PostgreSQL", cleanup: async () => undefined, generated: true };
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `bench_graph_${randomBytes(4).toString("hex")}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const db = await openDatabase({ kind: "postgres", url: urlForDatabase(serverUrl, name) });
    return {
      db,
      label: "PostgreSQL",
      cleanup: async () => void (await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
      generated: false,
    };
  }
  const reuse = process.env.BENCH_PGLITE_DIR;
  const dataDir = reuse ?? mkdtempSync(path.join(os.tmpdir(), "interchange-graph-bench-"));
  const db = await openDatabase({ kind: "pglite", dataDir });
  return { db, label: "PGlite", cleanup: async () => void (reuse ? undefined : rmSync(dataDir, { recursive: true, force: true })), generated: !!reuse };
}

const { db, label, cleanup, generated } = await open();
try {
  let started = performance.now();
  if (!generated) {
    await applyMigrations(db.sql);
    await generateSyntheticCatalog(db.prisma, { integrations: INTEGRATIONS });
    console.log(`${label}: generated ${INTEGRATIONS} integrations in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  // As if the catalog had been imported an hour ago: an edit then reads only what changed since (in a catalog
  // generated a moment ago, every record counts as just changed).
  for (const table of ["System", "Integration", "Contract", "ContractVersion", "Consumer"]) {
    await db.prisma.$executeRawUnsafe(`UPDATE "${table}" SET "updatedAt" = "updatedAt" - interval '1 hour'`);
  }

  // The memory the prepared graph (records, lookups, traversal index, impact tables) holds: run with
  // NODE_OPTIONS=--expose-gc for a figure without garbage.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  started = performance.now();
  const prepared = await getPreparedGraph(db.prisma);
  const coldMs = performance.now() - started;
  gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  console.log(`${label}: heap held by the prepared graph: ${heapMb.toFixed(0)} MB${gc ? "" : " (approximate: run with NODE_OPTIONS=--expose-gc)"}`);
  const { graph } = prepared;
  console.log(
    `${label}: first load of the catalog graph (${graph.systems.length} systems, ${graph.integrations.length} integrations, ` +
      `${graph.contractVersions.length} contract versions, ${graph.consumers.length} consumers): ${coldMs.toFixed(0)} ms (once per catalog change)`,
  );

  const random = createRandom(42);
  const pools: Record<EntityKind, string[]> = {
    system: graph.systems.map((s) => s.id),
    integration: graph.integrations.map((i) => i.id),
    contractVersion: graph.contractVersions.map((v) => v.id),
    consumer: graph.consumers.map((c) => c.id),
  };
  const kinds: EntityKind[] = ["system", "system", "integration", "contractVersion", "consumer"];
  const depths = [undefined, undefined, 2, 5];
  const samples: number[] = [];
  // CPU time next to wall time: on a shared machine the wall time also counts waiting for a core.
  const cpuSamples: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < QUERIES + 20; i++) {
    const kind = kinds[random.int(0, kinds.length - 1)];
    const pool = pools[kind];
    const query = {
      kind,
      id: pool[random.int(0, pool.length - 1)],
      direction: kind === "consumer" || i % 2 === 1 ? "upstream" : "downstream",
      depth: depths[random.int(0, depths.length - 1)],
    };
    const t = performance.now();
    const cpu = process.cpuUsage();
    const result = await findImpact(db.prisma, { actor, query });
    const body = JSON.stringify(result);
    const elapsed = performance.now() - t;
    const used = process.cpuUsage(cpu);
    if (i < 20) continue; // warm-up
    samples.push(elapsed);
    cpuSamples.push((used.user + used.system) / 1000);
    sizes.push(result.integrations.length + result.systems.length + result.consumers.length);
    void body;
  }
  const p = (q: number) => percentile(samples, q).toFixed(1);
  console.log(
    `${label}: ${QUERIES} impact/lineage queries: p50 ${p(50)} ms, p95 ${p(95)} ms, max ${Math.max(...samples).toFixed(1)} ms ` +
      `(impacted items per answer: median ${percentile(sizes, 50)}, max ${Math.max(...sizes)})`,
  );
  console.log(`${label}: CPU time of this process per query: p50 ${percentile(cpuSamples, 50).toFixed(1)} ms, p95 ${percentile(cpuSamples, 95).toFixed(1)} ms`);

  // The graph answers the page asks for: the overview of the whole catalog and of one domain (each computed once
  // per catalog change, then cached), and neighbourhoods, as GET /api/v1/graph serialises them.
  const graphSamples: Record<string, number[]> = {
    "overview (first)": [],
    overview: [],
    "domain overview": [],
    "neighbourhood depth 1": [],
    "neighbourhood depth 2": [],
  };
  const graphSizes: number[] = [];
  const timeGraph = async (name: string, query: Record<string, unknown>) => {
    const t = performance.now();
    try {
      const answer = await findGraph(db.prisma, { actor, query });
      JSON.stringify(answer);
      if (name.startsWith("neighbourhood")) graphSizes.push(answer.nodes.length + answer.edges.length);
    } catch (error) {
      // A neighbourhood over the answer limit is refused (422): that is an answer too.
      if (!(error instanceof InvalidInput)) throw error;
    }
    graphSamples[name].push(performance.now() - t);
  };
  await timeGraph("overview (first)", { view: "clusters" });
  const domains = [...new Set(graph.systems.map((s) => s.businessDomain))];
  for (let i = 0; i < 50; i++) {
    await timeGraph("overview", { view: "clusters" });
    await timeGraph("domain overview", { view: "clusters", domain: domains[i % domains.length] });
    await timeGraph("neighbourhood depth 1", { focusKind: "system", focusId: pools.system[random.int(0, pools.system.length - 1)], depth: 1 });
    await timeGraph("neighbourhood depth 2", { focusKind: "system", focusId: pools.system[random.int(0, pools.system.length - 1)], depth: 2 });
  }
  for (const [name, times] of Object.entries(graphSamples)) {
    console.log(`${label}: graph ${name}: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (${times.length} answers)`);
  }
  console.log(`${label}: neighbourhood sizes (nodes + edges): median ${percentile(graphSizes, 50)}, max ${Math.max(0, ...graphSizes)}`);

  // Catalog changes: the first query after one must not wait long for the reload (a large catalog answers from
  // the previous graph meanwhile), and the new graph must be in use soon after. The first edit after the import
  // reads every record the import wrote (they are all within minutes of the last update seen); later edits read
  // only what changed since the previous one.
  const changed = graph.integrations[0];
  const query = { kind: "integration", id: changed.id, direction: "downstream" };
  for (const edit of ["first edit after the import", "a later edit"]) {
    const before = await getPreparedGraph(db.prisma);
    const health = before.integrations.get(changed.id)!.healthStatus === "failing" ? "healthy" : "failing";
    await db.prisma.integration.update({ where: { id: changed.id }, data: { healthStatus: health } });
    const changeStarted = performance.now();
    await findImpact(db.prisma, { actor, query });
    const firstAfterChangeMs = performance.now() - changeStarted;
    const whileReloading: number[] = [];
    while ((await getPreparedGraph(db.prisma)).integrations.get(changed.id)!.healthStatus !== health) {
      // A pause between requests, as between a server's requests: with embedded PGlite, back-to-back queries
      // resolve in microtasks and would never let the reload's next step (a timer) run.
      await new Promise((resolve) => setTimeout(resolve, 5));
      const t = performance.now();
      await findImpact(db.prisma, { actor, query });
      whileReloading.push(performance.now() - t);
    }
    console.log(
      `${label}: ${edit}: first impact query ${firstAfterChangeMs.toFixed(0)} ms; ${whileReloading.length} queries answered ` +
        `(max ${Math.max(0, ...whileReloading).toFixed(0)} ms) from the previous graph meanwhile; new graph in use after ${(performance.now() - changeStarted).toFixed(0)} ms`,
    );
  }
} finally {
  await db.close();
  await cleanup();
}
