import { describe, expect, it } from "vitest";
import { computeEvidence, supportedAnswer, type Evidence } from "@/lib/assessment/evidence";
import { LEVELS, QUESTIONS, QUESTION_IDS, type AnswerPosition, type Answers } from "@/lib/assessment/questions";
import { zTakeAssessmentInput } from "@/lib/assessment/schemas";
import { buildImprovementPlan, levelForTotal, scoreAnswers } from "@/lib/assessment/scoring";

/** Answers whose points add up to `total`, filled from the first question on. */
function answersTotalling(total: number): Answers {
  let remaining = total - QUESTIONS.length;
  return Object.fromEntries(
    QUESTION_IDS.map((id) => {
      const extra = Math.min(3, remaining);
      remaining -= extra;
      return [id, (1 + extra) as AnswerPosition];
    }),
  ) as Answers;
}

const all = (position: AnswerPosition): Answers => Object.fromEntries(QUESTION_IDS.map((id) => [id, position])) as Answers;

describe("the guide's content", () => {
  it("has six questions with four answers each and four levels", () => {
    expect(QUESTIONS).toHaveLength(6);
    for (const q of QUESTIONS) expect(q.answers).toHaveLength(4);
    expect(LEVELS.map((l) => `${l.level} ${l.name}`)).toEqual([
      "1 No Strategy",
      "2 Ad-hoc Integrations",
      "3 Developing Capability",
      "4 Mature Integration Capability",
    ]);
    expect(LEVELS.every((l) => l.improvements.length === 3)).toBe(true);
  });
});

describe("levelForTotal at every boundary", () => {
  it.each([
    [6, 1],
    [9, 1],
    [10, 2],
    [15, 2],
    [16, 3],
    [21, 3],
    [22, 4],
    [24, 4],
  ])("a total of %i is level %i", (total, level) => {
    expect(levelForTotal(total)).toBe(level);
    expect(scoreAnswers(answersTotalling(total))).toMatchObject({ total, level });
  });

  it("refuses totals that six answers cannot make", () => {
    expect(() => levelForTotal(5)).toThrow(RangeError);
    expect(() => levelForTotal(25)).toThrow(RangeError);
    expect(() => levelForTotal(12.5)).toThrow(RangeError);
  });

  it("scores each answer by its position", () => {
    const { scores } = scoreAnswers({ ...all(1), monitoring: 3 });
    expect(scores.map((s) => s.points)).toEqual([1, 3, 1, 1, 1, 1]);
    expect(scores[1].answer).toBe("Basic uptime and error monitoring");
  });
});

describe("buildImprovementPlan ordering", () => {
  it("lists the weakest dimensions first and leaves out the strongest", () => {
    const plan = buildImprovementPlan({ inventory: 3, monitoring: 2, standards: 4, delivery: 1, "data-quality": 3, "change-communication": 2 });
    expect(plan.map((r) => r.questionId)).toEqual(["delivery", "monitoring", "change-communication", "inventory", "data-quality"]);
    expect(plan[0].next).toBe('Next step: "Shared code and libraries, but no formal process".');
    expect(plan[0].links).toEqual([{ label: "See how integrations connect in the dependency graph", href: "/graph" }]);
  });

  it("breaks ties by the guide's order of foundations", () => {
    expect(buildImprovementPlan(all(2)).map((r) => r.questionId)).toEqual([
      "inventory",
      "monitoring",
      "standards",
      "change-communication",
      "data-quality",
      "delivery",
    ]);
    expect(buildImprovementPlan(all(4))).toEqual([]);
  });

  it("ranks a dimension by what the evidence supports when the answer claims more, and says so", () => {
    const evidence = {
      monitoring: {
        questionId: "monitoring",
        measure: "integrations with health monitoring",
        numerator: 1,
        denominator: 10,
        share: 10,
        supports: 1,
        findings: [],
      },
    } as Partial<Evidence>;
    const plan = buildImprovementPlan({ ...all(3), monitoring: 4 }, evidence);
    expect(plan[0]).toMatchObject({ questionId: "monitoring", overclaimed: true, effectivePoints: 1 });
    expect(plan[0].why).toContain("claims more than the evidence supports");
    expect(plan[0].why).toContain("10% of integrations with health monitoring (1 of 10)");
    expect(buildImprovementPlan(all(2), evidence, "payments")[0].links).toEqual([
      { label: "See which integrations are failing or degraded", href: "/catalog?health=failing%2Cdegraded&team=payments" },
    ]);
  });
});

describe("supportedAnswer thresholds", () => {
  it.each([
    [null, null],
    [0, 1],
    [24, 1],
    [25, 2],
    [59, 2],
    [60, 3],
    [89, 3],
    [90, 4],
    [100, 4],
  ])("a share of %s supports answer %s", (share, supports) => {
    expect(supportedAnswer(share)).toBe(supports);
  });
});

describe("computeEvidence", () => {
  const complete = {
    description: "d",
    ownerRoles: ["technical_owner", "data_owner", "source_owner", "target_owner"],
    escalationSteps: 1,
    contracts: 1,
    monitoring: "apm_tracing",
    volumePerDay: 1,
    frequency: "daily",
    fieldsExchanged: ["a"],
    capabilities: 1,
    expectedLatencySeconds: 1,
    validationRules: 1,
    pattern: "event_driven",
    healthStatus: "healthy",
  };
  it("counts shares and links the gaps to the team's filtered catalog", () => {
    const evidence = computeEvidence({
      integrations: [complete, { ...complete, ownerRoles: [], validationRules: 0, healthStatus: "unmonitored" }],
      contracts: [
        {
          type: "openapi",
          versions: [{ status: "active", hasSpec: true, lintFindings: [{ rule: "info-contact", severity: "warn" }], changelog: "x", createdAt: new Date(1) }],
        },
      ],
      teamSlug: "payments",
    });
    expect(evidence.inventory).toMatchObject({ numerator: 1, denominator: 2, share: 50, supports: 2 });
    expect(evidence.inventory.findings[0]).toEqual({ label: "1 integration has no owner", count: 1, href: "/catalog?missing=owner&team=payments" });
    expect(evidence.monitoring.findings.map((f) => f.href)).toEqual(["/catalog?health=unmonitored&team=payments"]);
    expect(evidence.standards).toMatchObject({ share: 100, supports: 4 });
    expect(evidence.delivery.supports).toBeNull();
    expect(computeEvidence({ integrations: [], contracts: [], teamSlug: null }).inventory).toMatchObject({ share: null, supports: null, findings: [] });
  });
});

describe("zTakeAssessmentInput", () => {
  const pointers = (input: unknown) => zTakeAssessmentInput.safeParse(input).error?.issues.map((i) => i.path.join("/"));
  it("names the missing, out-of-range or unknown question", () => {
    expect(pointers({ scope: "organisation", answers: { ...all(2), monitoring: undefined } })).toEqual(["answers/monitoring"]);
    expect(pointers({ scope: "organisation", answers: { ...all(2), standards: 5 } })).toEqual(["answers/standards"]);
    expect(pointers({ scope: "organisation", answers: { ...all(2), culture: 2 } })).toEqual(["answers/culture"]);
    expect(pointers({ scope: "team", answers: all(2) })).toEqual(["team"]);
    expect(zTakeAssessmentInput.parse({ scope: "team", team: "payments", answers: all(3) }).answers).toEqual(all(3));
  });
});
