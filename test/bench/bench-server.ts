import { spawn, type ChildProcess } from "node:child_process";

const BENCH_SECRET = "bench-secret-not-for-production-0123456789";

// Scripts still running. Their groups are outside the terminal's (detached), so Ctrl-C or a timeout of the
// benchmark reaches only the benchmark: it passes the end on to them.
const running = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of running) signalGroup(child, "SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    for (const child of running) signalGroup(child, "SIGKILL");
    process.exit(signal === "SIGINT" ? 130 : 143);
  });
}

/** Runs a tsx script with the bench's port and auth settings on top of `env`. */
export function runScript(port: number, script: string[], env: Record<string, string>, stdio: "inherit" | "ignore" = "inherit"): ChildProcess {
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", ...script], {
    // The benchmarks time the handlers from one address, far above any sensible API quota: the limits are off.
    env: {
      ...process.env,
      API_RATE_LIMIT_PER_ADDRESS: "0",
      API_RATE_LIMIT_PER_TOKEN: "0",
      ...env,
      PORT: String(port),
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: BENCH_SECRET,
    },
    stdio: ["ignore", stdio, "inherit"],
    // Its own process group: tsx runs the script in a child of its own, and the server may start more; a signal
    // to the group reaches all of them, so that nothing outlives the benchmark.
    detached: true,
  });
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

/** Signals the script's whole process group (see runScript); a group already gone is fine. */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already exited
  }
}

/** `npm start` (migrate, seed when empty, build when stale, serve) on `port`; resolves once /api/v1/health answers. */
export async function startServer(port: number, env: Record<string, string>, timeoutMs = 300_000): Promise<ChildProcess> {
  const child = runScript(port, ["scripts/start.ts"], env, "ignore");
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  signalGroup(child, "SIGKILL");
  throw new Error("npm start did not answer in time");
}

/** SIGTERM, then wait: the server closes its database before it exits. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  signalGroup(child, "SIGTERM");
  await exited;
}
