// npm run db:generate-catalog -- --integrations 10000 [--seed 7]: adds a synthetic catalog for benchmarks.
import { parseArgs } from "node:util";
import { openDatabase, type OpenDatabase } from "@/lib/db";
import { generateSyntheticCatalog } from "@/lib/seed/synthetic-catalog";
import { describeError } from "./runtime/describe-error";

let db: OpenDatabase | undefined;
try {
  const { values } = parseArgs({ options: { integrations: { type: "string", default: "1000" }, seed: { type: "string", default: "1" } } });
  const integrations = Number(values.integrations);
  const seed = Number(values.seed);
  if (!Number.isInteger(integrations) || integrations < 1) throw new Error(`--integrations must be a positive integer (got "${values.integrations}").`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer (got "${values.seed}").`);
  db = await openDatabase();
  const started = performance.now();
  const { run, counts } = await generateSyntheticCatalog(db.prisma, { integrations, seed });
  const summary = Object.entries(counts)
    .map(([table, count]) => `${count} ${table}`)
    .join(", ");
  console.log(`Generated synthetic run ${run} in ${Math.round(performance.now() - started)} ms: ${summary}.`);
} catch (error) {
  console.error(describeError(error));
  process.exitCode = 1;
} finally {
  await db?.close();
}
