import { celErrorSummary } from "@/lib/data-contracts/evaluator/cel-environment";
import { schemaFindings, type CompiledRule, type CompiledRuleSet } from "@/lib/data-contracts/evaluator/compile-rule-set";
import type { DuplicateWindow } from "@/lib/data-contracts/evaluator/duplicate-window";
import { ROUTE_PRECEDENCE, type Decision, type FiredRule } from "@/lib/data-contracts/evaluator/rule-set";

export interface PayloadItem {
  payload: unknown;
  /** The channels the record is for; the payload's own `target_channels` when absent. */
  targets?: readonly string[];
}

export interface EvaluationContext {
  /** Epoch milliseconds: the time duplicate windows are measured from. */
  now: number;
  window: DuplicateWindow;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function targetsOf(item: PayloadItem, payload: Record<string, unknown>): string[] {
  if (item.targets) return [...item.targets];
  const own = payload.target_channels;
  return Array.isArray(own) ? own.filter((t): t is string => typeof t === "string") : [];
}

/** A business key as text: strings as they are, anything else as JSON (CEL ints are bigints). */
function keyText(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") return value;
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

function fire(rule: CompiledRule, message: string): FiredRule {
  const { id, kind, severity, pointer, route } = rule.definition;
  return { rule: id, kind, message, severity, pointer: pointer ?? null, route };
}

function decide(compiled: CompiledRuleSet, fired: FiredRule[]): Decision {
  const errors = fired.filter((f) => f.severity === "error");
  if (!errors.length) return { outcome: "deliver", handler: null, fired };
  const route = ROUTE_PRECEDENCE.find((r) => errors.some((f) => f.route === r))!;
  const first = errors.find((f) => f.route === route)!;
  const definition = compiled.rules.find((r) => r.definition.id === first.rule)?.definition;
  return { outcome: route, handler: compiled.handlerOf(route, definition), fired };
}

/**
 * The business keys a payload has under each duplicate-window rule, so that a caller keeping the windows in a
 * database can load just those before evaluating a batch.
 */
export function businessKeysOf(compiled: CompiledRuleSet, item: PayloadItem): { ruleId: string; key: string }[] {
  if (!isRecord(item.payload)) return [];
  const variables = variablesOf(compiled, item, item.payload);
  const keys: { ruleId: string; key: string }[] = [];
  for (const rule of compiled.rules) {
    if (rule.definition.kind !== "duplicate_window") continue;
    try {
      const key = keyText(rule.run(variables));
      if (key !== null) keys.push({ ruleId: rule.definition.id, key });
    } catch {
      // No key on this payload: nothing to look up.
    }
  }
  return keys;
}

function variablesOf(compiled: CompiledRuleSet, item: PayloadItem, payload: Record<string, unknown>) {
  return {
    payload,
    targets: targetsOf(item, payload),
    integration: { key: compiled.document.integration.key, approval_state: compiled.document.integration.approvalState },
  };
}

/**
 * The decision for one payload: `deliver`, or the route it takes, with every rule that fired. Never throws for
 * anything a payload contains: a payload that is not a JSON object is rejected with the reason, and an expression
 * that cannot be evaluated on this payload (a missing key, a string where a number belongs) fires its rule, because
 * a rule that could not confirm a record must not let it through.
 */
export function evaluatePayload(compiled: CompiledRuleSet, item: PayloadItem, context: EvaluationContext): Decision {
  const { payload } = item;
  if (!isRecord(payload)) {
    const what = Array.isArray(payload) ? "an array" : payload === null ? "null" : `a ${typeof payload}`;
    return decide(compiled, [
      { rule: "payload", kind: "payload", message: `The payload must be a JSON object, not ${what}.`, severity: "error", pointer: "", route: "reject" },
    ]);
  }
  const fired: FiredRule[] = [];
  if (compiled.validate && !compiled.validate(payload)) {
    for (const finding of schemaFindings(compiled.validate.errors ?? [])) fired.push({ rule: "schema", kind: "schema", severity: "error", ...finding });
  }
  const variables = variablesOf(compiled, item, payload);
  const { targets } = variables;
  const deliveredKeys: { ruleId: string; key: string }[] = [];
  for (const rule of compiled.rules) {
    const { kind, channel, message, windowMinutes, id } = rule.definition;
    if (kind === "channel_requirement" && !targets.includes(channel ?? "")) continue;
    let value: unknown;
    try {
      value = rule.run(variables);
    } catch (error) {
      if (kind === "duplicate_window") continue; // no key, nothing to compare: the field rules speak for a missing key
      fired.push(fire(rule, `${message} (${celErrorSummary(error)})`));
      continue;
    }
    if (kind === "duplicate_window") {
      const key = keyText(value);
      if (key === null) continue;
      const last = context.window.lastDelivered(id, key);
      if (last !== null && context.now - last < (windowMinutes ?? 0) * 60_000) fired.push(fire(rule, message));
      else deliveredKeys.push({ ruleId: id, key });
      continue;
    }
    const holds = value === true;
    if (kind === "blocked" ? value === true : !holds) fired.push(fire(rule, message));
  }
  const decision = decide(compiled, fired);
  // Only a delivered record opens a window: a quarantined one that is fixed and sent again is not a duplicate.
  if (decision.outcome === "deliver") for (const { ruleId, key } of deliveredKeys) context.window.delivered(ruleId, key, context.now);
  return decision;
}
