import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Every prisma CLI command (even `generate`) first tries to download the native schema engine, which this
// project never needs: migrations are created with the wasm engine and applied by our own runner
// (docs/decisions/002-migrations-without-the-native-engine.md). Pointing the variable at an existing file
// skips the download. Set PRISMA_NATIVE_ENGINE=1 to let prisma fetch and use the real engine instead.
if (process.env.PRISMA_NATIVE_ENGINE !== "1" && !process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const placeholder = path.resolve("prisma/schema.prisma");
  if (existsSync(placeholder)) process.env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://pglite.invalid/interchange" },
});
