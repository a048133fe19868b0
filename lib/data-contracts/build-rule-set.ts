import type { ExceptionAction } from "@/lib/generated/prisma/enums";
import { readContractText } from "@/lib/contract-text/read-contract-text";
import { InvalidInput } from "@/lib/errors/domain-errors";
import { compileRuleSet, type CompiledRuleSet, type RuleSetProblem } from "@/lib/data-contracts/evaluator/compile-rule-set";
import { RULE_SET_FORMAT, type DecisionRoute, type RuleSetDocument } from "@/lib/data-contracts/evaluator/rule-set";
import type { DataRules } from "@/lib/data-contracts/schemas";

/** The integration's exception routing (the seeds' table) in the decisions' route names. */
const ROUTE_OF_ACTION: Record<ExceptionAction, DecisionRoute> = {
  quarantine: "quarantine",
  deduplicate: "duplicate",
  manual_review: "manual_review",
  access_review: "access_review",
  escalate_to_producer: "escalate",
  error_queue: "reject",
};

export interface RuleSetSource {
  integration: { key: string; approvalState: string; exceptionRoutes: readonly { action: ExceptionAction; handler: string | null }[] };
  contract: { slug: string; version: string; specText: string | null } | null;
  rules: DataRules;
}

function valueAt(document: unknown, pointer: string): unknown {
  if (pointer === "") return document;
  let node: unknown = document;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/**
 * The rule set of an integration as one self-contained document: the rules of its contract version, the payload
 * schema taken from the version's document (read by lib/contract-text, like every contract text), and who handles
 * each route. This is what the decisions endpoint compiles and what the export hands out.
 */
export function buildRuleSet(source: RuleSetSource): { ok: true; document: RuleSetDocument } | { ok: false; problems: RuleSetProblem[] } {
  const { schemaPointer, rules } = source.rules;
  let schema: RuleSetDocument["schema"] = null;
  if (schemaPointer !== null) {
    if (!source.contract?.specText)
      return { ok: false, problems: [{ pointer: "/schemaPointer", message: "This version has no document to take a schema from." }] };
    const read = readContractText(source.contract.specText);
    if (!read.ok) return { ok: false, problems: [{ pointer: "/schemaPointer", message: "This version's document cannot be read." }] };
    const found = valueAt(read.parsed.document, schemaPointer);
    if (typeof found !== "object" || found === null)
      return { ok: false, problems: [{ pointer: "/schemaPointer", message: `The document has no schema at "${schemaPointer}".` }] };
    schema = { document: read.parsed.document, pointer: schemaPointer };
  }
  const handlers: RuleSetDocument["handlers"] = {};
  for (const route of source.integration.exceptionRoutes) if (route.handler) handlers[ROUTE_OF_ACTION[route.action]] = route.handler;
  return {
    ok: true,
    document: {
      format: RULE_SET_FORMAT,
      integration: { key: source.integration.key, approvalState: source.integration.approvalState },
      contract: source.contract ? { slug: source.contract.slug, version: source.contract.version } : null,
      schema,
      handlers,
      rules,
    },
  };
}

/** Builds and compiles in one step, with every problem placed on the rules document (`/rules/2/expression`). */
export function compileRuleSource(source: RuleSetSource): { ok: true; compiled: CompiledRuleSet } | { ok: false; problems: RuleSetProblem[] } {
  const built = buildRuleSet(source);
  if (!built.ok) return built;
  const compiled = compileRuleSet(built.document);
  if (compiled.ok) return compiled;
  return { ok: false, problems: compiled.problems.map((p) => (p.pointer === "/schema" ? { ...p, pointer: "/schemaPointer" } : p)) };
}

const NO_INTEGRATION: RuleSetSource["integration"] = { key: "", approvalState: "draft", exceptionRoutes: [] };

/**
 * Refuses rules that cannot run with a version's document where they are written: `${at}/rules/2/expression`, with
 * the line and column inside the expression (the `ruleProblems` extension carries them for editors).
 */
export function assertRulesRun(rules: DataRules, specText: string | null, at = ""): void {
  const compiled = compileRuleSource({ integration: NO_INTEGRATION, contract: { slug: "", version: "", specText }, rules });
  if (compiled.ok) return;
  const problems = compiled.problems.map((p) => ({ ...p, pointer: `${at}${p.pointer}` }));
  const issues = problems.map((p) => ({ pointer: p.pointer, detail: p.line ? `Line ${p.line}, column ${p.column}: ${p.message}` : p.message }));
  throw new InvalidInput(`Field ${issues[0].pointer} is invalid: ${issues[0].detail}`, { issues, extensions: { ruleProblems: problems } });
}
