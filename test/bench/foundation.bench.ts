// Foundation benchmarks (issue: "Foundation"): how long `npm start` takes on a fresh PGlite directory, with and
// without a build, and the home page's server time. Run: `npm run bench` (add DATABASE_URL=... to measure the
// home page on PostgreSQL; the start is then measured against a throwaway database on that server).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { HttpSession, percentile } from "./http-session";

const PORT = Number(process.env.BENCH_PORT ?? 3190);
const BASE = `http://127.0.0.1:${PORT}`;
const HOME_REQUESTS = Number(process.env.BENCH_HOME_REQUESTS ?? 200);

async function waitForHealth(child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${BASE}/api/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("npm start did not answer in time");
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

async function measureStart(env: Record<string, string>, label: string): Promise<{ seconds: number; child: ChildProcess }> {
  const started = performance.now();
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
    env: { ...process.env, ...env, PORT: String(PORT), NEXTAUTH_URL: BASE, NEXTAUTH_SECRET: "bench-secret-not-for-production-0123456789" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForHealth(child, 300_000);
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
  console.log(`home page (${HOME_REQUESTS} sequential requests over loopback): p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms`);
}

async function withDatabase<T>(body: (env: Record<string, string>) => Promise<T>): Promise<T> {
  const server = process.env.DATABASE_URL?.trim();
  if (!server) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "interchange-bench-"));
    try {
      return await body({ DATABASE_URL: "", INTERCHANGE_DATA_DIR: dir });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const name = `ix_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  try {
    return await body({ DATABASE_URL: url.toString() });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function main(): Promise<void> {
  console.log(`Database: ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}; ${os.cpus().length} cores`);
  if (process.env.BENCH_WITH_BUILD === "1") {
    rmSync(".next", { recursive: true, force: true });
    await withDatabase(async (env) => {
      const { child } = await measureStart(env, "npm start, fresh database, no build (migrate + seed + build + serve)");
      await stop(child);
    });
  }
  await withDatabase(async (env) => {
    const { child } = await measureStart(env, "npm start, fresh database, current build (migrate + seed + serve)");
    try {
      await measureHome();
    } finally {
      await stop(child);
    }
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
