import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { lintContract } from "@/lib/standards/lint-contract";
import { findCurrentRuleset, findVersionFindings } from "@/lib/standards/repository";
import type { LintFinding, StandardsReport } from "@/lib/standards/schemas";
import { compareFindings, describeDelta } from "@/lib/standards/standards-delta";

/**
 * The API standards' verdict on a proposed document: its findings under the current ruleset and what it
 * introduces and fixes against the base version (whose stored findings are used while they are current). Null
 * when the document is not lintable text (a contract of type "other" is never linted).
 */
export async function assessProposedStandards(
  db: PrismaClient | Prisma.TransactionClient,
  { candidateText, base }: { candidateText: string; base: { id: string; specText: string | null } | null },
): Promise<StandardsReport | null> {
  const ruleset = await findCurrentRuleset(db);
  const candidate = await lintContract(candidateText, ruleset.overrides);
  if (!candidate.ok || !candidate.linted) return null;
  let baseFindings: LintFinding[] = [];
  if (base?.specText) {
    const stored = await findVersionFindings(db, base.id);
    if (stored.findings && stored.rulesetVersion === ruleset.version) baseFindings = stored.findings;
    else {
      const linted = await lintContract(base.specText, ruleset.overrides);
      baseFindings = linted.ok ? linted.findings : [];
    }
  }
  const delta = compareFindings(baseFindings, candidate.findings);
  return { rulesetVersion: ruleset.version, findings: candidate.findings, ...delta, summary: describeDelta(delta) };
}
