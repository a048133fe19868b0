/**
 * The Integration Readiness Assessment, word for word from the source guide ("Planning an Integration Strategy",
 * shared/seeds/004): six questions with four answers each, weakest first, and four readiness levels with their
 * descriptions and highest-value improvements. Nothing here is paraphrased, so results can be compared with the
 * guide's own.
 */
export const QUESTIONS = [
  {
    id: "inventory",
    dimension: "Inventory",
    text: "Do you have a documented inventory of current integrations?",
    answers: ["No inventory exists", "Partial, some integrations documented", "Documented but may be outdated", "Complete and actively maintained"],
  },
  {
    id: "monitoring",
    dimension: "Monitoring",
    text: "How are integrations monitored?",
    answers: [
      "Not monitored (issues found by users)",
      "Ad-hoc checks when problems arise",
      "Basic uptime and error monitoring",
      "Full observability (health, errors, latency, volume)",
    ],
  },
  {
    id: "standards",
    dimension: "API standards",
    text: "Do you have API standards?",
    answers: [
      "No standards, each integration is different",
      "Informal conventions, not documented",
      "Documented standards (authentication, error format, versioning)",
      "Enforced standards with automated governance",
    ],
  },
  {
    id: "delivery",
    dimension: "Delivery",
    text: "How are new integrations delivered?",
    answers: [
      "Ad-hoc by whichever team needs it",
      "Shared code and libraries, but no formal process",
      "Standard templates and patterns with code review",
      "Platform team with golden paths and self-service",
    ],
  },
  {
    id: "data-quality",
    dimension: "Data quality",
    text: "How is data quality managed across systems?",
    answers: [
      "Not managed (data inconsistencies are common)",
      "Manual spot-checks when issues arise",
      "Automated validation at integration boundaries",
      "Governance framework with automated quality checks",
    ],
  },
  {
    id: "change-communication",
    dimension: "Change communication",
    text: "How are API changes communicated?",
    answers: [
      "No process (breaking changes cause outages)",
      "Informal notification, sometimes missed",
      "Documented change process with deprecation timelines",
      "Automated contract testing with CI/CD and versioning",
    ],
  },
] as const;

export type Question = (typeof QUESTIONS)[number];
export type QuestionId = Question["id"];
export const QUESTION_IDS = QUESTIONS.map((q) => q.id) as [QuestionId, ...QuestionId[]];

/** An answer is its position in the question's list: 1 is the weakest, 4 the strongest. */
export const ANSWER_POSITIONS = [1, 2, 3, 4] as const;
export type AnswerPosition = (typeof ANSWER_POSITIONS)[number];
export type Answers = Record<QuestionId, AnswerPosition>;

export function questionById(id: QuestionId): Question {
  return QUESTIONS.find((q) => q.id === id)!;
}

export function answerText(id: QuestionId, position: AnswerPosition): string {
  return questionById(id).answers[position - 1];
}

export const LEVELS = [
  {
    level: 1,
    name: "No Strategy",
    description:
      "Integrations are reactive and ungoverned. Start with an inventory of current integrations and their health. A structured assessment identifies the highest-value connections and the governance gaps to close first.",
    improvements: [
      "Create a complete inventory of all current integrations.",
      "Identify and decommission unused or redundant connections.",
      "Establish ownership and basic health checks for critical integrations.",
    ],
  },
  {
    level: 2,
    name: "Ad-hoc Integrations",
    description:
      "Integrations exist but lack governance, monitoring, and standards. The biggest win: audit what you have, then establish minimum standards before building more.",
    improvements: [
      "Conduct an integration audit to map all current connections and their health.",
      "Define minimum standards for authentication, error handling, and monitoring.",
      "Introduce basic monitoring for all integrations (uptime, error rate).",
    ],
  },
  {
    level: 3,
    name: "Developing Capability",
    description:
      "Solid foundations with room to improve. Priorities: formalise standards, add monitoring, and establish change management. These prevent the fragile web that grows when integrations scale without governance.",
    improvements: [
      "Document and enforce API standards (authentication, error formats, versioning).",
      "Add monitoring and alerting to all integrations, not just critical ones.",
      "Establish a change management process with deprecation timelines.",
    ],
  },
  {
    level: 4,
    name: "Mature Integration Capability",
    description: "Your integration practices are strong. Focus on optimising and scaling. Consider a platform approach to maintain quality as demand grows.",
    improvements: [
      "Adopt a platform engineering approach for integration self-service.",
      "Implement automated contract testing across all integration boundaries.",
      "Measure integration health as a first-class metric alongside uptime and latency.",
    ],
  },
] as const;

export type ReadinessLevel = (typeof LEVELS)[number];
export type LevelNumber = ReadinessLevel["level"];

export function levelInfo(level: LevelNumber): ReadinessLevel {
  return LEVELS[level - 1];
}
