// Platform benchmarks (issue "Catalog", part 3): API-token authentication per request, and exporting and
// importing the demo catalog. Run: `npx tsx --conditions=react-server test/bench/catalog-platform.bench.ts`
// (the repositories import "server-only"); add DATABASE_URL=postgres://… to measure on PostgreSQL, where it
// creates and drops two throwaway databases.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations, openDatabase, type OpenDatabase } from "@/lib/db";
import type { DatabaseTarget } from "@/lib/db/target";
import { seedDemo } from "@/lib/seed/seed-demo";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-api-token";
import { readCatalogForExport } from "@/lib/catalog/export/repository";
import { zCatalogExport } from "@/lib/catalog/export/schemas";
import { importCatalog } from "@/lib/catalog/export/import-catalog";
import { percentile } from "./http-session";

const AUTH_REQUESTS = Number(process.env.BENCH_AUTH_REQUESTS ?? 500);
const serverUrl = process.env.DATABASE_URL;
const cleanups: (() => Promise<void>)[] = [];

async function freshDatabase(label: string): Promise<OpenDatabase> {
  let target: DatabaseTarget;
  if (serverUrl) {
    const name = `ix_bench_${label}_${randomBytes(3).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    target = { kind: "postgres", url: url.toString() };
    cleanups.push(async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    });
  } else {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), `ix-bench-${label}-`));
    target = { kind: "pglite", dataDir };
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  }
  const db = await openDatabase(target);
  cleanups.unshift(() => db.close());
  await applyMigrations(db.sql);
  return db;
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

try {
  console.log(`Database: ${serverUrl ? "PostgreSQL" : "PGlite"}`);
  const source = await freshDatabase("source");
  await seedDemo(source.prisma);
  const admin = await source.prisma.user.findFirstOrThrow({ where: { role: "admin" }, include: { memberships: true } });
  const actor = { id: admin.id, email: admin.email, name: admin.name, role: admin.role, teamIds: admin.memberships.map((m) => m.teamId) };

  const { secret } = await createApiToken(source.prisma, { actor, input: { name: "bench", scope: "read" } });
  const samples: number[] = [];
  for (let i = 0; i < AUTH_REQUESTS; i++) samples.push((await timed(() => authenticateApiToken(source.prisma, { secret, method: "GET" }))).ms);
  samples.sort((a, b) => a - b);
  console.log(
    `API-token authentication (hash, lookup, owner reload): median ${percentile(samples, 50).toFixed(2)} ms, p95 ${percentile(samples, 95).toFixed(2)} ms over ${AUTH_REQUESTS}`,
  );

  const exported = await timed(() => readCatalogForExport(source.prisma));
  const bytes = Buffer.byteLength(JSON.stringify(exported.result));
  console.log(
    `Export of the demo catalog (${exported.result.integrations.length} integrations, ${(bytes / 1024).toFixed(0)} KiB): ${exported.ms.toFixed(0)} ms`,
  );

  const validated = await timed(async () => zCatalogExport.parse(JSON.parse(JSON.stringify(exported.result))));
  console.log(`Validating the file (zod, references): ${validated.ms.toFixed(0)} ms`);

  const target = await freshDatabase("target");
  const importer = await target.prisma.user.create({ data: { email: admin.email, name: admin.name, role: "admin" } });
  const imported = await timed(() => importCatalog(target.prisma, { actor: { ...importer, teamIds: [] }, input: JSON.parse(JSON.stringify(exported.result)) }));
  console.log(`Import into an empty catalog (one transaction, validation included): ${imported.ms.toFixed(0)} ms`);
} finally {
  for (const cleanup of cleanups) await cleanup().catch((error: unknown) => console.error(error));
}
