import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { assessConsumerImpact } from "@/lib/contract-diff";
import { findOpenProposalsOnVersion } from "@/lib/reviews/consumer-proposals-repository";

export interface ProposalBreakingConsumer {
  number: number;
  title: string;
  proposedVersion: string;
  /** The changes that touch what the consumer declared (a removed or renamed field), as the review lists them. */
  changes: { severity: string; message: string; field: string | null }[];
}

/**
 * The open proposals on the version a consumer reads that break it: a field it declares is removed or renamed
 * (or another breaking change in its scope). Shown on the consumer's page, as the review shows the consumer.
 */
export async function findProposalsBreakingConsumer(
  db: PrismaClient,
  { actor, consumer }: { actor: Actor; consumer: { contractVersionId: string; fieldsUsed: readonly string[] } },
): Promise<ProposalBreakingConsumer[]> {
  authorize(actor, "catalog.read");
  const proposals = await findOpenProposalsOnVersion(db, consumer.contractVersionId);
  return proposals.flatMap((proposal) => {
    if (!proposal.diff) return [];
    const impact = assessConsumerImpact(proposal.diff.changes, consumer.fieldsUsed);
    if (!impact.broken) return [];
    const changes = impact.changes
      .filter((change) => change.severity === "breaking" || change.severity === "warning")
      .map((change) => ({ severity: change.severity, message: change.message, field: change.location.field ?? null }));
    return [{ number: proposal.number, title: proposal.title, proposedVersion: proposal.proposedVersion, changes }];
  });
}
