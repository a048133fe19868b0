import type { Evidence } from "@/lib/assessment/evidence";
import { levelInfo, type Answers, type LevelNumber } from "@/lib/assessment/questions";
import type { AssessmentSummary } from "@/lib/assessment/schemas";
import { buildImprovementPlan, evidenceLevel, scoreAnswers, type EvidenceLevel, type QuestionScore, type Recommendation } from "@/lib/assessment/scoring";

/** What a completed assessment answers with, in the API and on its result page. */
export interface AssessmentResult extends AssessmentSummary {
  levelDescription: string;
  /** The guide's highest-value improvements for this level, word for word. */
  levelImprovements: readonly string[];
  scores: QuestionScore[];
  plan: Recommendation[];
  evidence: Evidence;
  /** The level the evidence supports, beside the self-reported `level`. */
  evidenceLevel: EvidenceLevel;
}

/** The plan is derived from the stored answers and evidence snapshot, so it reads the same on every visit. */
export function toAssessmentResult(row: AssessmentSummary & { evidence: Evidence }): AssessmentResult {
  const answers = row.answers as Answers;
  const info = levelInfo(row.level as LevelNumber);
  return {
    ...row,
    levelDescription: info.description,
    levelImprovements: info.improvements,
    scores: scoreAnswers(answers).scores,
    plan: buildImprovementPlan(answers, row.evidence, row.team?.slug ?? null),
    evidenceLevel: evidenceLevel(answers, row.evidence),
  };
}
