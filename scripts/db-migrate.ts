// npm run db:migrate [-- --rolled-back <migration>]: applies pending migrations to the configured database.
import { parseArgs } from "node:util";
import {
  applyMigrations,
  describeDatabaseTarget,
  markMigrationRolledBack,
  openDatabase,
  provisionRuntimeRoleFromEnvironment,
  resolveOwnerDatabaseTarget,
  type OpenDatabase,
} from "@/lib/db";

let db: OpenDatabase | undefined;
try {
  const { values } = parseArgs({ options: { "rolled-back": { type: "string" } } });
  const target = resolveOwnerDatabaseTarget();
  db = await openDatabase(target);
  const rolledBack = values["rolled-back"];
  if (rolledBack) {
    await markMigrationRolledBack(db.sql, rolledBack);
    console.log(`Marked ${rolledBack} as rolled back.`);
  }
  const { applied, alreadyApplied, warnings } = await applyMigrations(db.sql, {
    onMigrationApplied: (name, ms) => console.log(`Applied ${name} (${ms} ms)`),
  });
  for (const warning of warnings) console.warn(`Warning: ${warning}`);
  console.log(await provisionRuntimeRoleFromEnvironment(db.sql));
  console.log(
    applied.length === 0
      ? `${describeDatabaseTarget(target)} is up to date (${alreadyApplied} migrations).`
      : `${describeDatabaseTarget(target)}: applied ${applied.length}, ${alreadyApplied} already applied.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await db?.close();
}
