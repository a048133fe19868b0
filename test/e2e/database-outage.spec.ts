import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { expect, test } from "@playwright/test";
import { startThrowawayPostgresServer, type ThrowawayPostgresServer } from "../support/throwaway-postgres-server";
import { signIn } from "./support";

// A portal of this test's own, on a PostgreSQL server of its own that the test stops and starts again: the shared
// e2e server and the shared PostgreSQL are never touched.
let database: ThrowawayPostgresServer;
let portal: ChildProcess;
let baseURL: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseURL}/api/v1/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("The outage test's portal did not start.");
}

test.beforeAll(async () => {
  test.setTimeout(400_000);
  database = await startThrowawayPostgresServer();
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  portal = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: "e2e-outage-secret-not-for-production-0123456789",
      DATABASE_URL: database.url,
      INTERCHANGE_SEED_DEMO: "if-empty",
      INTERCHANGE_JOB_WORKER: "off",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForHealth(Date.now() + 380_000);
});

test.afterAll(async () => {
  portal?.kill("SIGTERM");
  database?.destroy();
});

test("pages say the database is unavailable while it is down, and come back by themselves", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin@interchange.demo", undefined, `${baseURL}/sign-in`);
  await page.goto(`${baseURL}/catalog`);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();

  database.stop();
  try {
    const health = await page.request.get(`${baseURL}/api/v1/health`);
    expect(health.status()).toBe(503);
    expect(health.headers()["retry-after"]).toBeTruthy();
    await page.goto(`${baseURL}/catalog`);
    await expect(page.getByRole("heading", { name: "The database is unavailable, retrying…" })).toBeVisible({ timeout: 30_000 });
  } finally {
    database.start();
  }
  // No click, no reload: the page asks again after Retry-After and renders once the database answers.
  await expect(page.getByRole("heading", { name: "The database is unavailable, retrying…" })).toBeHidden({ timeout: 60_000 });
  await expect(page).toHaveURL(/\/catalog$/);
  await expect(page.getByRole("link", { name: "Import CSV" }).or(page.getByRole("table")).first()).toBeVisible();
});
