import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { zArchiveInput } from "@/lib/catalog/archive-input";
import { conflictOn, invalidField } from "@/lib/catalog/contracts/contract-errors";
import type { ConditionalUpdate } from "@/lib/catalog/contracts/contract-use-cases";
import { referencesExist } from "@/lib/catalog/contracts/repository";
import {
  findConsumableVersion,
  findConsumer,
  findExistingCapabilityIds,
  findVersionDocument,
  insertConsumer,
  replaceConsumerCapabilities,
  updateConsumerIfUnchanged,
} from "@/lib/catalog/consumers/repository";
import { zCreateConsumerInput, zUpdateConsumerInput, type ConsumerOutput, type UpdateConsumerInput } from "@/lib/catalog/consumers/schemas";
import { catalogueOfSpec, describeProblem, findDeclaredFieldProblems, normaliseDeclaredField } from "@/lib/catalog/consumers/declared-fields";
import { preconditionFailed } from "@/lib/concurrency/record-version";
import { InvalidInput } from "@/lib/errors/domain-errors";
import { runMutation } from "@/lib/pipeline/run-mutation";

function auditView(consumer: ConsumerOutput) {
  const { id, name, kind, purpose, fieldsUsed, ownerTeam, system, capabilities, contractVersion, archivedAt, archiveReason } = consumer;
  return {
    id,
    name,
    kind,
    purpose,
    fieldsUsed,
    ownerTeamId: ownerTeam?.id ?? null,
    systemId: system?.id ?? null,
    capabilities: capabilities.map((c) => c.slug),
    contractVersionId: contractVersion.id,
    archivedAt,
    archiveReason,
  };
}

async function assertReferences(tx: Prisma.TransactionClient, input: UpdateConsumerInput) {
  const exists = await referencesExist(tx, { teamId: input.ownerTeamId, systemId: input.systemId });
  if (!exists.team) throw invalidField("/ownerTeamId", `No team has the id "${input.ownerTeamId}".`);
  if (!exists.system) throw invalidField("/systemId", `No system has the id "${input.systemId}".`);
  if (input.contractVersionId !== undefined) {
    const version = await findConsumableVersion(tx, input.contractVersionId);
    if (!version) throw invalidField("/contractVersionId", `No contract version has the id "${input.contractVersionId}".`);
    if (version.contract.archivedAt) throw invalidField("/contractVersionId", `${version.contract.name} is archived: choose a current contract.`);
    if (version.status === "retired")
      throw invalidField("/contractVersionId", `${version.contract.name} ${version.version} is retired: choose a version still in service.`);
  }
  if (input.capabilityIds?.length) {
    const existing = await findExistingCapabilityIds(tx, input.capabilityIds);
    const missing = input.capabilityIds.findIndex((id) => !existing.has(id));
    if (missing !== -1) throw invalidField(`/capabilityIds/${missing}`, `No business capability has the id "${input.capabilityIds[missing]}".`);
  }
}

/**
 * The declared fields, checked against the contract version consumed: each entry the version does not describe is
 * refused on its own pointer (/fieldsUsed/2) with the nearest names it does describe. A typo would otherwise read
 * as "unaffected" by every change. Returns the entries as stored (JSON pointers become dotted paths).
 */
async function checkDeclaredFields(tx: Prisma.TransactionClient, contractVersionId: string, fieldsUsed: string[]): Promise<string[]> {
  const version = await findVersionDocument(tx, contractVersionId);
  const catalogue = catalogueOfSpec(version?.specText ?? null);
  if (!version || !catalogue) return fieldsUsed;
  const label = `${version.contract.name} ${version.version}`;
  const problems = findDeclaredFieldProblems(fieldsUsed, catalogue);
  if (problems.length > 0) {
    const issues = problems.map((problem) => ({ pointer: `/fieldsUsed/${problem.index}`, detail: describeProblem(problem, label) }));
    throw new InvalidInput(`Field ${issues[0].pointer} is invalid: ${issues[0].detail}`, { issues });
  }
  return fieldsUsed.map((entry) => normaliseDeclaredField(entry, catalogue));
}

export async function createConsumer(db: PrismaClient, { actor, input }: { actor: Actor; input: unknown }): Promise<ConsumerOutput> {
  return runMutation(db, {
    actor,
    permission: "catalog.create",
    action: "consumer.create",
    schema: zCreateConsumerInput,
    input,
    proposedOwnership: (parsed) => ({ ownerTeamId: parsed.ownerTeamId }),
    write: async (tx, { input: parsed }) => {
      await assertReferences(tx, parsed);
      const { capabilityIds, ...columns } = parsed;
      columns.fieldsUsed = await checkDeclaredFields(tx, parsed.contractVersionId, parsed.fieldsUsed);
      const consumer = await insertConsumer(tx, { ...columns, systemId: columns.systemId ?? null, ownerUserId: actor.id }, [...new Set(capabilityIds)]);
      return { result: consumer, target: { type: "consumer", id: consumer.id, label: consumer.name }, after: auditView(consumer) };
    },
  });
}

export async function updateConsumer(
  db: PrismaClient,
  { actor, consumerId, input, ifMatch }: Omit<ConditionalUpdate, "contractId"> & { consumerId: string },
): Promise<ConsumerOutput> {
  return runMutation(db, {
    actor,
    permission: "catalog.update",
    action: "consumer.update",
    schema: zUpdateConsumerInput,
    input,
    load: (tx) => findConsumer(tx, consumerId),
    ownershipOf: (consumer) => ({ ownerTeamId: consumer.ownerTeam?.id ?? null }),
    ifMatch: { expected: ifMatch, version: (consumer) => consumer.updatedAt, what: "consumer" },
    write: async (tx, { input: parsed, resource }) => {
      const consumer = resource;
      if (consumer.archivedAt) throw conflictOn("/", "This consumer is archived: it can no longer be edited.");
      if (parsed.ownerTeamId !== undefined && parsed.ownerTeamId !== consumer.ownerTeam?.id)
        authorize(actor, "catalog.update", { ownerTeamId: parsed.ownerTeamId });
      // Keeping its current version is always allowed, even once that version is retired.
      const keepsVersion = parsed.contractVersionId === consumer.contractVersion.id;
      await assertReferences(tx, keepsVersion ? { ...parsed, contractVersionId: undefined } : parsed);
      const { capabilityIds, ...columns } = parsed;
      // Checked when the fields or the version change: an edit of anything else leaves older declarations alone
      // (they are listed for their owners to fix).
      const movesVersion = parsed.contractVersionId !== undefined && !keepsVersion;
      if (parsed.fieldsUsed !== undefined || movesVersion)
        columns.fieldsUsed = await checkDeclaredFields(tx, parsed.contractVersionId ?? consumer.contractVersion.id, parsed.fieldsUsed ?? consumer.fieldsUsed);
      if (!(await updateConsumerIfUnchanged(tx, consumer.id, consumer.updatedAt, columns))) throw preconditionFailed("consumer");
      if (capabilityIds) await replaceConsumerCapabilities(tx, consumer.id, [...new Set(capabilityIds)]);
      const updated = (await findConsumer(tx, consumer.id))!;
      return { result: updated, target: { type: "consumer", id: consumer.id, label: updated.name }, before: auditView(consumer), after: auditView(updated) };
    },
  });
}

export async function archiveConsumer(
  db: PrismaClient,
  { actor, consumerId, input, ifMatch }: Omit<ConditionalUpdate, "contractId"> & { consumerId: string },
): Promise<ConsumerOutput> {
  return runMutation(db, {
    actor,
    permission: "catalog.archive",
    action: "consumer.archive",
    schema: zArchiveInput,
    input,
    load: (tx) => findConsumer(tx, consumerId),
    ownershipOf: (consumer) => ({ ownerTeamId: consumer.ownerTeam?.id ?? null }),
    ifMatch: { expected: ifMatch, version: (consumer) => consumer.updatedAt, what: "consumer" },
    write: async (tx, { input: parsed, resource }) => {
      const consumer = resource;
      if (consumer.archivedAt) throw conflictOn("/", "This consumer is already archived.");
      if (!(await updateConsumerIfUnchanged(tx, consumer.id, consumer.updatedAt, { archivedAt: new Date(), archiveReason: parsed.reason })))
        throw preconditionFailed("consumer");
      const archived = (await findConsumer(tx, consumer.id))!;
      // Nothing depends on a consumer, so a plan is optional; the audit keeps it like the other record types do.
      return {
        result: archived,
        target: { type: "consumer", id: consumer.id, label: consumer.name },
        before: auditView(consumer),
        after: { ...auditView(archived), consumerPlan: parsed.consumerPlan ?? null },
      };
    },
  });
}
