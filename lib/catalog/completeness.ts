/**
 * How complete an integration's inventory record is: the facts the seed's inventory step asks for (owner, who is
 * called when it breaks, what moves, how often, how much, how it is watched, under which contract). Pure, so the
 * catalog, the readiness assessment and the dashboard all count the same way.
 */
export interface CompletenessInput {
  description: string | null;
  ownerRoles: readonly string[];
  escalationSteps: number;
  contracts: number;
  monitoring: string;
  volumePerDay: number | null;
  frequency: string | null;
  fieldsExchanged: readonly string[];
  capabilities: number;
  expectedLatencySeconds: number | null;
}

export const COMPLETENESS_FACTS = [
  { key: "description", label: "Description", present: (i: CompletenessInput) => !!i.description?.trim() },
  { key: "technical-owner", label: "Technical owner", present: (i: CompletenessInput) => i.ownerRoles.includes("technical_owner") },
  { key: "data-owner", label: "Data owner", present: (i: CompletenessInput) => i.ownerRoles.includes("data_owner") },
  { key: "source-owner", label: "Source owner", present: (i: CompletenessInput) => i.ownerRoles.includes("source_owner") },
  { key: "target-owner", label: "Target owner", present: (i: CompletenessInput) => i.ownerRoles.includes("target_owner") },
  { key: "escalation-path", label: "Escalation path", present: (i: CompletenessInput) => i.escalationSteps > 0 },
  { key: "contract", label: "Contract", present: (i: CompletenessInput) => i.contracts > 0 },
  { key: "monitoring", label: "Monitoring", present: (i: CompletenessInput) => i.monitoring !== "none" },
  { key: "volume", label: "Volume", present: (i: CompletenessInput) => i.volumePerDay !== null },
  { key: "frequency", label: "Frequency", present: (i: CompletenessInput) => i.frequency !== null },
  { key: "fields", label: "Fields exchanged", present: (i: CompletenessInput) => i.fieldsExchanged.length > 0 },
  { key: "capability", label: "Business capability", present: (i: CompletenessInput) => i.capabilities > 0 },
  { key: "latency", label: "Expected latency", present: (i: CompletenessInput) => i.expectedLatencySeconds !== null },
] as const;

export type CompletenessFactKey = (typeof COMPLETENESS_FACTS)[number]["key"];

export interface Completeness {
  /** 0 to 100, rounded down so that 100 means nothing is missing. */
  score: number;
  missing: { key: CompletenessFactKey; label: string }[];
  complete: boolean;
}

export function assessCompleteness(input: CompletenessInput): Completeness {
  const missing = COMPLETENESS_FACTS.filter((fact) => !fact.present(input)).map(({ key, label }) => ({ key, label }));
  const score = Math.floor(((COMPLETENESS_FACTS.length - missing.length) / COMPLETENESS_FACTS.length) * 100);
  return { score, missing, complete: missing.length === 0 };
}
