import { z } from "zod";
import { DECISION_ROUTES, RULE_KINDS, RULE_SET_FORMAT, RULE_SEVERITIES } from "@/lib/data-contracts/evaluator/rule-set";

export const MAX_RULES_PER_VERSION = 100;
export const MAX_EXPRESSION_LENGTH = 2_000;
/** A week: the longest duplicate window, and so how long a delivered key is kept. */
export const MAX_WINDOW_MINUTES = 7 * 24 * 60;

const zJsonPointer = z
  .string()
  .max(500)
  .regex(/^(\/.*)?$/, "A JSON pointer such as /gtin or /address/country (empty for the whole payload).");
const zOptionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().max(max).nullable().optional());

export const zRuleDefinitionInput = z.strictObject({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "Lower-case letters, digits and hyphens, e.g. gtin-required."),
  kind: z.enum(RULE_KINDS),
  expression: z.string().trim().min(1, "Write a CEL expression.").max(MAX_EXPRESSION_LENGTH, `At most ${MAX_EXPRESSION_LENGTH} characters.`),
  message: z.string().trim().min(1, "Say what is wrong, for the person who handles it.").max(500),
  severity: z.enum(RULE_SEVERITIES).default("error"),
  pointer: zJsonPointer.nullable().optional(),
  route: z.enum(DECISION_ROUTES),
  handler: zOptionalText(200),
  channel: zOptionalText(100),
  windowMinutes: z.number().int("Whole minutes.").min(1).max(MAX_WINDOW_MINUTES, "At most a week.").nullable().optional(),
});

/** What a contract version's rules are: stored as the version's `dataRules` column and edited through the API. */
export const zDataRulesInput = z.strictObject({
  /**
   * Where the payload's schema is inside the version's document: "" for a JSON Schema document itself,
   * `/components/schemas/Product` in an OpenAPI or AsyncAPI document; null to check no structure.
   */
  schemaPointer: zJsonPointer.nullable().default(null),
  /** Payload fields classified as personal data (JSON pointers): blanked in kept samples of failing payloads. */
  personalFields: z.array(zJsonPointer.min(1)).max(200).default([]),
  rules: z.array(zRuleDefinitionInput).max(MAX_RULES_PER_VERSION, `At most ${MAX_RULES_PER_VERSION} rules.`),
});
export type DataRulesInput = z.input<typeof zDataRulesInput>;
export type DataRules = z.output<typeof zDataRulesInput>;

export const DATA_RULES_BODY_BYTES = 512 * 1024;

export const zDataRulesOutput = z.object({
  contract: z.object({ id: z.string(), slug: z.string() }),
  version: z.string(),
  updatedAt: z.date(),
  dataRules: zDataRulesInput.nullable(),
});
export type DataRulesOutput = z.infer<typeof zDataRulesOutput>;

// ------------------------------------------------------------------------------------------------------------
// Decisions
// ------------------------------------------------------------------------------------------------------------

export const MAX_DECISION_BATCH = 1_000;
/** A batch of 1,000 product payloads is ~1-2 MB; 10 MB leaves room for larger records. */
export const DECISIONS_BODY_BYTES = 10 * 1024 * 1024;

const zTargets = z.array(z.string().trim().min(1).max(100)).max(50).optional();
// The payload is whatever the producer sends: a payload that is not an object is a decision (reject), not a 422.
const zDecisionItem = z.strictObject({ payload: z.unknown(), targets: zTargets });

export const zDecisionRequest = z.union([
  zDecisionItem,
  z.strictObject({
    items: z.array(zDecisionItem).min(1, "Send at least one payload.").max(MAX_DECISION_BATCH, `At most ${MAX_DECISION_BATCH} payloads per request.`),
  }),
]);
export type DecisionRequest = z.infer<typeof zDecisionRequest>;

const zFiredRule = z.object({
  rule: z.string(),
  kind: z.string(),
  message: z.string(),
  severity: z.enum(RULE_SEVERITIES),
  pointer: z.string().nullable(),
  route: z.enum(DECISION_ROUTES),
});

export const zDecisionOutcome = z.enum(["deliver", ...DECISION_ROUTES]);

export const zDecisionResponse = z.object({
  integration: z.string(),
  contract: z.object({ slug: z.string(), version: z.string() }),
  results: z.array(z.object({ outcome: zDecisionOutcome, handler: z.string().nullable(), fired: z.array(zFiredRule) })),
  counts: z.record(z.string(), z.number().int()),
});
export type DecisionResponse = z.infer<typeof zDecisionResponse>;

/** The exported rule set (lib/data-contracts/evaluator/rule-set.ts), as the OpenAPI document describes it. */
export const zRuleSetDocumentOutput = z.object({
  format: z.literal(RULE_SET_FORMAT),
  integration: z.object({ key: z.string(), approvalState: z.string() }),
  contract: z.object({ slug: z.string(), version: z.string() }).nullable(),
  schema: z.object({ document: z.unknown(), pointer: z.string() }).nullable(),
  handlers: z.record(z.string(), z.string()),
  rules: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(RULE_KINDS),
      expression: z.string(),
      message: z.string(),
      severity: z.enum(RULE_SEVERITIES),
      pointer: z.string().nullable().optional(),
      route: z.enum(DECISION_ROUTES),
      handler: z.string().nullable().optional(),
      channel: z.string().nullable().optional(),
      windowMinutes: z.number().nullable().optional(),
    }),
  ),
});

// ------------------------------------------------------------------------------------------------------------
// Saved samples (regression cases)
// ------------------------------------------------------------------------------------------------------------

export const MAX_SAMPLES_PER_CONTRACT = 200;

export const zSaveSampleInput = z.strictObject({
  name: z.string().trim().min(1, "Name the sample, e.g. approved product without GTIN.").max(120, "At most 120 characters."),
  /** The payload as JSON text: any JSON value, since a malformed payload is a regression case too. */
  payloadText: z.string().trim().min(1, "Paste a payload (JSON).").max(200_000, "At most 200 KB."),
  /** Target channels, separated by commas; empty uses the payload's own target_channels. */
  targets: z.string().max(2_000).default(""),
  expectedOutcome: zDecisionOutcome,
});
export type SaveSampleInput = z.input<typeof zSaveSampleInput>;
