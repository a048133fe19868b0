import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, NotFoundError, type Actor } from "@/lib/auth/permissions";
import { Conflict, InvalidInput } from "@/lib/errors/domain-errors";
import { compileRuleSource } from "@/lib/data-contracts/build-rule-set";
import { MemoryDuplicateWindow } from "@/lib/data-contracts/evaluator/duplicate-window";
import { evaluatePayload } from "@/lib/data-contracts/evaluator/evaluate-payload";
import type { Decision } from "@/lib/data-contracts/evaluator/rule-set";
import { findVersionRulesForUpdate } from "@/lib/data-contracts/rules-repository";
import type { DataRules } from "@/lib/data-contracts/schemas";

/**
 * What a version's rules decide for one sample payload, without counting or storing anything: the portal's
 * "Test a payload" panel. `draft` tests rules being edited (not yet saved) against the version's schema, so the
 * editor can show what a change would do before it is saved. Text that is not JSON is decided like a malformed
 * payload (reject, with the reason).
 */
export async function testVersionRules(
  db: PrismaClient,
  {
    actor,
    contractId,
    version,
    payloadText,
    targets,
    draft,
  }: { actor: Actor; contractId: string; version: string; payloadText: string; targets: string[]; draft?: DataRules },
): Promise<Decision> {
  authorize(actor, "catalog.read");
  const row = await findVersionRulesForUpdate(db, contractId, version);
  if (!row) throw new NotFoundError("The contract version");
  const rules = draft ?? row.dataRules;
  if (!rules) throw new Conflict("This version has no executable rules.");
  const compiled = compileRuleSource({
    integration: row.contract.integration ?? { key: "", approvalState: "draft", exceptionRoutes: [] },
    contract: { slug: row.contract.slug, version: row.version, specText: row.specText },
    rules,
  });
  if (!compiled.ok) {
    // Draft rules are the person's input: each problem belongs to its field, as when they are saved.
    if (draft) {
      const issues = compiled.problems.map((p) => ({
        pointer: `/rules${p.pointer}`,
        detail: p.line ? `Line ${p.line}, column ${p.column}: ${p.message}` : p.message,
      }));
      throw new InvalidInput("Some rules cannot run yet: fix them first.", { issues });
    }
    throw new Conflict(`These rules cannot run: ${compiled.problems[0].pointer}: ${compiled.problems[0].message}`);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(payloadText);
  } catch (error) {
    return {
      outcome: "reject",
      handler: compiled.compiled.handlerOf("reject"),
      fired: [
        { rule: "payload", kind: "payload", message: `The payload is not JSON: ${(error as Error).message}`, severity: "error", pointer: "", route: "reject" },
      ],
    };
  }
  return evaluatePayload(
    compiled.compiled,
    { payload, targets: targets.length ? targets : undefined },
    { now: Date.now(), window: new MemoryDuplicateWindow() },
  );
}
