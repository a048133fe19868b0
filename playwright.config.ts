import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/runtime/chromium";

// `npm test` (scripts/test-all.ts) picks the port and a throwaway database and passes them here.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "test/e2e",
  // One shared server and database: tests that change data must not race each other.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    browserName: "chromium",
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `${baseURL}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: process.env.E2E_NEXTAUTH_SECRET ?? "e2e-secret-not-for-production-0123456789abcdef",
      INTERCHANGE_SEED_DEMO: "if-empty",
      // The webhook specs' receivers listen on loopback, which webhooks may reach only with this switch.
      WEBHOOKS_ALLOW_PRIVATE_NETWORKS: "true",
      ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : { DATABASE_URL: "" }),
      ...(process.env.E2E_DATA_DIR ? { INTERCHANGE_DATA_DIR: process.env.E2E_DATA_DIR } : {}),
    },
  },
});
