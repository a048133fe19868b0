import type { PermittedUse } from "@/lib/generated/prisma/enums";
import type { GraphConsumer, GraphIntegration } from "@/lib/graph/model";
import type { PreparedGraph } from "@/lib/graph/prepared-graph";

/**
 * Permitted uses checked along lineage (issue #18): a consumer whose purpose or kind is AI model training, external
 * reporting or customer-facing automation must be fed only by integrations that permit that use, all the way up.
 * Pure: it answers from the prepared catalog graph, with the path that carries the data.
 */

/** The uses this check enforces: the ones whose misuse the seeds name (licences, privacy notices, model training). */
export type CheckedUse = Extract<PermittedUse, "ai_training" | "external_reporting" | "customer_facing_automation">;

export const CHECKED_USE_LABELS: Record<CheckedUse, string> = {
  ai_training: "AI model training",
  external_reporting: "external reporting",
  customer_facing_automation: "customer-facing automation",
};

// A consumer does not record its uses as such: they are read from its kind and from what its name and purpose say.
const TRAINING = /\b(re-?)?train(s|ed|ing)?\b|\bfine-?tun/i;
const EXTERNAL = /\bexternal(ly)?\b|\bregulators?\b|\bregulatory\b|\binvestors?\b|\bstatutory\b|\bfilings?\b|\bauditors?\b/i;
const CUSTOMER_FACING = /\bcustomer-?facing\b|\bstorefront\b|\bpersonali[sz]|\brecommendations?\b|\bchatbot\b/i;

/** What a consumer uses its data for, among the checked uses. */
export function checkedUsesOf(consumer: Pick<GraphConsumer, "kind" | "name" | "purpose">): CheckedUse[] {
  const text = `${consumer.name} ${consumer.purpose}`;
  const uses: CheckedUse[] = [];
  if (consumer.kind === "ai_model" || TRAINING.test(consumer.purpose)) uses.push("ai_training");
  if ((consumer.kind === "report" || consumer.kind === "dashboard") && EXTERNAL.test(text)) uses.push("external_reporting");
  if ((consumer.kind === "workflow" || consumer.kind === "ai_model" || consumer.kind === "system") && CUSTOMER_FACING.test(text))
    uses.push("customer_facing_automation");
  return uses;
}

export interface UseViolation {
  use: CheckedUse;
  /** The integration that does not permit the use. */
  integration: Pick<GraphIntegration, "id" | "key" | "name" | "permittedUses">;
  /** The integrations that carry the data, from the one that does not permit the use down to the consumer's contract. */
  path: Pick<GraphIntegration, "id" | "key" | "name">[];
}

export interface ConsumerUseCheck {
  consumer: Pick<GraphConsumer, "id" | "name" | "kind">;
  uses: CheckedUse[];
  /** How many integrations carry its data, the contract's own included. */
  lineage: number;
  violations: UseViolation[];
}

// Integrations by target system, built once per prepared graph (which is replaced, never changed).
const intoIndex = new WeakMap<PreparedGraph, Map<string, GraphIntegration[]>>();
function integrationsInto(prepared: PreparedGraph, systemId: string): GraphIntegration[] {
  let index = intoIndex.get(prepared);
  if (!index) {
    index = new Map();
    for (const integration of prepared.graph.integrations)
      index.set(integration.targetSystemId, [...(index.get(integration.targetSystemId) ?? []), integration]);
    intoIndex.set(prepared, index);
  }
  return index.get(systemId) ?? [];
}

const lastSegment = (field: string) => field.replace(/\[\]/g, "").split(".").at(-1) ?? field;

/**
 * The integrations that carry a consumer's data, nearest first, each with the next one towards the consumer: the
 * contract's integration (or, for a system's interface, the integrations into that system) and, upstream of it, the
 * integrations into each source system that carry a field the consumer declared. A consumer that declared no field
 * is traced one hop only: following every integration upstream would blame the whole catalog.
 */
function lineageOf(prepared: PreparedGraph, consumer: GraphConsumer): Map<string, string | null> {
  const version = prepared.contractVersions.get(consumer.contractVersionId);
  const next = new Map<string, string | null>();
  if (!version) return next;
  const wanted = new Set(consumer.fieldsUsed.map(lastSegment));
  const carries = (integration: GraphIntegration) => wanted.size > 0 && integration.fieldsExchanged.some((field) => wanted.has(lastSegment(field)));
  const into = (systemId: string) => integrationsInto(prepared, systemId);
  const queue: GraphIntegration[] = [];
  const own = version.contract.integrationId ? prepared.integrations.get(version.contract.integrationId) : undefined;
  const first = own ? [own] : version.contract.systemId ? into(version.contract.systemId).filter(carries) : [];
  for (const integration of first) {
    next.set(integration.id, null);
    queue.push(integration);
  }
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const upstream of into(current.sourceSystemId)) {
      if (next.has(upstream.id) || !carries(upstream)) continue;
      next.set(upstream.id, current.id);
      queue.push(upstream);
    }
  }
  return next;
}

/** The checked uses of one consumer against every integration on its lineage. */
export function checkConsumerUses(prepared: PreparedGraph, consumerId: string): ConsumerUseCheck | null {
  const consumer = prepared.consumers.get(consumerId);
  if (!consumer) return null;
  const uses = checkedUsesOf(consumer);
  const next = uses.length > 0 ? lineageOf(prepared, consumer) : new Map<string, string | null>();
  const violations: UseViolation[] = [];
  for (const [id] of next) {
    const integration = prepared.integrations.get(id)!;
    const path: UseViolation["path"] = [];
    for (let step: string | null = id; step !== null; step = next.get(step) ?? null) {
      const on = prepared.integrations.get(step)!;
      path.push({ id: on.id, key: on.key, name: on.name });
    }
    for (const use of uses) {
      if (integration.permittedUses.includes(use)) continue;
      violations.push({ use, integration: { id, key: integration.key, name: integration.name, permittedUses: integration.permittedUses }, path });
    }
  }
  return { consumer: { id: consumer.id, name: consumer.name, kind: consumer.kind }, uses, lineage: next.size, violations };
}

/** Every live consumer whose use some integration on its lineage does not permit, for the dashboard and integration pages. */
export function findUseViolations(prepared: PreparedGraph): ConsumerUseCheck[] {
  return prepared.graph.consumers
    .map((consumer) => checkConsumerUses(prepared, consumer.id)!)
    .filter((check) => check.violations.length > 0)
    .sort((a, b) => b.violations.length - a.violations.length || a.consumer.name.localeCompare(b.consumer.name));
}
