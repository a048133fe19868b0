import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, NotFoundError, type Actor } from "@/lib/auth/permissions";
import { invalidField, invalidSpec } from "@/lib/catalog/contracts/contract-errors";
import { analyzeSpec } from "@/lib/catalog/specs/analyze-spec";
import { ContractParseError, declaredVersion, diffContracts, parseContractText } from "@/lib/contract-diff";
import { findLifecyclePolicy } from "@/lib/deprecations/repository";
import { checkProposedVersion, suggestedVersionFor } from "@/lib/reviews/diff-snapshot";
import { assessConsumers, summarizeImpact, describeAffectedConsumers } from "@/lib/reviews/impact-summary";
import { findContractForReview, findCurrentVersion, findImpactConsumers } from "@/lib/reviews/repository";
import { assessProposedStandards } from "@/lib/standards/assess-proposal";
import { zCheckCandidateInput, type CheckResultOutput } from "@/lib/reviews/schemas";

/**
 * The pre-merge gate: what publishing a candidate document would change, against the contract's current version,
 * and whom it would break. Creates nothing and audits nothing, so any signed-in caller (or read token) may ask.
 */
export async function checkCandidate(
  db: PrismaClient,
  { actor, contractId, input }: { actor: Actor; contractId: string; input: unknown },
): Promise<CheckResultOutput & { suggestedVersion: string }> {
  const contract = await findContractForReview(db, contractId);
  if (!contract) throw new NotFoundError("The contract");
  authorize(actor, "catalog.read", { ownerTeamId: contract.ownerTeamId });
  const values = zCheckCandidateInput.parse(input);
  if (contract.type !== "other") {
    const analysis = analyzeSpec(values.specText, contract.type);
    if (!analysis.ok) throw invalidSpec(analysis.issues);
  }
  const current = await findCurrentVersion(db, contract.id);
  const standards = contract.type === "other" ? null : await assessProposedStandards(db, { candidateText: values.specText, base: current });
  const consumers = await findImpactConsumers(db, current?.id ?? null);
  const empty = { breaking: 0, warning: 0, "non-breaking": 0, informational: 0 };
  if (!current?.specText || contract.type === "other") {
    const assessed = assessConsumers([], consumers);
    return {
      contract: { id: contract.id, slug: contract.slug },
      baseVersion: current?.version ?? null,
      verdict: current ? "no-changes" : "first-version",
      counts: empty,
      versionCheck: null,
      changes: [],
      impact: summarizeImpact(assessed),
      affectedConsumers: describeAffectedConsumers(assessed),
      suggestedVersion: suggestedVersionFor(current?.version ?? null, []),
      standards,
    };
  }
  const lifecycle = await findLifecyclePolicy(db, { contractId: contract.id, baseVersionId: current.id, now: new Date() });
  let diff;
  let candidate;
  try {
    candidate = parseContractText(values.specText);
    diff = diffContracts(parseContractText(current.specText), candidate, { lifecycle });
  } catch (error) {
    if (error instanceof ContractParseError) throw invalidField("/specText", `It cannot be compared with version ${current.version}: ${error.message}.`);
    throw error;
  }
  const assessed = assessConsumers(diff.changes, consumers);
  const verdict =
    diff.counts.breaking > 0
      ? "breaking"
      : diff.counts.warning > 0
        ? "warning"
        : diff.counts["non-breaking"] > 0
          ? "non-breaking"
          : diff.counts.informational > 0
            ? "informational"
            : "no-changes";
  // The semantic-version rule is always checked: against the version the caller names, else the one the candidate
  // document declares, else the next version derived from the latest active one (which satisfies it by definition).
  const suggestedVersion = suggestedVersionFor(current.version, diff.changes);
  const declared = declaredVersion(candidate);
  const [proposedVersion, versionSource] = values.version
    ? [values.version, "body" as const]
    : declared
      ? [declared, "document" as const]
      : [suggestedVersion, "derived" as const];
  return {
    contract: { id: contract.id, slug: contract.slug },
    baseVersion: current.version,
    verdict,
    counts: diff.counts,
    versionCheck: { ...checkProposedVersion(current.version, proposedVersion, diff.changes), source: versionSource },
    changes: diff.changes,
    impact: summarizeImpact(assessed),
    affectedConsumers: describeAffectedConsumers(assessed),
    suggestedVersion,
    standards,
  };
}
