// Catalog search benchmark (issue #21, decision 064): the list page's search queries (its 25 ids and the health
// groups that give the chart and the total) on a database that already holds a large generated catalog, e.g.
// `DATABASE_URL=… npm run db:generate-catalog -- --integrations 100000`. Target: p95 under 200 ms at 100,000.
// Run: BENCH_DATABASE_URL=postgres://…/db npx tsx --conditions=react-server test/bench/catalog-search.bench.ts
//  or: BENCH_PGLITE_DIR=/path/to/pglite npx tsx --conditions=react-server test/bench/catalog-search.bench.ts
// Terms come from the data: a key prefix, a system's name, a glossary field, and two words of the synthetic
// vocabulary that match about a third of the catalog (their health count reads every match).
import os from "node:os";
import { openDatabase } from "@/lib/db";
import { findIntegrations } from "@/lib/catalog/integrations/list-repository";
import { zIntegrationListQuery } from "@/lib/catalog/integrations/schemas";
import { percentile } from "./http-session";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TARGET_MS = 200;

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  const dir = process.env.BENCH_PGLITE_DIR;
  if (!url && !dir) throw new Error("Set BENCH_DATABASE_URL or BENCH_PGLITE_DIR to a database holding a generated catalog.");
  const db = await openDatabase(url ? { kind: "postgres", url } : { kind: "pglite", dataDir: dir! });
  try {
    const integrations = await db.prisma.integration.count();
    const sample = await db.prisma.integration.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { key: "desc" }, select: { key: true } });
    const system = await db.prisma.system.findFirstOrThrow({ orderBy: { name: "desc" }, select: { name: true } });
    const glossary = await db.prisma.glossaryEntry.findFirst({ orderBy: { field: "desc" }, select: { field: true } });
    const terms = [sample.key.slice(0, -2), system.name, ...(glossary ? [glossary.field] : []), "invoice", "customer_id"];
    console.log(`${url ? "PostgreSQL" : "PGlite"}; ${integrations} integrations; ${os.cpus().length} cores; load ${os.loadavg()[0].toFixed(1)}`);
    const all: number[] = [];
    for (const q of terms) {
      const query = zIntegrationListQuery.parse({ q });
      const { total } = await findIntegrations(db.prisma, query); // warm-up
      const samples: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const started = performance.now();
        await findIntegrations(db.prisma, query);
        samples.push(performance.now() - started);
      }
      all.push(...samples);
      console.log(`q=${JSON.stringify(q)}: ${total} matches, p50 ${percentile(samples, 50).toFixed(0)} ms, p95 ${percentile(samples, 95).toFixed(0)} ms`);
    }
    const p95 = percentile(all, 95);
    console.log(`all terms: p50 ${percentile(all, 50).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (target < ${TARGET_MS} ms) ${p95 < TARGET_MS ? "OK" : "OVER"}`);
    if (p95 >= TARGET_MS) process.exitCode = 1;
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
