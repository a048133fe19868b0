// Lineage by field benchmark (issue #18): "what feeds <field> on <consumer>" and "what breaks if <field> changes at
// <system>" on a synthetic catalog of 10,000 integrations, 2,000 systems and 3,000 consumers, each integration
// carrying 8 of 60 fields. Measures the work a request adds to the cached graph: the scope's mask (built on the
// first question about a field, then cached with the graph) and the traversal with owners, capabilities and lists.
// Loading and caching the graph itself is measured by bench:graph-impact. Target: p95 under 100 ms.
// Run: `npm run bench:field-lineage` (BENCH_INTEGRATIONS, BENCH_QUERIES to change the sizes).
import { analyzeScopedImpact } from "@/lib/graph/field-lineage";
import type { CatalogGraph } from "@/lib/graph/model";
import { prepareGraph } from "@/lib/graph/prepared-graph";
import { createRandom } from "@/lib/seed/random";
import { catalogGraph } from "@/test/unit/graph/catalog-graph-builder";
import { percentile } from "./http-session";

const INTEGRATIONS = Number(process.env.BENCH_INTEGRATIONS ?? 10_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 300);
const SYSTEMS = Math.max(10, Math.round(INTEGRATIONS / 5));
const CONSUMERS = Math.round(INTEGRATIONS * 0.3);
const FIELDS = Array.from({ length: 60 }, (_, i) => `field_${i}`);
const OBJECTS = Array.from({ length: 40 }, (_, i) => `Object ${i}`);

const random = createRandom(18);
const pick = <T>(items: readonly T[]) => items[random.int(0, items.length - 1)];
const pickSome = <T>(items: readonly T[], count: number) => [...new Set(Array.from({ length: count }, () => pick(items)))];

function syntheticGraph(): CatalogGraph {
  const builder = catalogGraph();
  for (let s = 0; s < SYSTEMS; s++) builder.system(`s${s}`);
  // Mostly forward links (layers of systems), a few backward, so there are long paths and some cycles.
  for (let i = 0; i < INTEGRATIONS; i++) {
    const source = random.int(0, SYSTEMS - 2);
    const target = random.next() < 0.9 ? random.int(source + 1, Math.min(SYSTEMS - 1, source + 200)) : random.int(0, SYSTEMS - 1);
    builder.integration(`i${i}`, `s${source}`, `s${target}`, { dataObjects: pickSome(OBJECTS, 2), fieldsExchanged: pickSome(FIELDS, 8) });
  }
  for (let s = 0; s < SYSTEMS; s += 2) builder.contractVersion(`v${s}`, { systemId: `s${s}` });
  for (let c = 0; c < CONSUMERS; c++) builder.consumer(`c${c}`, `v${2 * random.int(0, SYSTEMS / 2 - 1)}`, { fieldsUsed: pickSome(FIELDS, 5) });
  return builder.graph;
}

let started = performance.now();
const graph = syntheticGraph();
const prepared = prepareGraph(graph);
console.log(`built and prepared ${INTEGRATIONS} integrations in ${(performance.now() - started).toFixed(0)} ms`);

const samples: number[] = [];
const reached: number[] = [];
for (let q = 0; q < QUERIES; q++) {
  // Half upstream from a consumer by one of its fields, half downstream from a system by a field or data object.
  const upstream = q % 2 === 0;
  const consumer = upstream ? pick(graph.consumers) : null;
  const query = consumer
    ? { kind: "consumer" as const, id: consumer.id, direction: "upstream" as const, field: pick(consumer.fieldsUsed), limit: 500 }
    : {
        kind: "system" as const,
        id: pick(graph.systems).id,
        direction: "downstream" as const,
        ...(q % 4 === 1 ? { field: pick(FIELDS) } : { dataObject: pick(OBJECTS) }),
        limit: 500,
      };
  started = performance.now();
  const result = analyzeScopedImpact(prepared, query);
  JSON.stringify(result);
  samples.push(performance.now() - started);
  reached.push(result.totals.integrations);
}
const coarse = analyzeScopedImpact(prepared, { kind: "consumer", id: graph.consumers[0].id, direction: "upstream" });
const p = (n: number) => percentile(samples, n).toFixed(1);
console.log(
  `${QUERIES} lineage/impact queries by field or data object on ${INTEGRATIONS} integrations: p50 ${p(50)} ms, p95 ${p(95)} ms, ` +
    `max ${Math.max(...samples).toFixed(1)} ms; integrations reached: median ${percentile(reached, 50)}, p90 ${percentile(reached, 90)}, max ${Math.max(...reached)} ` +
    `(system-level lineage of one consumer: ${coarse.totals.integrations})`,
);
if (percentile(samples, 95) >= 100) {
  console.error("p95 is over the 100 ms target");
  process.exitCode = 1;
}
