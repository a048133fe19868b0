import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { fromJsonColumn, toJsonColumn } from "@/lib/db/json-column";
import { zLintFinding, zRuleOverrides, type LintFinding, type RuleOverrides } from "@/lib/standards/schemas";
import { z } from "zod";
import { currentVersion } from "@/lib/assessment/evidence";
import { DEFAULT_SCORECARD } from "@/lib/scorecards/scorecard-rules";
import { zScorecardDefinition, type ScorecardDefinition } from "@/lib/scorecards/schemas";

type Db = PrismaClient | Prisma.TransactionClient;

export interface CurrentRuleset {
  /** 0 is the defaults, before any admin change. */
  version: number;
  overrides: RuleOverrides;
  requireExceptionForNewErrors: boolean;
  /** When the version was saved (the epoch for the defaults): the ETag an admin's change is checked against. */
  createdAt: Date;
  /** The scorecard levels' rules (lib/scorecards): versioned and audited with the ruleset. */
  scorecard: ScorecardDefinition;
}

export const DEFAULT_RULESET: CurrentRuleset = {
  version: 0,
  overrides: {},
  requireExceptionForNewErrors: false,
  createdAt: new Date(0),
  scorecard: DEFAULT_SCORECARD,
};

export async function findCurrentRuleset(db: Db): Promise<CurrentRuleset> {
  const row = await db.standardsRuleset.findFirst({
    orderBy: { version: "desc" },
    select: { version: true, overrides: true, requireExceptionForNewErrors: true, createdAt: true, scorecard: true },
  });
  if (!row) return DEFAULT_RULESET;
  return {
    version: row.version,
    overrides: fromJsonColumn(zRuleOverrides, row.overrides, "StandardsRuleset.overrides"),
    requireExceptionForNewErrors: row.requireExceptionForNewErrors,
    createdAt: row.createdAt,
    scorecard: row.scorecard === null ? DEFAULT_SCORECARD : fromJsonColumn(zScorecardDefinition, row.scorecard, "StandardsRuleset.scorecard"),
  };
}

/**
 * Saves the next ruleset version. Two admins saving at once both try the same version number: the second insert
 * breaks the primary key and answers null, so that the caller refuses it as a stale change.
 */
export async function insertRulesetVersion(tx: Prisma.TransactionClient, values: CurrentRuleset & { createdById: string }): Promise<CurrentRuleset | null> {
  const { createdById, ...ruleset } = values;
  const inserted = await tx.standardsRuleset.createMany({
    data: [{ ...ruleset, createdById, overrides: toJsonColumn(ruleset.overrides), scorecard: toJsonColumn(ruleset.scorecard) }],
    skipDuplicates: true,
  });
  return inserted.count === 0 ? null : ruleset;
}

const zStoredFindings = z.array(zLintFinding);

export function readStoredFindings(value: unknown): LintFinding[] {
  return fromJsonColumn(zStoredFindings, value, "ContractVersion.lintFindings");
}

/** Versions with a document whose findings are missing or were computed under another ruleset version. */
export async function findVersionsToLint(db: Db, rulesetVersion: number, ids?: readonly string[]): Promise<{ id: string; specText: string }[]> {
  const rows = await db.contractVersion.findMany({
    where: {
      ...(ids ? { id: { in: [...ids] } } : {}),
      specText: { not: null },
      OR: [{ lintRulesetVersion: null }, { lintRulesetVersion: { not: rulesetVersion } }],
    },
    select: { id: true, specText: true },
    orderBy: { id: "asc" },
  });
  return rows.filter((row): row is { id: string; specText: string } => row.specText !== null);
}

/** Findings are derived from the document: storing them is a cache fill, not a governed change (no audit row). */
export async function storeVersionFindings(db: Db, id: string, rulesetVersion: number, findings: readonly LintFinding[]): Promise<void> {
  await db.contractVersion.update({
    where: { id },
    data: {
      lintFindings: toJsonColumn(findings),
      lintErrorCount: findings.filter((finding) => finding.severity === "error").length,
      lintRulesetVersion: rulesetVersion,
    },
  });
}

export async function findVersionFindings(db: Db, id: string): Promise<{ rulesetVersion: number | null; findings: LintFinding[] | null }> {
  const row = await db.contractVersion.findUnique({ where: { id }, select: { lintFindings: true, lintRulesetVersion: true } });
  if (!row || row.lintFindings === null) return { rulesetVersion: row?.lintRulesetVersion ?? null, findings: null };
  return { rulesetVersion: row.lintRulesetVersion, findings: readStoredFindings(row.lintFindings) };
}

export interface ContractFindingsRow {
  contract: { id: string; slug: string; name: string; team: { slug: string; name: string } | null };
  version: { version: string; status: string };
  findings: LintFinding[];
}

/**
 * Each OpenAPI or AsyncAPI contract of the scope with the findings of its current version (the newest active, else
 * the newest): what the findings page filters and the evidence links open.
 */
export async function findCurrentVersionFindings(db: Db, teamId: string | null): Promise<ContractFindingsRow[]> {
  const contracts = await db.contract.findMany({
    where: { archivedAt: null, type: { in: ["openapi", "asyncapi"] }, ...(teamId ? { ownerTeamId: teamId } : {}) },
    select: {
      id: true,
      slug: true,
      name: true,
      ownerTeam: { select: { slug: true, name: true } },
      versions: { select: { version: true, status: true, createdAt: true, lintFindings: true } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return contracts.flatMap((contract) => {
    const current = currentVersion(contract.versions);
    if (!current || current.lintFindings === null) return [];
    return [
      {
        contract: { id: contract.id, slug: contract.slug, name: contract.name, team: contract.ownerTeam },
        version: { version: current.version, status: current.status },
        findings: readStoredFindings(current.lintFindings),
      },
    ];
  });
}

export async function findTeamIdBySlug(db: Db, slug: string): Promise<string | null> {
  return (await db.team.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null;
}
