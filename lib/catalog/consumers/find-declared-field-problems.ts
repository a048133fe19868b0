import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { catalogueOfSpec, findDeclaredFieldProblems, type DeclaredFieldProblem } from "@/lib/catalog/consumers/declared-fields";
import { loadLiveDeclarations, loadVersionDocuments } from "@/lib/catalog/consumers/field-problems-repository";
import type { ContractFieldCatalogue } from "@/lib/contract-diff/field-paths";

export interface ConsumerFieldProblems {
  consumer: { id: string; name: string; ownerTeam: { id: string; name: string } | null; ownerUser: { id: string; name: string } | null };
  version: { contractSlug: string; contractName: string; version: string };
  problems: DeclaredFieldProblem[];
}

// Parsing a document is the expensive part and a version's document rarely changes: catalogues are kept by
// version and last update. The bound keeps a catalog of many thousands of versions from growing it forever.
const catalogues = new Map<string, ContractFieldCatalogue | null>();
const MAX_CATALOGUES = 5_000;

function catalogueOf(version: { id: string; updatedAt: Date; specText: string | null }): ContractFieldCatalogue | null {
  const key = `${version.id}@${version.updatedAt.getTime()}`;
  if (catalogues.has(key)) return catalogues.get(key)!;
  if (catalogues.size >= MAX_CATALOGUES) catalogues.clear();
  const catalogue = catalogueOfSpec(version.specText);
  catalogues.set(key, catalogue);
  return catalogue;
}

/**
 * The live consumers (all, or one) that declare fields their contract version does not describe: declarations made
 * before fields were checked, or left behind when a version changed. Listed for their owners to fix.
 */
export async function findConsumerFieldProblems(
  db: PrismaClient,
  { actor, consumerId }: { actor: Actor; consumerId?: string },
): Promise<ConsumerFieldProblems[]> {
  authorize(actor, "catalog.read");
  const consumers = await loadLiveDeclarations(db, consumerId);
  const versions = new Map((await loadVersionDocuments(db, [...new Set(consumers.map((c) => c.contractVersionId))])).map((v) => [v.id, v]));
  return consumers.flatMap((consumer): ConsumerFieldProblems[] => {
    const version = versions.get(consumer.contractVersionId);
    const catalogue = version ? catalogueOf(version) : null;
    if (!version || !catalogue) return [];
    const problems = findDeclaredFieldProblems(consumer.fieldsUsed, catalogue);
    if (problems.length === 0) return [];
    const { id, name, ownerTeam, ownerUser } = consumer;
    return [
      {
        consumer: { id, name, ownerTeam, ownerUser },
        version: { contractSlug: version.contract.slug, contractName: version.contract.name, version: version.version },
        problems,
      },
    ];
  });
}
