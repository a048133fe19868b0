import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDb, getDb } from "@/lib/db";
import { PGLITE_LOCK_FILE } from "@/lib/db/pglite-lock";

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "interchange-singleton-"));
  // PGlite whatever the run: this must never open the server DATABASE_URL names.
  vi.stubEnv("DATABASE_URL", "");
  vi.stubEnv("INTERCHANGE_DATA_DIR", dataDir);
});

afterAll(async () => {
  await closeDb();
  vi.unstubAllEnvs();
  await rm(dataDir, { recursive: true, force: true });
});

describe("getDb", () => {
  it("opens the configured database once and shares it, with one set of shutdown handlers", async () => {
    const sigtermHandlers = process.listenerCount("SIGTERM");

    const [first, second] = await Promise.all([getDb(), getDb()]);
    const third = await getDb();

    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(existsSync(path.join(dataDir, PGLITE_LOCK_FILE))).toBe(true);
    expect(process.listenerCount("SIGTERM")).toBe(sigtermHandlers + 1);
    await expect(first.$queryRawUnsafe("SELECT 1 AS one")).resolves.toEqual([{ one: 1 }]);
  });

  it("closeDb releases the directory, and the next getDb opens it again", async () => {
    const before = await getDb();
    await closeDb();
    expect(existsSync(path.join(dataDir, PGLITE_LOCK_FILE))).toBe(false);

    const after = await getDb();
    expect(after).not.toBe(before);
    await closeDb();
  });
});
