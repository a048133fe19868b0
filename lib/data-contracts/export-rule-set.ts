import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/auth/permissions";
import { Conflict } from "@/lib/errors/domain-errors";
import { buildRuleSet } from "@/lib/data-contracts/build-rule-set";
import type { RuleSetDocument } from "@/lib/data-contracts/evaluator/rule-set";
import { findIntegrationRuleSource } from "@/lib/data-contracts/rules-repository";

/**
 * The integration's whole rule set as one JSON document (rules, payload schema, handlers) for a gateway or a
 * producer to evaluate offline with lib/data-contracts/evaluator, the same code the decisions endpoint runs.
 */
export async function exportRuleSet(db: PrismaClient, idOrKey: string): Promise<RuleSetDocument> {
  const source = await findIntegrationRuleSource(db, idOrKey);
  if (!source) throw new NotFoundError(`Integration ${idOrKey}`);
  const { integration, version } = source;
  if (!version) throw new Conflict(`${integration.key} has no active contract version with rules.`);
  const built = buildRuleSet({ integration, contract: { slug: version.slug, version: version.version, specText: version.specText }, rules: version.dataRules });
  if (!built.ok) throw new Conflict(`The rules of ${version.slug}@${version.version} cannot run: ${built.problems[0].message}`);
  return built.document;
}
