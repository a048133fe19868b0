import { applyMigrations, describeDatabaseTarget, openDatabase, provisionRuntimeRoleFromEnvironment, resolveOwnerDatabaseTarget } from "@/lib/db";
import { seedDemo } from "@/lib/seed/seed-demo";

export type SeedPolicy = "if-empty" | "force" | "never";

export function seedPolicyFromEnvironment(env: Readonly<Record<string, string | undefined>>): SeedPolicy {
  const value = env.INTERCHANGE_SEED_DEMO ?? "if-empty";
  if (value === "if-empty" || value === "force" || value === "never") return value;
  throw new Error(`INTERCHANGE_SEED_DEMO must be if-empty, force or never (got "${value}").`);
}

/**
 * As the database's owner (DATABASE_OWNER_URL when set): applies pending migrations, grants the runtime role, then
 * loads the demo enterprise when the policy says so. Closes the database after.
 */
export async function prepareDatabase({ seed, log }: { seed: SeedPolicy; log: (line: string) => void }): Promise<void> {
  const target = resolveOwnerDatabaseTarget();
  log(`Database: ${describeDatabaseTarget(target)}`);
  const db = await openDatabase(target);
  try {
    const migrations = await applyMigrations(db.sql);
    for (const name of migrations.applied) log(`Applied migration ${name}`);
    for (const warning of migrations.warnings) log(`Warning: ${warning}`);
    log(`Migrations up to date (${migrations.applied.length} applied now, ${migrations.alreadyApplied} before).`);
    log(await provisionRuntimeRoleFromEnvironment(db.sql));
    if (seed === "never") return;
    const result = await seedDemo(db.prisma, { force: seed === "force" });
    const { systems, integrations, contracts, consumers, users } = result.counts;
    log(
      result.seeded
        ? `Loaded the demo enterprise: ${systems} systems, ${integrations} integrations, ${contracts} contracts, ${consumers} consumers, ${users} people.`
        : `Demo data not loaded: ${result.reason}`,
    );
  } finally {
    await db.close();
  }
}
