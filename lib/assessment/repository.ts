import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ContractEvidenceRow, Evidence, IntegrationEvidenceRow } from "@/lib/assessment/evidence";
import type { Answers } from "@/lib/assessment/questions";
import { levelInfo, type LevelNumber } from "@/lib/assessment/questions";
import type { AssessmentFilters, AssessmentSummary } from "@/lib/assessment/schemas";
import { decodeCursor, toCursorPage, type CursorPage } from "@/lib/pagination/cursor";
import { fromJsonColumn, toJsonColumn } from "@/lib/db/json-column";
import { zStoredAnswers, zStoredEvidence } from "@/lib/assessment/stored-assessment";
import { zLintFinding } from "@/lib/standards/schemas";
import { z } from "zod";

const zFindingSeverities = z.array(zLintFinding.pick({ rule: true, severity: true }));

type VersionEvidenceRow = Omit<ContractEvidenceRow["versions"][number], "lintFindings"> & {
  contractId: string;
  type: string;
  lintFindings: unknown;
  linted: boolean;
};

/** jsonb_agg over no findings is NULL: a linted version without findings. */
const readFindingSeverities = (value: unknown) => (value === null ? [] : fromJsonColumn(zFindingSeverities, value, "ContractVersion.lintFindings"));

export const ASSESSMENTS_PAGE_SIZE = 20;
/** How many past assessments a trend chart shows: enough for years of quarterly assessments. */
export const TREND_LENGTH = 24;

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Integrations and contracts of the scope (a team's, or everything when teamId is null), as evidence rows.
 * The related counts come from correlated subqueries on indexed foreign keys: Prisma's _count took seconds on a
 * team of a 10k catalog, and loading relations sends IN-lists of every integration and contract id (slow on PGlite).
 */
export async function loadEvidenceRows(db: Db, teamId: string | null): Promise<{ integrations: IntegrationEvidenceRow[]; contracts: ContractEvidenceRow[] }> {
  const [integrations, versionRows] = await Promise.all([
    db.$queryRaw<IntegrationEvidenceRow[]>`
      SELECT i.description, i.monitoring::text AS monitoring, i."volumePerDay", i.frequency::text AS frequency,
        i."fieldsExchanged", i."expectedLatencySeconds", i.pattern::text AS pattern, i."healthStatus"::text AS "healthStatus",
        ARRAY(SELECT o.role::text FROM "IntegrationOwner" o WHERE o."integrationId" = i.id) AS "ownerRoles",
        (SELECT count(*)::int FROM "EscalationStep" e WHERE e."integrationId" = i.id) AS "escalationSteps",
        (SELECT count(*)::int FROM "Contract" c WHERE c."integrationId" = i.id) AS contracts,
        (SELECT count(*)::int FROM "IntegrationCapability" ic WHERE ic."integrationId" = i.id) AS capabilities,
        (SELECT count(*)::int FROM "ValidationRule" v WHERE v."integrationId" = i.id) AS "validationRules"
      FROM "Integration" i
      WHERE i."archivedAt" IS NULL AND (${teamId}::text IS NULL OR i."ownerTeamId" = ${teamId}::text)`,
    // Only the findings' rule and severity: the evidence counts them, and specs can be megabytes.
    db.$queryRaw<VersionEvidenceRow[]>`
      SELECT c.id AS "contractId", c.type::text AS type, v.status::text AS status,
        (v."specText" IS NOT NULL AND v."specText" <> '') AS "hasSpec", v.changelog, v."createdAt",
        (SELECT jsonb_agg(jsonb_build_object('rule', f->>'rule', 'severity', f->>'severity')) FROM jsonb_array_elements(v."lintFindings") f) AS "lintFindings",
        v."lintFindings" IS NOT NULL AS linted
      FROM "Contract" c LEFT JOIN "ContractVersion" v ON v."contractId" = c.id
      WHERE c."archivedAt" IS NULL AND (${teamId}::text IS NULL OR c."ownerTeamId" = ${teamId}::text)`,
  ]);
  const contracts = new Map<string, ContractEvidenceRow>();
  for (const { contractId, type, lintFindings, linted, ...version } of versionRows) {
    const contract = contracts.get(contractId) ?? { type, versions: [] };
    // A contract without any version still counts (as one without a spec).
    if (version.status !== null) contract.versions.push({ ...version, lintFindings: linted ? readFindingSeverities(lintFindings) : null });
    contracts.set(contractId, contract);
  }
  return { integrations, contracts: [...contracts.values()] };
}

export async function findTeamBySlug(db: Db, slug: string) {
  return db.team.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
}

export async function findTeamOptions(db: Db) {
  return db.team.findMany({ select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } });
}

const summarySelect = {
  id: true,
  scope: true,
  level: true,
  total: true,
  answers: true,
  takenAt: true,
  team: { select: { id: true, slug: true, name: true } },
  takenBy: { select: { id: true, name: true } },
} as const satisfies Prisma.AssessmentSelect;

const detailSelect = { ...summarySelect, evidence: true } as const satisfies Prisma.AssessmentSelect;

type SummaryRow = Prisma.AssessmentGetPayload<{ select: typeof summarySelect }>;

function toSummary(row: SummaryRow): AssessmentSummary {
  return {
    id: row.id,
    scope: row.scope,
    team: row.team,
    level: row.level,
    levelName: levelInfo(row.level as LevelNumber).name,
    total: row.total,
    answers: fromJsonColumn(zStoredAnswers, row.answers, "Assessment.answers"),
    takenBy: row.takenBy,
    takenAt: row.takenAt,
  };
}

export type AssessmentDetailRow = AssessmentSummary & { evidence: Evidence };

export async function insertAssessment(
  tx: Prisma.TransactionClient,
  data: { scope: "team" | "organisation"; teamId: string | null; answers: Answers; total: number; level: number; evidence: Evidence; takenById: string },
): Promise<AssessmentDetailRow> {
  const row = await tx.assessment.create({
    data: { ...data, answers: toJsonColumn(data.answers), evidence: toJsonColumn(data.evidence) },
    select: detailSelect,
  });
  return { ...toSummary(row), evidence: fromJsonColumn(zStoredEvidence, row.evidence, "Assessment.evidence") };
}

export async function findAssessmentById(db: Db, id: string): Promise<AssessmentDetailRow | null> {
  const row = await db.assessment.findUnique({ where: { id }, select: detailSelect });
  return row ? { ...toSummary(row), evidence: fromJsonColumn(zStoredEvidence, row.evidence, "Assessment.evidence") } : null;
}

function whereOf(filters: AssessmentFilters): Prisma.AssessmentWhereInput {
  return {
    ...(filters.scope === "organisation" ? { scope: "organisation" } : filters.scope ? { team: { slug: filters.scope } } : {}),
    ...(filters.level ? { level: filters.level } : {}),
  };
}

/** History for the page: newest first, page by page, with the total for the pagination. */
export async function findAssessments(db: Db, query: AssessmentFilters & { page: number }): Promise<{ assessments: AssessmentSummary[]; total: number }> {
  const where = whereOf(query);
  const [rows, total] = await Promise.all([
    db.assessment.findMany({
      where,
      select: summarySelect,
      orderBy: [{ takenAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * ASSESSMENTS_PAGE_SIZE,
      take: ASSESSMENTS_PAGE_SIZE,
    }),
    db.assessment.count({ where }),
  ]);
  return { assessments: rows.map(toSummary), total };
}

/** History for the API: newest first, by cursor (takenAt, id). */
export async function findAssessmentPage(db: Db, query: AssessmentFilters & { limit: number; cursor?: string }): Promise<CursorPage<AssessmentSummary>> {
  const after = query.cursor ? decodeCursor(query.cursor, 2) : null;
  const where: Prisma.AssessmentWhereInput = {
    AND: [
      whereOf(query),
      after ? { OR: [{ takenAt: { lt: new Date(String(after[0])) } }, { takenAt: new Date(String(after[0])), id: { lt: String(after[1]) } }] } : {},
    ],
  };
  const rows = await db.assessment.findMany({ where, select: summarySelect, orderBy: [{ takenAt: "desc" }, { id: "desc" }], take: query.limit + 1 });
  return toCursorPage(rows.map(toSummary), query.limit, (row) => [row.takenAt.toISOString(), row.id]);
}

/** The last TREND_LENGTH assessments of one scope (a team, or the organisation when teamId is null), oldest first. */
export async function findTrend(db: Db, teamId: string | null): Promise<AssessmentSummary[]> {
  const rows = await db.assessment.findMany({
    where: teamId ? { teamId } : { scope: "organisation" },
    select: summarySelect,
    orderBy: [{ takenAt: "desc" }, { id: "desc" }],
    take: TREND_LENGTH,
  });
  return rows.map(toSummary).reverse();
}

/** Each team's most recent assessment, for side-by-side comparison. */
export async function findLatestPerTeam(db: Db): Promise<AssessmentSummary[]> {
  const rows = await db.assessment.findMany({
    where: { scope: "team" },
    select: summarySelect,
    orderBy: [{ teamId: "asc" }, { takenAt: "desc" }, { id: "desc" }],
    distinct: ["teamId"],
  });
  return rows.map(toSummary).sort((a, b) => (a.team?.name ?? "").localeCompare(b.team?.name ?? ""));
}
