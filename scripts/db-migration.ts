// npm run db:migration -- <name>: writes the SQL that brings prisma/migrations up to prisma/schema.prisma.
import path from "node:path";
import { createMigration } from "@/lib/db/migrations/create-migration";

const name = process.argv.slice(2).join("_");
if (!name) {
  console.error("Usage: npm run db:migration -- <name>   (e.g. npm run db:migration -- add_contract_owner)");
  process.exit(1);
}

try {
  const { file } = await createMigration(name);
  console.log(`Created ${path.relative(process.cwd(), file)}. Review it, then apply it with npm run db:migrate.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
