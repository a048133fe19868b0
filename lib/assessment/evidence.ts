import { assessCompleteness, type CompletenessInput } from "@/lib/catalog/completeness";
import type { AnswerPosition, QuestionId } from "@/lib/assessment/questions";
import { areaOfRule, type StandardArea } from "@/lib/standards/organisation-rules";
import type { LintFinding } from "@/lib/standards/schemas";

/**
 * What the portal's own data shows for each dimension of the assessment, for one scope. Pure: the repository
 * loads the rows, this counts them, so the numbers can be checked independently in tests and stored as a snapshot.
 */
export interface IntegrationEvidenceRow extends CompletenessInput {
  validationRules: number;
  pattern: string;
  healthStatus: string;
}

/** The API standards' findings of a version, as far as evidence needs them (null: not linted yet). */
type StoredFindings = readonly Pick<LintFinding, "rule" | "severity">[] | null;

export interface ContractEvidenceRow {
  type: string;
  versions: { status: string; hasSpec: boolean; changelog: string | null; createdAt: Date; lintFindings: StoredFindings }[];
}

export interface PortalLink {
  label: string;
  href: string;
}

export interface EvidenceFinding extends PortalLink {
  /** The label is a sentence with this number, e.g. "23 integrations have no owner". */
  count: number;
}

export interface DimensionEvidence {
  questionId: QuestionId;
  /** What was measured, e.g. "integrations whose inventory record is complete". */
  measure: string;
  numerator: number;
  denominator: number;
  /** 0 to 100, rounded down; null when there is nothing to measure in the scope. */
  share: number | null;
  /**
   * The strongest answer the share supports, or null when the catalog cannot judge the answer (no data, or a
   * dimension such as delivery that the catalog only sees indirectly).
   */
  supports: AnswerPosition | null;
  findings: EvidenceFinding[];
  note?: string;
}

export type Evidence = Record<QuestionId, DimensionEvidence>;

/**
 * Share needed for the evidence to support an answer: "complete" needs nearly all (90%), "documented" most (60%),
 * "partial" a real start (25%). Below that the data supports only the weakest answer. See docs/decisions/008.
 */
export const SUPPORT_THRESHOLDS: readonly { minShare: number; supports: AnswerPosition }[] = [
  { minShare: 90, supports: 4 },
  { minShare: 60, supports: 3 },
  { minShare: 25, supports: 2 },
  { minShare: 0, supports: 1 },
];

export function supportedAnswer(share: number | null): AnswerPosition | null {
  if (share === null) return null;
  return SUPPORT_THRESHOLDS.find((t) => share >= t.minShare)!.supports;
}

export function shareOf(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.floor((numerator / denominator) * 100);
}

/**
 * The standards the assessment's question names ("authentication, error format, versioning") and the rate limits
 * the seeds add. A spec meets one when no error- or warning-level finding of its rules is left (decision 036).
 */
export const ASSESSED_AREAS = ["authentication", "error-format", "versioning", "rate-limits"] as const satisfies readonly StandardArea[];
type AssessedArea = (typeof ASSESSED_AREAS)[number];

const AREA_GAPS: Record<AssessedArea, [one: string, many: string]> = {
  authentication: ["spec does not declare and apply authentication", "specs do not declare and apply authentication"],
  "error-format": ["spec does not document RFC 9457 problem+json errors", "specs do not document RFC 9457 problem+json errors"],
  versioning: ["spec is not versioned", "specs are not versioned"],
  "rate-limits": ["spec does not document rate limits", "specs do not document rate limits"],
};

/** The version a contract is judged by: its newest active one, else its newest of any status. */
export function currentVersion<V extends { status: string; createdAt: Date }>(versions: readonly V[]): V | null {
  const newestFirst = [...versions].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return newestFirst.find((v) => v.status === "active") ?? newestFirst[0] ?? null;
}

/** The assessed standards a version's findings leave unmet; null when it has no spec or was not linted yet. */
export function unmetAreas(version: { hasSpec: boolean; lintFindings: StoredFindings } | null): Set<AssessedArea> | null {
  if (!version?.hasSpec || version.lintFindings === null) return null;
  const unmet = new Set<AssessedArea>();
  for (const finding of version.lintFindings) {
    const area = areaOfRule(finding.rule);
    if ((finding.severity === "error" || finding.severity === "warn") && area && (ASSESSED_AREAS as readonly string[]).includes(area))
      unmet.add(area as AssessedArea);
  }
  return unmet;
}

/** Catalog links are filtered to the assessed team, so "23 integrations have no owner" opens those 23. */
export function catalogHref(path: string, teamSlug: string | null, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({ ...params, ...(teamSlug ? { team: teamSlug } : {}) }).toString();
  return query ? `${path}?${query}` : path;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

function dimension(
  questionId: QuestionId,
  measure: string,
  numerator: number,
  denominator: number,
  findings: EvidenceFinding[],
  judged = true,
  note?: string,
): DimensionEvidence {
  const share = shareOf(numerator, denominator);
  return {
    questionId,
    measure,
    numerator,
    denominator,
    share,
    supports: judged ? supportedAnswer(share) : null,
    findings: findings.filter((f) => f.count > 0),
    ...(note ? { note } : {}),
  };
}

export function computeEvidence({
  integrations,
  contracts,
  teamSlug,
}: {
  integrations: readonly IntegrationEvidenceRow[];
  contracts: readonly ContractEvidenceRow[];
  teamSlug: string | null;
}): Evidence {
  const count = (predicate: (row: IntegrationEvidenceRow) => boolean) => integrations.filter(predicate).length;
  const total = integrations.length;
  const integrationsLink = (params: Record<string, string>) => catalogHref("/catalog", teamSlug, params);
  const integrationsWord = (n: number) => plural(n, "integration has", "integrations have");

  const complete = count((row) => assessCompleteness(row).complete);
  const noOwner = count((row) => row.ownerRoles.length === 0);
  const noDataOwner = count((row) => !row.ownerRoles.includes("data_owner"));
  const noEscalation = count((row) => row.escalationSteps === 0);
  const noContract = count((row) => row.contracts === 0);

  // Signal coverage, not what the record claims: an integration is monitored when it reported within the threshold.
  const monitored = count((row) => row.healthStatus !== "unmonitored");
  const unhealthy = count((row) => row.healthStatus === "failing" || row.healthStatus === "degraded");

  const validated = count((row) => row.validationRules > 0);
  const sharedPattern = count((row) => row.pattern !== "point_to_point");

  // Only OpenAPI documents have the organisation's rules; AsyncAPI and JSON Schema contracts are not judged here.
  const apis = contracts.filter((contract) => contract.type === "openapi").map((contract) => currentVersion(contract.versions));
  const judged = apis.map(unmetAreas);
  const standardsMet = judged.filter((unmet) => unmet !== null && unmet.size === 0).length;
  const noSpec = apis.filter((version) => !version?.hasSpec).length;
  const notLinted = apis.filter((version) => version?.hasSpec && version.lintFindings === null).length;
  const contractsLink = "/catalog/contracts";
  const findingsLink = (area: AssessedArea) => catalogHref("/standards/findings", teamSlug, { area });

  const versions = contracts.flatMap((contract) => contract.versions);
  // Drafts and proposals are not yet communicated to anyone, so only published versions need a changelog.
  const published = versions.filter((v) => !["draft", "proposed"].includes(v.status));
  const withChangelog = published.filter((v) => !!v.changelog?.trim()).length;
  const deprecated = versions.filter((v) => v.status === "deprecated");

  return {
    inventory: dimension("inventory", "integrations whose inventory record is complete", complete, total, [
      { label: `${integrationsWord(noOwner)} no owner`, count: noOwner, href: integrationsLink({ missing: "owner" }) },
      { label: `${integrationsWord(noDataOwner)} no data owner`, count: noDataOwner, href: integrationsLink({ missing: "data-owner" }) },
      { label: `${integrationsWord(noEscalation)} no escalation path`, count: noEscalation, href: integrationsLink({ missing: "escalation-path" }) },
      { label: `${integrationsWord(noContract)} no contract`, count: noContract, href: integrationsLink({ missing: "contract" }) },
    ]),
    monitoring: dimension("monitoring", "integrations reporting live signals", monitored, total, [
      {
        label: `${integrationsWord(total - monitored)} sent no signal recently`,
        count: total - monitored,
        href: integrationsLink({ health: "unmonitored" }),
      },
      {
        label: `${plural(unhealthy, "integration is", "integrations are")} failing or degraded`,
        count: unhealthy,
        href: integrationsLink({ health: "failing,degraded" }),
      },
    ]),
    standards: dimension(
      "standards",
      "OpenAPI contracts whose current spec passes the API standards' authentication, error format, versioning and rate-limit rules",
      standardsMet,
      apis.length,
      [
        {
          label: `${plural(noSpec, "OpenAPI contract has", "OpenAPI contracts have")} no spec`,
          count: noSpec,
          href: catalogHref(contractsLink, teamSlug, { type: "openapi", spec: "missing" }),
        },
        {
          label: `${plural(notLinted, "spec is", "specs are")} not linted yet`,
          count: notLinted,
          href: catalogHref(contractsLink, teamSlug, { type: "openapi" }),
        },
        ...ASSESSED_AREAS.map((area) => {
          const count = judged.filter((unmet) => unmet?.has(area)).length;
          const [one, many] = AREA_GAPS[area];
          return { label: `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`, count, href: findingsLink(area) };
        }),
      ],
      true,
      "Judged by the API standards' linter (Spectral, see API standards); AsyncAPI and JSON Schema contracts are not counted.",
    ),
    delivery: dimension(
      "delivery",
      "integrations built on a shared pattern rather than point-to-point",
      sharedPattern,
      total,
      [
        {
          label: `${plural(total - sharedPattern, "integration is", "integrations are")} point-to-point`,
          count: total - sharedPattern,
          href: integrationsLink({ pattern: "point_to_point" }),
        },
      ],
      false,
      "The catalog does not record how integrations are delivered; the share built on a shared pattern is only a hint, so it does not judge your answer.",
    ),
    "data-quality": dimension("data-quality", "integrations with validation rules", validated, total, [
      { label: `${integrationsWord(total - validated)} no validation rules`, count: total - validated, href: integrationsLink({}) },
    ]),
    "change-communication": dimension(
      "change-communication",
      "published contract versions with a changelog",
      withChangelog,
      published.length,
      [
        {
          label: `${plural(published.length - withChangelog, "published version has", "published versions have")} no changelog`,
          count: published.length - withChangelog,
          href: contractsLink,
        },
        { label: `${plural(deprecated.length, "contract version is", "contract versions are")} deprecated`, count: deprecated.length, href: contractsLink },
      ],
      true,
      "Deprecations are counted from contract versions marked deprecated; the deprecation workflow will refine this with timelines and consumer notices.",
    ),
  };
}
