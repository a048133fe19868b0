// Foundation benchmarks (issue: "Foundation"): how long `npm start` takes on a fresh PGlite directory, with and
// without a build, and the home page's server time. Run: `npm run bench` (add DATABASE_URL=... to measure the
// home page on PostgreSQL; the start is then measured against a throwaway database on that server).
import type { ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import os from "node:os";
import { environmentFor, withThrowawayDatabase } from "../../scripts/runtime/throwaway-database";
import { startServer, stopServer } from "./bench-server";
import { HttpSession, percentile } from "./http-session";

const PORT = Number(process.env.BENCH_PORT ?? 3190);
const BASE = `http://127.0.0.1:${PORT}`;
const HOME_REQUESTS = Number(process.env.BENCH_HOME_REQUESTS ?? 200);

async function measureStart(env: Record<string, string>, label: string): Promise<{ seconds: number; child: ChildProcess }> {
  const started = performance.now();
  const child = await startServer(PORT, env);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label}: ${seconds.toFixed(1)} s until the first answer`);
  return { seconds, child };
}

async function measureHome(): Promise<void> {
  const session = new HttpSession(BASE);
  await session.signIn("exec@interchange.demo", "demo-password");
  for (let i = 0; i < 10; i++) await (await session.fetch("/")).text(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < HOME_REQUESTS; i++) {
    const t = performance.now();
    const response = await session.fetch("/");
    await response.text();
    if (response.status !== 200) throw new Error(`home page answered ${response.status}`);
    samples.push(performance.now() - t);
  }
  console.log(
    `home page (${HOME_REQUESTS} sequential requests over loopback): p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms`,
  );
}

async function main(): Promise<void> {
  console.log(`Database: ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}; ${os.cpus().length} cores`);
  if (process.env.BENCH_WITH_BUILD === "1") {
    rmSync(".next", { recursive: true, force: true });
    await withThrowawayDatabase(process.env.DATABASE_URL?.trim(), "bench", async (database) => {
      const { child } = await measureStart(environmentFor(database), "npm start, fresh database, no build (migrate + seed + build + serve)");
      await stopServer(child);
    });
  }
  await withThrowawayDatabase(process.env.DATABASE_URL?.trim(), "bench", async (database) => {
    const { child } = await measureStart(environmentFor(database), "npm start, fresh database, current build (migrate + seed + serve)");
    try {
      await measureHome();
    } finally {
      await stopServer(child);
    }
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
