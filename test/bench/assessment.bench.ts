// Readiness assessment benchmark: how long taking an assessment (scoring + measuring the catalog's evidence +
// writing the history row and its audit event, in one transaction) takes on the demo plus a large synthetic
// catalog. Run: `npx tsx --conditions react-server test/bench/assessment.bench.ts` (BENCH_INTEGRATIONS=10000 by
// default; set DATABASE_URL to measure on PostgreSQL: a throwaway database is neither created nor dropped, so
// point it at an empty one).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations, openDatabase, resolveDatabaseTarget } from "@/lib/db";
import { findActorById } from "@/lib/auth/repository";
import { QUESTION_IDS, type Answers } from "@/lib/assessment/questions";
import { takeAssessment } from "@/lib/assessment/take-assessment";
import { seedDemo } from "@/lib/seed/seed-demo";
import { generateSyntheticCatalog } from "@/lib/seed/synthetic-catalog";

const INTEGRATIONS = Number(process.env.BENCH_INTEGRATIONS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const dataDir = process.env.DATABASE_URL ? null : mkdtempSync(path.join(os.tmpdir(), "interchange-assessment-bench-"));
const db = await openDatabase(dataDir ? { kind: "pglite", dataDir } : resolveDatabaseTarget());
try {
  await applyMigrations(db.sql);
  await seedDemo(db.prisma);
  await generateSyntheticCatalog(db.prisma, { integrations: INTEGRATIONS });
  const integrations = await db.prisma.integration.count();
  const admin = (await findActorById(db.prisma, (await db.prisma.user.findUniqueOrThrow({ where: { email: "admin@interchange.demo" } })).id))!;
  const answers = Object.fromEntries(QUESTION_IDS.map((id) => [id, 2])) as Answers;
  const biggestTeam = await db.prisma.team.findFirstOrThrow({
    orderBy: { integrations: { _count: "desc" } },
    select: { slug: true, _count: { select: { integrations: true } } },
  });

  for (const [label, input] of [
    [`organisation (${integrations} integrations)`, { scope: "organisation", answers }],
    [`team ${biggestTeam.slug} (${biggestTeam._count.integrations} integrations)`, { scope: "team", team: biggestTeam.slug, answers }],
  ] as const) {
    await takeAssessment(db.prisma, { actor: admin, input }); // warm-up
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await takeAssessment(db.prisma, { actor: admin, input });
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    console.log(
      `take assessment, ${label}: median ${samples[Math.floor(samples.length / 2)].toFixed(0)} ms, max ${samples[samples.length - 1].toFixed(0)} ms over ${RUNS} runs`,
    );
  }
} finally {
  await db.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
