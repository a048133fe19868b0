// Deprecations benchmark: announcing (one transaction: policy, migration items, notifications, jobs), the
// Deprecations list page's query with progress counts, and the worker draining due reminders.
// Run: `npx tsx --conditions react-server test/bench/deprecations.bench.ts` (BENCH_DEPRECATIONS=300,
// BENCH_CONSUMERS=5 per version, BENCH_BIG=1000 consumers for the one large announcement; set DATABASE_URL to
// measure on an empty PostgreSQL database).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations, openDatabase, resolveDatabaseTarget } from "@/lib/db";
import { findActorById } from "@/lib/auth/repository";
import { announceDeprecation } from "@/lib/deprecations/deprecation-use-cases";
import { JOB_HANDLERS } from "@/lib/jobs/job-handlers";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { findDeprecations } from "@/lib/deprecations/repository";
import { zDeprecationListQuery } from "@/lib/deprecations/schemas";
import { seedDemo } from "@/lib/seed/seed-demo";

const DEPRECATIONS = Number(process.env.BENCH_DEPRECATIONS ?? 300);
const CONSUMERS = Number(process.env.BENCH_CONSUMERS ?? 5);
const BIG = Number(process.env.BENCH_BIG ?? 1000);
const DAY = 86_400_000;

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
const p95 = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(samples.length * 0.95))];

const dataDir = process.env.DATABASE_URL ? null : mkdtempSync(path.join(os.tmpdir(), "interchange-deprecations-bench-"));
const db = await openDatabase(dataDir ? { kind: "pglite", dataDir } : resolveDatabaseTarget());
try {
  await applyMigrations(db.sql);
  await seedDemo(db.prisma);
  const prisma = db.prisma;
  const admin = (await findActorById(prisma, (await prisma.user.findUniqueOrThrow({ where: { email: "admin@interchange.demo" } })).id))!;
  const team = await prisma.team.findFirstOrThrow({ select: { id: true } });
  const contract = await prisma.contract.create({ data: { slug: "bench-contract", name: "Bench Contract", type: "json_schema", ownerTeamId: team.id } });
  const versions = await prisma.contractVersion.createManyAndReturn({
    data: Array.from({ length: DEPRECATIONS + 1 }, (_, i) => ({ contractId: contract.id, version: `1.${i}.0`, status: "active" as const })),
    select: { id: true },
  });
  await prisma.consumer.createMany({
    data: versions.flatMap((version, v) =>
      Array.from({ length: v === DEPRECATIONS ? BIG : CONSUMERS }, (_, c) => ({
        name: `Consumer ${v}-${c}`,
        kind: "report" as const,
        contractVersionId: version.id,
        purpose: "Bench.",
        ownerTeamId: team.id,
      })),
    ),
  });

  const now = new Date();
  const input = (id: string) => ({
    targetKind: "contract_version",
    contractVersionId: id,
    reason: "Benchmark deprecation.",
    migrationGuideUrl: "https://example.com/guide",
    sunsetAt: new Date(now.getTime() + 200 * DAY).toISOString(),
  });
  const samples: number[] = [];
  for (const version of versions.slice(0, DEPRECATIONS)) {
    const started = performance.now();
    await announceDeprecation(prisma, { actor: admin, input: input(version.id), clock: () => now });
    samples.push(performance.now() - started);
  }
  console.log(`announce with ${CONSUMERS} consumers: median ${median(samples).toFixed(1)} ms, p95 ${p95(samples).toFixed(1)} ms over ${DEPRECATIONS}`);
  const bigStarted = performance.now();
  await announceDeprecation(prisma, { actor: admin, input: input(versions[DEPRECATIONS].id), clock: () => now });
  console.log(`announce with ${BIG} consumers: ${(performance.now() - bigStarted).toFixed(0)} ms`);

  const total = await prisma.deprecation.count();
  for (const [label, query] of [
    ["first page, by sunset", {}],
    ["search 'benchmark'", { q: "benchmark" }],
    ["overdue (a year on)", { overdue: "true" }],
  ] as const) {
    const listSamples: number[] = [];
    for (let i = 0; i < 11; i++) {
      const started = performance.now();
      await findDeprecations(prisma, zDeprecationListQuery.parse(query), {
        actor: admin,
        now: label.startsWith("overdue") ? new Date(now.getTime() + 365 * DAY) : now,
      });
      listSamples.push(performance.now() - started);
    }
    console.log(`list ${label} (${total} deprecations): median ${median(listSamples).toFixed(1)} ms, p95 ${p95(listSamples).toFixed(1)} ms`);
  }

  const due = await prisma.job.count({ where: { kind: "deprecation.reminder" } });
  const started = performance.now();
  let ran = 0;
  for (;;) {
    const { succeeded, retried, dead } = await runDueJobs({ db: prisma, handlers: JOB_HANDLERS, clock: () => new Date(now.getTime() + 199 * DAY), limit: 50 });
    ran += succeeded;
    if (succeeded + retried + dead === 0) break;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `worker: ${ran} jobs (${due} reminders plus escalations) in ${seconds.toFixed(1)} s = ${(ran / seconds).toFixed(0)} jobs/s; ${await prisma.notification.count()} notifications`,
  );
} finally {
  await db.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
