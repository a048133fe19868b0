import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { JobHandler } from "@/lib/jobs/run-due-jobs";
import { lintContract } from "@/lib/standards/lint-contract";
import { findCurrentRuleset, findVersionsToLint, storeVersionFindings } from "@/lib/standards/repository";

/**
 * Lints the contract versions whose findings are missing or stale (another ruleset version) and stores them:
 * after a version is saved or published, after the demo is seeded, before an assessment and after an admin changes
 * the ruleset. Outside any transaction: Spectral takes tens of milliseconds per document and PGlite has one
 * connection. Versions linted concurrently by another caller are simply linted twice, with the same result.
 */
export async function lintStaleVersions(db: PrismaClient, ids?: readonly string[]): Promise<{ linted: number }> {
  const ruleset = await findCurrentRuleset(db);
  const versions = await findVersionsToLint(db, ruleset.version, ids);
  for (const version of versions) {
    const result = await lintContract(version.specText, ruleset.overrides);
    // A stored document was valid when it was saved; one that no longer reads has no findings to show.
    await storeVersionFindings(db, version.id, ruleset.version, result.ok ? result.findings : []);
  }
  return { linted: versions.length };
}

/** Enqueued by every ruleset change: lints again, in the background, the versions the change made stale. */
export const STANDARDS_RELINT_JOB = "standards.relint";

export const runStandardsRelint: JobHandler = async ({ db }) => {
  await lintStaleVersions(db);
};
