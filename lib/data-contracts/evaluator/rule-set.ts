/**
 * The executable rule set of an integration: what the decisions endpoint evaluates and what
 * `GET /api/v1/integrations/{key}/rules/export` hands to gateways and producers for offline evaluation. This folder
 * imports neither Prisma nor Next.js, so the same files run inside Interchange and anywhere else
 * (docs/decisions/038-executable-data-contract-rules.md).
 */

/** Where a payload goes when it is not delivered: the seeds' exception-routing table. */
export const DECISION_ROUTES = ["quarantine", "duplicate", "manual_review", "access_review", "escalate", "reject"] as const;
export type DecisionRoute = (typeof DECISION_ROUTES)[number];
export type DecisionOutcome = "deliver" | DecisionRoute;

/**
 * When several rules fire, the payload takes the route that must act first: a payload that cannot be read at all
 * is rejected; a security question beats a data question; a broken producer beats a single bad record; a record
 * that is both invalid and a duplicate is quarantined rather than dropped as a duplicate.
 */
export const ROUTE_PRECEDENCE: readonly DecisionRoute[] = ["reject", "access_review", "escalate", "quarantine", "manual_review", "duplicate"];

/**
 * - field: a field rule (required, allowed values, pattern, range, cross-field condition); fires when false.
 * - approval_gate: publish only in an approval state; fires when false.
 * - channel_requirement: what one target channel needs; applies only when the payload goes to that channel.
 * - blocked: a condition that must never be published; fires when TRUE.
 * - duplicate_window: the expression is the business key; fires when the same key was delivered within the window.
 */
export const RULE_KINDS = ["field", "approval_gate", "channel_requirement", "blocked", "duplicate_window"] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const RULE_SEVERITIES = ["error", "warning"] as const;
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];

export interface RuleDefinition {
  /** Stable within the contract version, e.g. `gtin-required`; decisions and regression cases name rules by it. */
  id: string;
  kind: RuleKind;
  /** CEL over `payload` (the record), `targets` (its channels) and `integration` (`key`, `approval_state`). */
  expression: string;
  message: string;
  /** A warning is reported but never changes the decision. */
  severity: RuleSeverity;
  /** The field the rule is about, as a JSON pointer into the payload (`/gtin`). */
  pointer?: string | null;
  route: DecisionRoute;
  /** The team or person owning the route's queue; the integration's exception routing when absent. */
  handler?: string | null;
  /** channel_requirement: the target channel it applies to. */
  channel?: string | null;
  /** duplicate_window: how long a delivered key makes the same key a duplicate. */
  windowMinutes?: number | null;
}

/** The payload schema: a whole JSON Schema document, or one schema inside an OpenAPI/AsyncAPI document. */
export interface PayloadSchema {
  document: unknown;
  /** JSON pointer of the payload's schema inside the document; "" for the document itself. */
  pointer: string;
}

export const RULE_SET_FORMAT = "interchange.data-contract-rules/1";

export interface RuleSetDocument {
  format: typeof RULE_SET_FORMAT;
  integration: { key: string; approvalState: string };
  contract: { slug: string; version: string } | null;
  schema: PayloadSchema | null;
  /** Who owns each route's queue when a rule names no handler (the integration's exception routing). */
  handlers: Partial<Record<DecisionRoute, string>>;
  rules: RuleDefinition[];
}

export interface FiredRule {
  rule: string;
  kind: RuleKind | "payload" | "schema";
  message: string;
  severity: RuleSeverity;
  pointer: string | null;
  route: DecisionRoute;
}

export interface Decision {
  outcome: DecisionOutcome;
  handler: string | null;
  fired: FiredRule[];
}
