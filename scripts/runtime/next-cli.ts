import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { isBuildCurrent, recordBuildFingerprint } from "./build-fingerprint";

const require = createRequire(import.meta.url);
export const NEXT_BIN = require.resolve("next/dist/bin/next");

/** Runs the Next.js CLI in a child process; resolves with its exit code. Signals are forwarded to it. */
export function runNext(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, ...args], { stdio: "inherit", env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/**
 * Replaces this process with the Next.js CLI (execve: same pid, nothing of the launcher left in memory), where the
 * runtime can (Node 22.15+ on Linux and macOS); else runs it as a child and exits with its code. The launcher holds
 * tsx, Prisma and the database driver it needed to prepare: 134-481 MB for the server's whole life as a parent.
 */
export async function execNext(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  if (typeof process.execve === "function" && process.platform !== "win32") {
    // Only returns by throwing (e.g. the executable cannot be run): then fall back to a child.
    try {
      process.execve(process.execPath, [process.execPath, NEXT_BIN, ...args], env);
    } catch (error) {
      console.error(`[interchange] Could not hand the process to the server (${String(error)}); running it as a child instead.`);
    }
  }
  return runNext(args, env);
}

/** Builds unless the existing production build was made from the same sources. */
export async function buildIfStale(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  if (isBuildCurrent()) {
    log("Production build is current.");
    return;
  }
  log("Building the portal (first start, or the sources changed)…");
  const started = Date.now();
  const code = await runNext(["build"], env);
  if (code !== 0) throw new Error(`next build failed (exit code ${code}); see the output above.`);
  recordBuildFingerprint();
  log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
