// Graph page benchmark (issue "Dependency graph and impact analysis"): the production build serving a synthetic
// catalog of about 1,000 nodes (3,000 integrations: ~375 systems and ~630 consumer assets; ~5,700 edges, more
// than the 3,000 of the target), every node shown (`?expand=all`), in headless Chromium. Measures the first
// render (navigation to nodes on screen), the layout time (in the Web Worker), the longest main-thread task and
// the frame times while panning. Targets: first render < 2 s, pan p95 frame < 50 ms, no task > 200 ms, layout < 3 s.
// Run after `npm run build`: `npm run bench:graph-page` (BENCH_INTEGRATIONS changes the size).
import { execFileSync, type ChildProcess } from "node:child_process";
import { runScript, stopServer } from "./bench-server";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "@/scripts/runtime/chromium";
import { percentile } from "./http-session";

const PORT = Number(process.env.BENCH_PORT ?? 3242);
const BASE = `http://127.0.0.1:${PORT}`;
const INTEGRATIONS = Number(process.env.BENCH_INTEGRATIONS ?? 3000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const dataDir = mkdtempSync(path.join(os.tmpdir(), "interchange-graph-page-bench-"));
const env = {
  ...process.env,
  INTERCHANGE_DATA_DIR: dataDir,
  DATABASE_URL: "",
  PORT: String(PORT),
  NEXTAUTH_URL: BASE,
  NEXTAUTH_SECRET: "bench-secret-not-for-production-0123456789",
};
const tsx = (script: string, ...args: string[]) =>
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", script, ...args], { env, stdio: ["ignore", "inherit", "inherit"] });

let server: ChildProcess | undefined;
try {
  tsx("scripts/db-migrate.ts");
  tsx("scripts/db-seed.ts");
  tsx("scripts/generate-catalog.ts", "--integrations", String(INTEGRATIONS));
  server = runScript(PORT, ["scripts/start.ts"], { INTERCHANGE_DATA_DIR: dataDir, DATABASE_URL: "", INTERCHANGE_SEED_DEMO: "never" }, "ignore");
  for (let ready = false; !ready;) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    ready = await fetch(`${BASE}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 200));
  }

  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(() => {
    const w = window as unknown as { longestTask: number; longTasks: string[] };
    w.longestTask = 0;
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.longestTask = Math.max(w.longestTask, entry.duration);
        w.longTasks.push(`${Math.round(entry.duration)} ms at ${Math.round(entry.startTime)}`);
      }
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(`${BASE}/sign-in`);
  await page.getByLabel("E-mail").fill("exec@interchange.demo");
  await page.getByLabel("Password").fill("demo-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();

  // The page preloads the graph; the explorer's own request must reuse that answer, not ask the server again.
  let graphRequests = 0;
  page.on("request", (request) => void (request.url().includes("/api/v1/graph") && graphRequests++));

  for (let run = 1; run <= RUNS; run++) {
    graphRequests = 0;
    const started = Date.now();
    await page.goto(`${BASE}/graph?expand=all`);
    await page.locator(".react-flow__node").first().waitFor({ timeout: 60_000 });
    const firstRender = Date.now() - started;
    const canvas = page.getByTestId("graph-canvas");
    if (process.env.BENCH_SCREENSHOT && run === 1) await page.screenshot({ path: process.env.BENCH_SCREENSHOT });
    const [nodes, edges, layoutMs, where] = await Promise.all(
      ["data-node-count", "data-edge-count", "data-layout-ms", "data-layout-where"].map((name) => canvas.getAttribute(name)),
    );

    // Zoom to a readable level in the middle, then pan in steps while recording every frame.
    const box = (await page.locator(".react-flow__pane").boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(centre.x, centre.y);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -300);
    await page.waitForTimeout(500);
    // A string, not a function: tsx would wrap named functions in a helper the page does not have.
    await page.evaluate(`(() => {
      window.frames_ = [];
      window.recording = true;
      let last = performance.now();
      function tick(now) {
        window.frames_.push(now - last);
        last = now;
        if (window.recording) requestAnimationFrame(tick);
      }
      requestAnimationFrame(tick);
    })()`);
    await page.mouse.down();
    for (let step = 0; step < 60; step++) await page.mouse.move(centre.x + Math.sin(step / 6) * 300, centre.y + Math.cos(step / 6) * 200, { steps: 2 });
    await page.mouse.up();
    const { frames, longestTask, longTasks } = (await page.evaluate(`(() => {
      window.recording = false;
      return { frames: window.frames_.slice(1), longestTask: window.longestTask, longTasks: window.longTasks };
    })()`)) as { frames: number[]; longestTask: number; longTasks: string[] };
    console.log(
      `run ${run}: ${nodes} nodes, ${edges} edges; first render ${firstRender} ms; layout ${layoutMs} ms (${where}); ` +
        `pan frames p50 ${percentile(frames, 50).toFixed(1)} ms, p95 ${percentile(frames, 95).toFixed(1)} ms (${frames.length} frames); ` +
        `longest main-thread task since navigation ${Math.round(longestTask)} ms; ${graphRequests} request(s) for the graph`,
    );
    if (process.env.BENCH_VERBOSE) console.log(`  tasks over 50 ms (duration at ms since navigation): ${longTasks.join(", ")}`);
  }
  await browser.close();
} finally {
  // The whole process group (see bench-server.ts): nothing of the server outlives the benchmark.
  if (server) await stopServer(server);
  rmSync(dataDir, { recursive: true, force: true });
}
