import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, can, type Actor } from "@/lib/auth/permissions";
import { archiveReasonWithPlan, zArchiveInput } from "@/lib/catalog/archive-input";
import { analyzeSpec, type AnalyzeSpecResult } from "@/lib/catalog/specs/analyze-spec";
import { conflictOn, invalidField, invalidSpec } from "@/lib/catalog/contracts/contract-errors";
import {
  countActiveConsumersOfContract,
  findContract,
  findVersionForUpdate,
  insertContract,
  insertContractVersion,
  referencesExist,
  slugExists,
  updateContractIfUnchanged,
  updateVersionIfUnchanged,
} from "@/lib/catalog/contracts/repository";
import {
  zCreateContractInput,
  zCreateVersionInput,
  zUpdateContractInput,
  zUpdateVersionInput,
  type ContractOutput,
  type ContractVersionOutput,
} from "@/lib/catalog/contracts/schemas";
import { preconditionFailed } from "@/lib/concurrency/record-version";
import { lintStaleVersions } from "@/lib/standards/lint-versions";
import { diffGlossary } from "@/lib/reviews/glossary-diff";
import { runMutation } from "@/lib/pipeline/run-mutation";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What the audit trail keeps of a contract: its facts, not its versions' documents. */
function auditView(contract: ContractOutput) {
  const { id, slug, name, description, type, ownerTeam, integration, system, links, backstageRef, serviceNowId, leanIxId, archivedAt, archiveReason } =
    contract;
  return {
    id,
    slug,
    name,
    description,
    type,
    links,
    backstageRef,
    serviceNowId,
    leanIxId,
    ownerTeamId: ownerTeam?.id ?? null,
    integrationId: integration?.id ?? null,
    systemId: system?.id ?? null,
    archivedAt,
    archiveReason,
  };
}

async function assertReferences(tx: Prisma.TransactionClient, refs: { ownerTeamId?: string | null; systemId?: string | null; integrationId?: string | null }) {
  const exists = await referencesExist(tx, { teamId: refs.ownerTeamId, systemId: refs.systemId, integrationId: refs.integrationId });
  if (!exists.team) throw invalidField("/ownerTeamId", `No team has the id "${refs.ownerTeamId}".`);
  if (!exists.system) throw invalidField("/systemId", `No system has the id "${refs.systemId}".`);
  if (!exists.integration) throw invalidField("/integrationId", `No integration has the id "${refs.integrationId}".`);
}

export async function createContract(db: PrismaClient, { actor, input }: { actor: Actor; input: unknown }): Promise<ContractOutput> {
  return runMutation(db, {
    actor,
    permission: "catalog.create",
    action: "contract.create",
    schema: zCreateContractInput,
    input,
    proposedOwnership: (parsed) => ({ ownerTeamId: parsed.ownerTeamId }),
    write: async (tx, { input: parsed }) => {
      await assertReferences(tx, parsed);
      if (await slugExists(tx, parsed.slug)) throw conflictOn("/slug", `A contract with the slug "${parsed.slug}" already exists: choose another.`);
      const contract = await insertContract(tx, {
        ...parsed,
        description: parsed.description ?? null,
        integrationId: parsed.integrationId ?? null,
        systemId: parsed.systemId ?? null,
        ownerUserId: actor.id,
      });
      return { result: contract, target: { type: "contract", id: contract.id, label: contract.slug }, after: auditView(contract) };
    },
  });
}

export interface ConditionalUpdate {
  actor: Actor;
  contractId: string;
  input: unknown;
  /** The If-Match entity tags (null: no precondition). */
  ifMatch: string[] | null;
}

export async function updateContract(db: PrismaClient, { actor, contractId, input, ifMatch }: ConditionalUpdate): Promise<ContractOutput> {
  return runMutation(db, {
    actor,
    permission: "catalog.update",
    action: "contract.update",
    schema: zUpdateContractInput,
    input,
    load: (tx) => findContract(tx, { id: contractId }),
    ownershipOf: (contract) => ({ ownerTeamId: contract.ownerTeam?.id ?? null }),
    ifMatch: { expected: ifMatch, version: (contract) => contract.updatedAt, what: "contract" },
    write: async (tx, { input: parsed, resource }) => {
      const contract = resource;
      if (contract.archivedAt) throw conflictOn("/", "This contract is archived: it can no longer be edited.");
      // Handing a contract to another team needs the right on that team too.
      if (parsed.ownerTeamId !== undefined && parsed.ownerTeamId !== contract.ownerTeam?.id)
        authorize(actor, "catalog.update", { ownerTeamId: parsed.ownerTeamId });
      await assertReferences(tx, parsed);
      if (!(await updateContractIfUnchanged(tx, contract.id, contract.updatedAt, parsed))) throw preconditionFailed("contract");
      const updated = (await findContract(tx, { id: contract.id }))!;
      return { result: updated, target: { type: "contract", id: contract.id, label: contract.slug }, before: auditView(contract), after: auditView(updated) };
    },
  });
}

export async function archiveContract(db: PrismaClient, { actor, contractId, input, ifMatch }: ConditionalUpdate): Promise<ContractOutput> {
  return runMutation(db, {
    actor,
    permission: "catalog.archive",
    action: "contract.archive",
    schema: zArchiveInput,
    input,
    load: (tx) => findContract(tx, { id: contractId }),
    ownershipOf: (contract) => ({ ownerTeamId: contract.ownerTeam?.id ?? null }),
    ifMatch: { expected: ifMatch, version: (contract) => contract.updatedAt, what: "contract" },
    write: async (tx, { input: parsed, resource }) => {
      const contract = resource;
      if (contract.archivedAt) throw conflictOn("/", "This contract is already archived.");
      const consumers = await countActiveConsumersOfContract(tx, contract.id);
      if (consumers > 0 && !parsed.consumerPlan) {
        throw invalidField(
          "/consumerPlan",
          `${consumers} active consumer${consumers === 1 ? " depends" : "s depend"} on this contract: say what happens to them (migrated, notified, retired...).`,
        );
      }
      const reason = archiveReasonWithPlan(parsed.reason, parsed.consumerPlan);
      if (!(await updateContractIfUnchanged(tx, contract.id, contract.updatedAt, { archivedAt: new Date(), archiveReason: reason })))
        throw preconditionFailed("contract");
      const archived = (await findContract(tx, { id: contract.id }))!;
      return {
        result: archived,
        target: { type: "contract", id: contract.id, label: contract.slug },
        before: auditView(contract),
        after: { ...auditView(archived), activeConsumers: consumers },
      };
    },
  });
}

/**
 * Validating a 10 MB document takes about 2 s, so it happens before the transaction (which would otherwise hold
 * PGlite's single connection meanwhile), and only for someone allowed to add versions: others learn nothing from
 * validation messages. A contract's type never changes, so the analysis stays valid inside the transaction.
 */
function analyzeBeforehand(contract: ContractOutput | null, actor: Actor, input: unknown): AnalyzeSpecResult | null {
  if (!contract || contract.type === "other" || !can(actor, "catalog.update", { ownerTeamId: contract.ownerTeam?.id ?? null })) return null;
  const parsed = zCreateVersionInput.safeParse(input);
  return parsed.success ? analyzeSpec(parsed.data.specText, contract.type) : null;
}

export async function createContractVersion(
  db: PrismaClient,
  { actor, contractId, input }: { actor: Actor; contractId: string; input: unknown },
): Promise<ContractVersionOutput> {
  const analysis = analyzeBeforehand(await findContract(db, { id: contractId }), actor, input);
  const created = await runMutation(db, {
    actor,
    permission: "catalog.update",
    action: "contract.version.create",
    schema: zCreateVersionInput,
    input,
    load: (tx) => findContract(tx, { id: contractId }),
    ownershipOf: (contract) => ({ ownerTeamId: contract.ownerTeam?.id ?? null }),
    write: async (tx, { input: parsed, resource }) => {
      const contract = resource;
      if (contract.archivedAt) throw conflictOn("/", "This contract is archived: it takes no new versions.");
      if (contract.type !== "other") {
        const result = analysis ?? analyzeSpec(parsed.specText, contract.type);
        if (!result.ok) throw invalidSpec(result.issues);
      }
      const taken = await tx.contractVersion.count({ where: { contractId: contract.id, version: parsed.version } });
      if (taken > 0) throw conflictOn("/version", `Version ${parsed.version} of this contract already exists.`);
      const version = await insertContractVersion(tx, {
        contractId: contract.id,
        version: parsed.version,
        status: parsed.status,
        specText: parsed.specText,
        changelog: parsed.changelog ?? null,
        publishedAt: parsed.status === "active" ? new Date() : null,
        glossary: parsed.glossary,
      });
      // A new version is a change of the contract: its ETag moves so that stale editors notice.
      await tx.contract.update({ where: { id: contract.id }, data: { updatedAt: new Date() } });
      return {
        result: version,
        target: { type: "contract", id: contract.id, label: `${contract.slug}@${version.version}` },
        after: {
          version: version.version,
          status: version.status,
          specBytes: Buffer.byteLength(parsed.specText),
          glossaryEntries: version.glossary.length,
          changelog: version.changelog,
        },
      };
    },
  });
  // Linted after the commit: Spectral would otherwise hold PGlite's one connection; a failure here leaves the
  // version unlinted, and the next reader lints it (lintStaleVersions).
  await lintStaleVersions(db, [created.id]);
  return created;
}

export async function updateContractVersion(
  db: PrismaClient,
  { actor, contractId, version, input, ifMatch }: ConditionalUpdate & { version: string },
): Promise<ContractVersionOutput> {
  return runMutation(db, {
    actor,
    permission: "catalog.update",
    action: "contract.version.update",
    schema: zUpdateVersionInput,
    input,
    load: (tx) => findVersionForUpdate(tx, contractId, version),
    ownershipOf: (row) => ({ ownerTeamId: row.contract.ownerTeamId }),
    ifMatch: { expected: ifMatch, version: (row) => row.updatedAt, what: "contract version" },
    write: async (tx, { input: parsed, resource }) => {
      const row = resource;
      if (row.contract.archivedAt) throw conflictOn("/", "This contract is archived: its versions can no longer be edited.");
      if (parsed.status && (row.status === "deprecated" || row.status === "retired")) {
        throw invalidField("/status", `This version is ${row.status}: its deprecation decides its status (cancel the deprecation to make it active again).`);
      }
      if (parsed.status === "draft" && row.status !== "draft")
        throw invalidField("/status", "A version that left draft cannot go back to draft: create a new version instead.");
      // What a field means is part of the contract its consumers rely on (issue #18, decision 059): once a version
      // left draft, defining a field nobody had defined is still an edit, but changing or removing a meaning is a
      // new version, proposed and reviewed, with the acknowledgement of whoever declared the field.
      const moved = parsed.glossary && row.status !== "draft" ? diffGlossary(row.glossary, parsed.glossary).filter((change) => change.kind !== "added") : [];
      if (moved.length > 0)
        throw conflictOn(
          "/glossary",
          `Version ${row.version} is ${row.status}: changing or removing what ${moved.map((change) => change.field).join(", ")} means changes what its consumers rely on, so it is proposed for review as a new version (Propose a glossary change, or POST /api/v1/change-requests with "glossary"). New entries can be added here.`,
        );
      const publishedAt = parsed.status === "active" && !row.publishedAt ? new Date() : undefined;
      const updated = await updateVersionIfUnchanged(tx, row.id, row.updatedAt, { ...parsed, ...(publishedAt ? { publishedAt } : {}) });
      if (!updated) throw preconditionFailed("contract version");
      return {
        result: updated,
        target: { type: "contract", id: row.contract.id, label: `${row.contract.slug}@${row.version}` },
        before: {
          version: row.version,
          status: row.status,
          changelog: row.changelog,
          glossary: row.glossary.map(({ field, meaning, rules }) => ({ field, meaning, rules })),
        },
        after: {
          version: updated.version,
          status: updated.status,
          changelog: updated.changelog,
          glossary: updated.glossary.map(({ field, meaning, rules }) => ({ field, meaning, rules })),
        },
      };
    },
  });
}
