import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, NotFoundError, type Actor } from "@/lib/auth/permissions";
import { Conflict } from "@/lib/errors/domain-errors";
import { compileRuleSource } from "@/lib/data-contracts/build-rule-set";
import { MemoryDuplicateWindow } from "@/lib/data-contracts/evaluator/duplicate-window";
import { evaluatePayload } from "@/lib/data-contracts/evaluator/evaluate-payload";
import type { Decision } from "@/lib/data-contracts/evaluator/rule-set";
import { findVersionRulesForUpdate } from "@/lib/data-contracts/rules-repository";

/**
 * What a version's rules decide for one sample payload, without counting or storing anything: the portal's
 * "Test a payload" panel. Text that is not JSON is decided like a malformed payload (reject, with the reason).
 */
export async function testVersionRules(
  db: PrismaClient,
  { actor, contractId, version, payloadText, targets }: { actor: Actor; contractId: string; version: string; payloadText: string; targets: string[] },
): Promise<Decision> {
  authorize(actor, "catalog.read");
  const row = await findVersionRulesForUpdate(db, contractId, version);
  if (!row) throw new NotFoundError("The contract version");
  if (!row.dataRules) throw new Conflict("This version has no executable rules.");
  const compiled = compileRuleSource({
    integration: row.contract.integration ?? { key: "", approvalState: "draft", exceptionRoutes: [] },
    contract: { slug: row.contract.slug, version: row.version, specText: row.specText },
    rules: row.dataRules,
  });
  if (!compiled.ok) throw new Conflict(`These rules cannot run: ${compiled.problems[0].pointer}: ${compiled.problems[0].message}`);
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
