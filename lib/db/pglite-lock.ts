import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { displayPath } from "./target";

// PGlite does not lock its data directory: a second process opening it writes over the first one's files.
export const PGLITE_LOCK_FILE = "interchange.lock";

export interface LockHolder {
  pid: number;
  hostname: string;
  command: string;
  startedAt: string;
}

export class DatabaseLockedError extends Error {
  override name = "DatabaseLockedError";

  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    const where = holder.hostname === os.hostname() ? "" : ` on host ${holder.hostname}`;
    super(
      `The database in ${displayPath(dataDir)} is in use by process ${holder.pid}${where} (${shortenCommand(holder.command)}) since ${holder.startedAt}. ` +
        "Stop it, or set INTERCHANGE_DATA_DIR to another directory.",
    );
  }
}

// "/usr/bin/node /app/node_modules/next/dist/bin/next start" reads better as "node next start".
function shortenCommand(command: string): string {
  const [program = "", script = "", ...args] = command.split(" ");
  return [path.basename(program), path.basename(script), ...args].filter(Boolean).join(" ");
}

export interface PGliteLock {
  readonly lockFile: string;
  release(): void;
}

/**
 * Takes the data directory for this process. A lock left behind by a process that no longer runs on this host
 * (crash, kill -9) is taken over; a lock from another host is never taken over because we cannot tell whether
 * that process still runs.
 */
export function acquirePGliteLock(dataDir: string): PGliteLock {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, PGLITE_LOCK_FILE);
  const ours: LockHolder = {
    pid: process.pid,
    hostname: os.hostname(),
    command: process.argv.join(" "),
    startedAt: new Date().toISOString(),
  };

  // Two rounds: the second one runs after removing a stale lock, and loses if another process won that race.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, JSON.stringify(ours), { flag: "wx" });
      return holdLock(lockFile, ours);
    } catch (error) {
      if (!isErrno(error, "EEXIST")) throw error;
    }
    const holder = readHolder(lockFile);
    if (holder && !isStale(holder)) throw new DatabaseLockedError(dataDir, holder);
    removeIfPresent(lockFile);
  }
  throw new DatabaseLockedError(dataDir, readHolder(lockFile) ?? ours);
}

function holdLock(lockFile: string, ours: LockHolder): PGliteLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.removeListener("exit", release);
    // Never delete a lock that is no longer ours (someone judged it stale and took it over).
    const current = readHolder(lockFile);
    if (current?.pid === ours.pid && current.startedAt === ours.startedAt) removeIfPresent(lockFile);
  };
  // process.exit() skips every asynchronous close(); the lock file must not outlive us.
  process.on("exit", release);
  return { lockFile, release };
}

function readHolder(lockFile: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(lockFile, "utf8")) as Partial<LockHolder>;
    if (typeof parsed.pid !== "number" || typeof parsed.hostname !== "string") return null;
    return {
      pid: parsed.pid,
      hostname: parsed.hostname,
      command: parsed.command ?? "unknown command",
      startedAt: parsed.startedAt ?? "an unknown time",
    };
  } catch (error) {
    // A lock file that vanished or was half-written by a crashed process holds nothing.
    if (isErrno(error, "ENOENT") || error instanceof SyntaxError) return null;
    throw error;
  }
}

function isStale(holder: LockHolder): boolean {
  if (holder.hostname !== os.hostname()) return false;
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return isErrno(error, "ESRCH");
  }
}

function removeIfPresent(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if (!isErrno(error, "ENOENT")) throw error;
  }
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
