import { getDb } from "@/lib/db";

/** Opens the server's database at boot; a failure is one line and exit code 1, not a broken first request. */
export async function openDatabaseAtStartup(): Promise<void> {
  try {
    await getDb();
  } catch (error) {
    console.error(`Interchange could not open its database: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
