import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEMA_PATH, diffSchemaAgainstMigrations } from "@/lib/db/migrations/create-migration";

describe("prisma/schema.prisma against prisma/migrations", () => {
  it("has no drift: every schema change has its migration (else run npm run db:migration -- <name>)", async () => {
    expect(await diffSchemaAgainstMigrations()).toBe("");
  });

  it("reports the SQL for a schema change that no migration covers yet", async () => {
    const schema = await readFile(DEFAULT_SCHEMA_PATH, "utf8");
    const edited = `${schema}\nmodel DriftProbe {\n  id    String @id\n  label String\n}\n`;

    const sql = await diffSchemaAgainstMigrations({ schemaText: edited });

    expect(sql).toContain('CREATE TABLE "DriftProbe"');
    expect(sql).not.toContain('CREATE TABLE "Team"');
  });
});
