import { execFileSync } from "node:child_process";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/runtime/chromium";
import { OIDC_CLIENT } from "./test/e2e/identity-provider";

// `npm test` (scripts/test-all.ts) picks the port and a throwaway database and passes them here.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

/**
 * The OpenID provider of the single sign-on tests listens on a free loopback port. The server is started (with the
 * issuer in its environment) before globalSetup starts the provider, so the port is chosen here, once: worker
 * processes load this file again and inherit the variable.
 */
process.env.E2E_OIDC_ISSUER ??= `http://127.0.0.1:${freeLoopbackPort()}`;
process.env.E2E_BASE_URL = baseURL;

function freeLoopbackPort(): number {
  const script = "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
}

export default defineConfig({
  testDir: "test/e2e",
  // One shared server and database: tests that change data must not race each other.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalSetup: "./test/e2e/global-setup.ts",
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
      OIDC_ISSUER: process.env.E2E_OIDC_ISSUER,
      OIDC_CLIENT_ID: OIDC_CLIENT.id,
      OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
      OIDC_DISPLAY_NAME: "Test identity provider",
      OIDC_ROLE_CLAIM: "groups",
      OIDC_ROLE_MAP: "portal-admins=admin,architects=reviewer",
      // The webhook specs' receivers listen on loopback, which webhooks may reach only with this switch.
      WEBHOOKS_ALLOW_PRIVATE_NETWORKS: "true",
      ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : { DATABASE_URL: "" }),
      ...(process.env.E2E_DATA_DIR ? { INTERCHANGE_DATA_DIR: process.env.E2E_DATA_DIR } : {}),
    },
  },
});
