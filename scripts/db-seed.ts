// npm run db:seed [-- --force]: loads the demo enterprise into the configured database (an empty one, unless --force).
import { parseArgs } from "node:util";
import { openDatabase, resolveOwnerDatabaseTarget, type OpenDatabase } from "@/lib/db";
import { seedDemo } from "@/lib/seed/seed-demo";
import { describeError } from "./runtime/describe-error";

let db: OpenDatabase | undefined;
try {
  const { values } = parseArgs({ options: { force: { type: "boolean", default: false } } });
  // The seed's --force empties the audit trail (TRUNCATE): only the owner may.
  db = await openDatabase(resolveOwnerDatabaseTarget());
  const started = performance.now();
  const result = await seedDemo(db.prisma, { force: values.force });
  const summary = Object.entries(result.counts)
    .map(([table, count]) => `${count} ${table}`)
    .join(", ");
  console.log(result.seeded ? `Loaded the demo enterprise in ${Math.round(performance.now() - started)} ms: ${summary}.` : `Nothing seeded: ${result.reason}.`);
} catch (error) {
  console.error(describeError(error));
  process.exitCode = 1;
} finally {
  await db?.close();
}
