import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/open-database";
import { DatabaseLockedError, PGLITE_LOCK_FILE } from "@/lib/db/pglite-lock";
import { displayPath } from "@/lib/db/target";

let dataDir: string;
let holder: ChildProcessWithoutNullStreams | undefined;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "interchange-lock-"));
});

afterEach(async () => {
  if (holder && holder.exitCode === null) {
    const exited = new Promise((resolve) => holder!.once("exit", resolve));
    holder.stdin.end();
    await exited;
  }
  holder = undefined;
  await rm(dataDir, { recursive: true, force: true });
});

function holdDatabaseInAnotherProcess(dir: string): Promise<ChildProcessWithoutNullStreams> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/support/hold-pglite-database.ts", dir], {
    cwd: process.cwd(),
  });
  return new Promise((resolve, reject) => {
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("ready")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`holder exited with ${code}: ${stderr}`)));
  });
}

describe("PGlite data directory lock", () => {
  it("refuses a second process, naming the one that holds the directory", async () => {
    holder = await holdDatabaseInAnotherProcess(dataDir);

    const refused = await openDatabase({ kind: "pglite", dataDir }).catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(DatabaseLockedError);
    const message = (refused as Error).message;
    expect(message).toMatch(
      new RegExp(
        `^The database in ${escape(displayPath(dataDir))} is in use by process ${holder.pid} \\(node .*hold-pglite-database\\.ts .*\\) since \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\. ` +
          "Stop it, or set INTERCHANGE_DATA_DIR to another directory\\.$",
      ),
    );
  });

  it("takes over a lock left by a process that no longer runs, and removes it on close", async () => {
    const deadPid = spawnSync(process.execPath, ["-e", ""]).pid;
    const lockFile = path.join(dataDir, PGLITE_LOCK_FILE);
    await writeFile(lockFile, JSON.stringify({ pid: deadPid, hostname: os.hostname(), command: "node crashed", startedAt: "2026-01-01T00:00:00.000Z" }));

    const db = await openDatabase({ kind: "pglite", dataDir });
    try {
      expect(JSON.parse(await readFile(lockFile, "utf8"))).toMatchObject({ pid: process.pid, hostname: os.hostname() });
      await db.sql.runScript("CREATE TABLE written_after_takeover (id INT)");
    } finally {
      await db.close();
    }
    expect(existsSync(lockFile)).toBe(false);
  });

  it("does not take over a lock held by a running process on another host", async () => {
    await writeFile(
      path.join(dataDir, PGLITE_LOCK_FILE),
      JSON.stringify({ pid: process.pid, hostname: "elsewhere", command: "node next start", startedAt: "2026-11-21T05:00:00.000Z" }),
    );

    await expect(openDatabase({ kind: "pglite", dataDir })).rejects.toThrow(
      `is in use by process ${process.pid} on host elsewhere (node next start) since 2026-11-21T05:00:00.000Z.`,
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
