import { describe, expect, it } from "vitest";
import type { DimensionEvidence, Evidence } from "@/lib/assessment/evidence";
import type { Answers, QuestionId } from "@/lib/assessment/questions";
import { toAssessmentResult } from "@/lib/assessment/assessment-result";
import { scoreAnswers } from "@/lib/assessment/scoring";

const dimension = (questionId: QuestionId, supports: 1 | 2 | 3 | 4 | null): DimensionEvidence => ({
  questionId,
  measure: "m",
  numerator: 0,
  denominator: 1,
  share: 0,
  supports,
  findings: [],
});

describe("the level the evidence supports", () => {
  it("is shown beside the self-reported level: 4,4,4,3,4,4 with two unsupported answers is Level 4 self-reported, Level 3 by the evidence", () => {
    const answers: Answers = { inventory: 4, monitoring: 4, standards: 4, delivery: 3, "data-quality": 4, "change-communication": 4 };
    const evidence: Evidence = {
      inventory: dimension("inventory", 4),
      monitoring: dimension("monitoring", 2),
      standards: dimension("standards", 1),
      delivery: dimension("delivery", null),
      "data-quality": dimension("data-quality", 4),
      "change-communication": dimension("change-communication", 4),
    };
    const { total, level } = scoreAnswers(answers);
    const result = toAssessmentResult({
      id: "a",
      scope: "organisation",
      team: null,
      level,
      levelName: "Mature Integration Capability",
      total,
      answers,
      takenBy: { id: "u", name: "U" },
      takenAt: new Date(0),
      evidence,
    });
    expect(result.level).toBe(4);
    expect(result.evidenceLevel).toEqual({ level: 3, levelName: "Developing Capability", total: 18, unsupported: ["monitoring", "standards"] });
  });
});
