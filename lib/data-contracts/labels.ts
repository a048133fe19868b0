import type { DecisionOutcome, RuleKind } from "@/lib/data-contracts/evaluator/rule-set";

/** Labels people read; the values stay the API's vocabulary. */
export const DECISION_OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  deliver: "Deliver",
  quarantine: "Quarantine",
  duplicate: "Duplicate review",
  manual_review: "Manual review",
  access_review: "Access review",
  escalate: "Producer escalation",
  reject: "Reject",
};

export const RULE_KIND_LABELS: Record<RuleKind | "payload" | "schema", string> = {
  field: "Field rule",
  approval_gate: "Approval gate",
  channel_requirement: "Channel requirement",
  blocked: "Blocked condition",
  duplicate_window: "Duplicate window",
  payload: "Payload",
  schema: "Schema",
};

/** "3 saved samples would now be …": what happens to a payload with each outcome. */
export const DECISION_OUTCOME_RESULTS: Record<DecisionOutcome, string> = {
  deliver: "delivered",
  quarantine: "quarantined",
  duplicate: "sent to duplicate review",
  manual_review: "sent to manual review",
  access_review: "sent to access review",
  escalate: "escalated to the producer",
  reject: "rejected",
};
