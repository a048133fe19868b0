import { catalogHref, type DimensionEvidence, type Evidence, type PortalLink } from "@/lib/assessment/evidence";
import { QUESTIONS, answerText, levelInfo, type AnswerPosition, type Answers, type LevelNumber, type QuestionId } from "@/lib/assessment/questions";

/**
 * The assessment's scoring rules, in one place (why they are what they are: docs/decisions/008).
 *
 * - An answer is worth its position: 1 point for the weakest answer up to 4 for the strongest.
 * - The total (6 to 24) places the typical answer on the four-rung ladder: the level is the rung nearest the mean
 *   answer, and a mean exactly halfway between two rungs takes the lower one (readiness is not claimed on a tie).
 * - The improvement plan lists the weakest dimensions first, weakness being the lower of the answer and what the
 *   catalog's evidence supports; ties follow the guide's order of foundations (inventory, then monitoring,
 *   standards, change communication, data quality, delivery).
 */
export const MAX_POINTS = 4;

export const LEVEL_THRESHOLDS: readonly { level: LevelNumber; minTotal: number }[] = [
  { level: 4, minTotal: 22 },
  { level: 3, minTotal: 16 },
  { level: 2, minTotal: 10 },
  { level: 1, minTotal: 6 },
];

/** Tie-break for equally weak dimensions: what the guide says to fix first comes first. */
export const DIMENSION_PRIORITY: readonly QuestionId[] = ["inventory", "monitoring", "standards", "change-communication", "data-quality", "delivery"];

export function pointsFor(position: AnswerPosition): number {
  return position;
}

export function totalOf(answers: Answers): number {
  return QUESTIONS.reduce((sum, q) => sum + pointsFor(answers[q.id]), 0);
}

export function levelForTotal(total: number): LevelNumber {
  if (!Number.isInteger(total) || total < QUESTIONS.length || total > QUESTIONS.length * MAX_POINTS) {
    throw new RangeError(`A total must be an integer from ${QUESTIONS.length} to ${QUESTIONS.length * MAX_POINTS}; got ${total}.`);
  }
  return LEVEL_THRESHOLDS.find((t) => total >= t.minTotal)!.level;
}

export interface QuestionScore {
  questionId: QuestionId;
  dimension: string;
  points: number;
  max: number;
  answer: string;
}

export interface AssessmentScore {
  scores: QuestionScore[];
  total: number;
  level: LevelNumber;
}

export function scoreAnswers(answers: Answers): AssessmentScore {
  const total = totalOf(answers);
  return {
    scores: QUESTIONS.map((q) => ({
      questionId: q.id,
      dimension: q.dimension,
      points: pointsFor(answers[q.id]),
      max: MAX_POINTS,
      answer: answerText(q.id, answers[q.id]),
    })),
    total,
    level: levelForTotal(total),
  };
}

/** True when the answer claims more than the catalog's evidence supports. */
export function claimsMoreThanEvidence(position: AnswerPosition, evidence: DimensionEvidence | undefined): boolean {
  return !!evidence && evidence.supports !== null && position > evidence.supports;
}

export interface Recommendation {
  questionId: QuestionId;
  dimension: string;
  points: number;
  /** The lower of the answer's points and what the evidence supports: what the plan is ordered by. */
  effectivePoints: number;
  overclaimed: boolean;
  why: string;
  next: string;
  links: PortalLink[];
}

/** Where the portal helps with a dimension when the evidence names no specific gap to open. */
export function dimensionPage(questionId: QuestionId, teamSlug: string | null): PortalLink {
  switch (questionId) {
    case "inventory":
      return { label: "Complete the inventory records in the catalog", href: catalogHref("/catalog", teamSlug) };
    case "monitoring":
      return { label: "See which integrations are failing or degraded", href: catalogHref("/catalog", teamSlug, { health: "failing,degraded" }) };
    case "standards":
      return { label: "Review the contracts' API standards findings", href: catalogHref("/standards/findings", teamSlug) };
    case "delivery":
      return { label: "See how integrations connect in the dependency graph", href: "/graph" };
    case "data-quality":
      return { label: "Add validation rules to the integrations in the catalog", href: catalogHref("/catalog", teamSlug) };
    case "change-communication":
      return { label: "Review contract changes", href: "/reviews" };
  }
}

function evidenceSentence(evidence: DimensionEvidence): string {
  if (evidence.share === null) return `The catalog has nothing to measure here yet (${evidence.measure}).`;
  return `The catalog shows ${evidence.share}% of ${evidence.measure} (${evidence.numerator.toLocaleString("en-US")} of ${evidence.denominator.toLocaleString("en-US")}).`;
}

export function buildImprovementPlan(answers: Answers, evidence?: Partial<Evidence>, teamSlug: string | null = null): Recommendation[] {
  const candidates = QUESTIONS.map((q) => {
    const position = answers[q.id];
    const dimensionEvidence = evidence?.[q.id];
    const overclaimed = claimsMoreThanEvidence(position, dimensionEvidence);
    const effectivePoints = overclaimed ? pointsFor(dimensionEvidence!.supports!) : pointsFor(position);
    const parts = [`You answered "${answerText(q.id, position)}" (${pointsFor(position)} of ${MAX_POINTS}).`];
    if (dimensionEvidence) parts.push(evidenceSentence(dimensionEvidence));
    if (overclaimed) parts.push(`That claims more than the evidence supports, which is at most "${answerText(q.id, dimensionEvidence!.supports!)}".`);
    const next = overclaimed
      ? `Close the gaps below until the catalog supports your answer, "${answerText(q.id, position)}".`
      : `Next step: "${answerText(q.id, Math.min(MAX_POINTS, position + 1) as AnswerPosition)}".`;
    return {
      questionId: q.id,
      dimension: q.dimension,
      points: pointsFor(position),
      effectivePoints,
      overclaimed,
      why: parts.join(" "),
      next,
      links: dimensionEvidence?.findings.length ? dimensionEvidence.findings : [dimensionPage(q.id, teamSlug)],
    };
  });
  return candidates
    .filter((c) => c.effectivePoints < MAX_POINTS)
    .sort((a, b) => a.effectivePoints - b.effectivePoints || DIMENSION_PRIORITY.indexOf(a.questionId) - DIMENSION_PRIORITY.indexOf(b.questionId));
}

export interface EvidenceLevel {
  level: LevelNumber;
  levelName: string;
  total: number;
  /** The questions whose answer claims more than the catalog's evidence supports. */
  unsupported: QuestionId[];
}

/**
 * The level the catalog's evidence supports: every answer capped at what its evidence supports (an answer the
 * catalog cannot judge counts as given), placed on the same ladder as the answers. Shown beside the self-reported
 * level, never instead of it.
 */
export function evidenceLevel(answers: Answers, evidence: Partial<Evidence>): EvidenceLevel {
  const unsupported = QUESTIONS.filter((q) => claimsMoreThanEvidence(answers[q.id], evidence[q.id])).map((q) => q.id);
  const total = QUESTIONS.reduce((sum, q) => sum + (unsupported.includes(q.id) ? pointsFor(evidence[q.id]!.supports!) : pointsFor(answers[q.id])), 0);
  const level = levelForTotal(total);
  return { level, levelName: levelInfo(level).name, total, unsupported };
}
