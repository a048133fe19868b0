import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, NotFoundError, type Actor } from "@/lib/auth/permissions";
import { InvalidField } from "@/lib/errors/domain-errors";
import { findVersionRulesForUpdate } from "@/lib/data-contracts/rules-repository";
import { proposeContractChange } from "@/lib/reviews/propose-contract-change";

/**
 * A change of rules alone, proposed from a version's page: a change request whose document is the version's own
 * and whose rules are the edited ones. Review, approval and publishing are those of every proposal.
 */
export async function proposeVersionRules(
  db: PrismaClient,
  {
    actor,
    contractId,
    version,
    title,
    proposedVersion,
    rules,
  }: { actor: Actor; contractId: string; version: string; title: unknown; proposedVersion: unknown; rules: unknown },
) {
  authorize(actor, "contract.propose");
  const row = await findVersionRulesForUpdate(db, contractId, version);
  if (!row) throw new NotFoundError("The contract version");
  if (!row.specText) throw new InvalidField("/version", "This version has no document: propose a new version from the contract's page.");
  return proposeContractChange(db, {
    actor,
    input: { contractId, title, proposedVersion, specText: row.specText, dataRules: rules, submit: true },
  });
}
