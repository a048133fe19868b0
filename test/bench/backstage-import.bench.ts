// Backstage import benchmark (issue #19): a location directory of 2,000 entities (a Location pointing at 21 files:
// groups and users, components, resources and APIs with inline OpenAPI definitions, consumesApis and dependsOn) read
// through the directory reader and imported; then the same directory imported again, which must write nothing.
// Run: `npx tsx --conditions react-server test/bench/backstage-import.bench.ts` (BENCH_ENTITIES=2000; set
// DATABASE_URL to measure on an empty PostgreSQL database). Target: < 60 s for the first import; the second writes
// no row (no record changes, no audit entry).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations, openDatabase, resolveDatabaseTarget } from "@/lib/db";
import { directoryReader } from "@/lib/backstage/entity-files";
import { importBackstage } from "@/lib/backstage/import-backstage";

const ENTITIES = Number(process.env.BENCH_ENTITIES ?? 2000);
const PER_FILE = 100;

function entity(kind: string, name: string, spec: Record<string, unknown>): string {
  return `apiVersion: backstage.io/v1alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}\n  description: Benchmark ${kind} ${name}\nspec: ${JSON.stringify(spec)}\n`;
}

/** 20 groups, 100 users, then components, resources and APIs in thirds; every component provides one API and consumes another. */
function writeCatalog(dir: string): void {
  const docs: string[] = [];
  const groups = 20;
  for (let g = 0; g < groups; g++) docs.push(entity("Group", `team-${g}`, { type: "team", children: [] }));
  for (let u = 0; u < 100; u++)
    docs.push(entity("User", `user-${u}`, { profile: { email: `user-${u}@bench.example`, displayName: `User ${u}` }, memberOf: [`team-${u % groups}`] }));
  const rest = ENTITIES - docs.length;
  const components = Math.floor(rest / 3);
  const resources = Math.floor(rest / 3);
  const apis = rest - components - resources;
  for (let c = 0; c < components; c++) {
    docs.push(
      entity("Component", `service-${c}`, {
        type: "service",
        lifecycle: "production",
        owner: `team-${c % groups}`,
        providesApis: c < apis ? [`api-${c}`] : [],
        consumesApis: c > 0 && c - 1 < apis ? [`api-${c - 1}`] : [],
        dependsOn: [`resource:store-${c % resources}`],
      }),
    );
  }
  for (let r = 0; r < resources; r++) docs.push(entity("Resource", `store-${r}`, { type: "database", owner: `team-${r % groups}` }));
  for (let a = 0; a < apis; a++) {
    const definition = `openapi: 3.0.3\ninfo:\n  title: API ${a}\n  version: 1.0.${a}\npaths:\n  /items/${a}:\n    get:\n      responses:\n        "200":\n          description: OK\n`;
    docs.push(entity("API", `api-${a}`, { type: "openapi", lifecycle: "production", owner: `team-${a % groups}`, definition }));
  }
  const files: string[] = [];
  for (let i = 0; i * PER_FILE < docs.length; i++) {
    const file = `entities-${i}.yaml`;
    writeFileSync(path.join(dir, file), docs.slice(i * PER_FILE, (i + 1) * PER_FILE).join("---\n"));
    files.push(`./${file}`);
  }
  writeFileSync(path.join(dir, "catalog-info.yaml"), entity("Location", "bench", { targets: files }));
}

const catalogDir = mkdtempSync(path.join(os.tmpdir(), "interchange-backstage-catalog-"));
const dataDir = process.env.DATABASE_URL ? null : mkdtempSync(path.join(os.tmpdir(), "interchange-backstage-bench-"));
const db = await openDatabase(dataDir ? { kind: "pglite", dataDir } : resolveDatabaseTarget());
try {
  await applyMigrations(db.sql);
  writeCatalog(catalogDir);
  const user = await db.prisma.user.create({ data: { email: "bench-admin@bench.example", name: "Bench admin", role: "admin" } });
  const actor = { id: user.id, email: user.email, name: user.name, role: user.role, teamIds: [] };
  const reader = directoryReader(catalogDir);
  const run = async () => {
    const started = performance.now();
    const report = await importBackstage(db.prisma, { actor, text: await reader.read("catalog-info.yaml"), file: "catalog-info.yaml", reader, dryRun: false });
    return { report, seconds: (performance.now() - started) / 1000 };
  };

  const first = await run();
  if (first.report.errors)
    throw new Error(
      `The generated catalog has ${first.report.errors} entities with problems: ${JSON.stringify(first.report.results.find((r) => r.errors.length))}`,
    );
  const ok = first.seconds < 60;
  console.log(
    `first import: ${first.report.entities} entities (${JSON.stringify(first.report.created)}) in ${first.seconds.toFixed(1)} s (target < 60 s) ${ok ? "OK" : "OVER"}`,
  );

  const audits = await db.prisma.auditEvent.count();
  const second = await run();
  const wrote = Object.values(second.report.created).reduce((a, b) => a + b, 0) + Object.values(second.report.updated).reduce((a, b) => a + b, 0);
  const auditsAfter = await db.prisma.auditEvent.count();
  const nothing = wrote === 0 && auditsAfter === audits;
  console.log(
    `re-import with no change: ${second.seconds.toFixed(1)} s, ${wrote} records written, ${auditsAfter - audits} audit entries ${nothing ? "OK" : "WROTE"}`,
  );
  if (!ok || !nothing) process.exitCode = 1;
} finally {
  await db.close();
  rmSync(catalogDir, { recursive: true, force: true });
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
