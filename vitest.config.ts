import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const repoRoot = fileURLToPath(new URL(".", import.meta.url)).replace(/\/$/, "");

export default defineConfig({
  resolve: {
    alias: {
      "@": repoRoot,
      // Repositories import "server-only" to keep them out of client bundles; outside Next.js it would throw.
      "server-only": fileURLToPath(new URL("./test/support/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    // Each integration file holds its own PGlite instance (WebAssembly, ~100-200 MB): two at a time suits the
    // 2-core machines this runs on without starving memory.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["test/unit/**/*.test.{ts,tsx}"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["test/integration/**/*.test.ts"],
          // Route tests make hundreds of calls from one address; the limits have their own test, which sets them.
          env: { API_RATE_LIMIT_PER_ADDRESS: "0", API_RATE_LIMIT_PER_TOKEN: "0" },
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
