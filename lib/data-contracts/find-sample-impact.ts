import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { RuleSetSource } from "@/lib/data-contracts/build-rule-set";
import { compareSampleDecisions, type SampleImpact } from "@/lib/data-contracts/sample-regressions";
import { findContractSamples, findProposalRuleSources } from "@/lib/data-contracts/samples-repository";

const NO_INTEGRATION: RuleSetSource["integration"] = { key: "", approvalState: "draft", exceptionRoutes: [] };

/**
 * What a change request would do to its contract's saved samples (the review page's "3 saved samples would now be
 * quarantined"). The caller has already shown the request to the actor; null when the contract keeps no samples or
 * neither side has rules.
 */
export async function findSampleImpact(db: PrismaClient, changeRequestId: string): Promise<SampleImpact | null> {
  const sources = await findProposalRuleSources(db, changeRequestId);
  if (!sources) return null;
  const proposedRules = sources.proposal.dataRules ?? sources.base?.dataRules ?? null;
  if (!proposedRules && !sources.base?.dataRules) return null;
  const samples = await findContractSamples(db, sources.contract.id);
  if (samples.length === 0) return null;
  const integration = sources.contract.integration ?? NO_INTEGRATION;
  const before: RuleSetSource | null = sources.base?.dataRules
    ? { integration, contract: { slug: sources.contract.slug, version: sources.base.version, specText: sources.base.specText }, rules: sources.base.dataRules }
    : null;
  const after: RuleSetSource | null = proposedRules
    ? { integration, contract: { slug: sources.contract.slug, version: sources.proposal.version, specText: sources.proposal.specText }, rules: proposedRules }
    : null;
  return compareSampleDecisions(before, after, samples);
}
