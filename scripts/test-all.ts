// `npm test`: unit and integration tests (Vitest), then end-to-end tests (Playwright, Chromium) against the
// production build served by `npm start` on a throwaway database. With DATABASE_URL set, everything runs on that
// PostgreSQL server, in databases created and dropped here; the database it names is left untouched.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { findChromium, MISSING_CHROMIUM_MESSAGE } from "./runtime/chromium";
import { describeError } from "./runtime/describe-error";
import { buildIfStale } from "./runtime/next-cli";
import { withThrowawayDatabase } from "./runtime/throwaway-database";

const log = (line: string) => console.log(`[test] ${line}`);

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

function readVitestTally(file: string): Tally {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function readPlaywrightTally(file: string): Tally {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped };
}

async function main(): Promise<number> {
  const chromium = findChromium();
  if (!chromium) {
    console.error(MISSING_CHROMIUM_MESSAGE);
    return 1;
  }
  const reports = mkdtempSync(path.join(os.tmpdir(), "interchange-reports-"));
  const vitestReport = path.join(reports, "vitest.json");
  const playwrightReport = path.join(reports, "playwright.json");
  const database = process.env.DATABASE_URL?.trim() ? "PostgreSQL (DATABASE_URL)" : "embedded PGlite";
  log(`Unit and integration tests on ${database}`);
  const vitestCode = await run(
    process.execPath,
    ["node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`],
    process.env,
  );

  log("End-to-end tests in Chromium against the production build");
  await buildIfStale(process.env, log);
  const port = await freePort();
  const e2eCode = await withThrowawayDatabase(process.env.DATABASE_URL?.trim(), "e2e", (database) =>
    run(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], {
      ...process.env,
      ...(database.kind === "pglite" ? { E2E_DATA_DIR: database.dataDir } : { E2E_DATABASE_URL: database.url }),
      CHROMIUM_PATH: chromium,
      E2E_PORT: String(port),
      PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
    }),
  );

  const vitest = readVitestTally(vitestReport);
  const playwright = readPlaywrightTally(playwrightReport);
  rmSync(reports, { recursive: true, force: true });
  log(`Vitest: ${vitest.passed} passed, ${vitest.failed} failed; Playwright: ${playwright.passed} passed, ${playwright.failed} failed`);
  const failed = vitest.failed + playwright.failed + (vitestCode !== 0 && vitest.failed === 0 ? 1 : 0) + (e2eCode !== 0 && playwright.failed === 0 ? 1 : 0);
  const skipped = vitest.skipped + playwright.skipped;
  console.log(`${vitest.passed + playwright.passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  return vitestCode === 0 && e2eCode === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`npm test could not run: ${describeError(error)}`);
    process.exit(1);
  },
);
