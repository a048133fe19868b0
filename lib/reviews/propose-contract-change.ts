import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, can, ForbiddenError, type Actor } from "@/lib/auth/permissions";
import type { AuditTarget } from "@/lib/audit/record-audit-event";
import { analyzeSpec } from "@/lib/catalog/specs/analyze-spec";
import { conflictOn, invalidField, invalidSpec } from "@/lib/catalog/contracts/contract-errors";
import { ContractParseError } from "@/lib/contract-diff";
import { assertRulesRun } from "@/lib/data-contracts/build-rule-set";
import { toJsonColumn } from "@/lib/db/json-column";
import { findLifecyclePolicy } from "@/lib/deprecations/repository";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { buildStoredDiff, suggestedVersionFor, type StoredDiff } from "@/lib/reviews/diff-snapshot";
import { isEditable, mayManage } from "@/lib/reviews/review-policy";
import { assessedConsumersOf, dataOwnerIdsOf, toChangeRequestOutput, toReviewSnapshot } from "@/lib/reviews/review-view";
import { notifyReviewRequested, publishReviewEvent, type ReviewEventSubject } from "@/lib/reviews/review-events";
import { summarizeImpact } from "@/lib/reviews/impact-summary";
import {
  findContractForReview,
  findCurrentVersion,
  findGlossary,
  findProposalText,
  findReviewContext,
  storedDiffColumns,
  storedGlossaryColumn,
  storedStandardsColumns,
  insertChangeRequest,
  updateChangeRequestIf,
  versionExists,
  type ContractForReview,
  type ReviewContext,
} from "@/lib/reviews/repository";
import { assessProposedStandards } from "@/lib/standards/assess-proposal";
import type { StandardsReport } from "@/lib/standards/schemas";
import { zEditChangeInput, zProposeChangeInput, type ChangeRequestOutput } from "@/lib/reviews/schemas";
import { diffGlossary, sameGlossary, type GlossaryTerm } from "@/lib/reviews/glossary-diff";

interface PreparedProposal {
  base: { id: string; version: string } | null;
  diff: StoredDiff | null;
  standards: StandardsReport | null;
}

/**
 * Validating and diffing two 10 MB documents takes seconds, so it happens before the transaction (which would
 * otherwise hold PGlite's single connection) and only for someone allowed to propose: others learn nothing. Inside
 * the transaction the use case checks the base is still the current version.
 */
export async function prepareProposal(
  db: PrismaClient | Prisma.TransactionClient,
  contract: Pick<ContractForReview, "id" | "type" | "archivedAt">,
  specText: string,
): Promise<PreparedProposal> {
  if (contract.archivedAt) throw conflictOn("/contractId", "This contract is archived: it takes no new versions.");
  if (contract.type !== "other") {
    const analysis = analyzeSpec(specText, contract.type);
    if (!analysis.ok) throw invalidSpec(analysis.issues);
  }
  const current = await findCurrentVersion(db, contract.id);
  const standards = contract.type === "other" ? null : await assessProposedStandards(db, { candidateText: specText, base: current });
  if (!current) return { base: null, diff: null, standards };
  if (contract.type === "other" || !current.specText) return { base: { id: current.id, version: current.version }, diff: null, standards };
  try {
    const lifecycle = await findLifecyclePolicy(db, { contractId: contract.id, baseVersionId: current.id, now: new Date() });
    return { base: { id: current.id, version: current.version }, diff: buildStoredDiff(current.specText, specText, lifecycle), standards };
  } catch (error) {
    if (error instanceof ContractParseError) throw invalidField("/specText", `It cannot be compared with version ${current.version}: ${error.message}.`);
    throw error;
  }
}

export function subjectOf(context: ReviewContext): ReviewEventSubject {
  return {
    id: context.id,
    number: context.number,
    title: context.title,
    status: context.status,
    revision: context.revision,
    authorId: context.authorId,
    proposedVersion: context.proposedVersion,
    breakingCount: context.breakingCount,
    changeCount: context.changeCount,
    contract: { id: context.contract.id, slug: context.contract.slug, name: context.contract.name },
  };
}

/** What the audit trail keeps of a request: its facts, not the document. */
export function auditView(context: ReviewContext) {
  return {
    number: context.number,
    title: context.title,
    status: context.status,
    revision: context.revision,
    contract: context.contract.slug,
    baseVersion: context.baseVersion?.version ?? null,
    proposedVersion: context.proposedVersion,
    breakingCount: context.breakingCount,
    changeCount: context.changeCount,
  };
}

export const auditTargetOf = (context: Pick<ReviewContext, "id" | "number">): AuditTarget => ({
  type: "change_request",
  id: context.id,
  label: `CR-${context.number}`,
});

/** Notifies and emits for a request that just entered review. */
export async function announceSubmission(tx: Prisma.TransactionClient, context: ReviewContext, actor: Actor, now: Date): Promise<void> {
  const assessed = assessedConsumersOf(context);
  await notifyReviewRequested(
    tx,
    subjectOf(context),
    {
      dataOwnerIds: dataOwnerIdsOf(context),
      affectedConsumers: assessed.filter((consumer) => consumer.touched),
      breakingSentence: summarizeImpact(assessed).sentence,
    },
    now,
  );
  await publishReviewEvent(tx, "submitted", subjectOf(context), actor, now);
}

/**
 * The document a proposal carries: the one it sends, else the current version's unchanged (a proposal that changes
 * only the glossary or the executable rules). A proposal that sends none of them proposes nothing.
 */
async function proposedText(
  db: PrismaClient | Prisma.TransactionClient,
  contractId: string,
  values: { specText?: string; glossary?: GlossaryTerm[]; dataRules?: unknown },
): Promise<string> {
  if (values.specText !== undefined) return values.specText;
  if (values.glossary === undefined && !values.dataRules)
    throw invalidField("/specText", "Paste, upload or edit the spec document, or change the glossary or the rules.");
  const current = await findCurrentVersion(db, contractId);
  if (!current?.specText) throw invalidField("/specText", "This contract has no current document to carry over: paste the spec document.");
  return current.specText;
}

function contractIdOf(input: unknown): string | null {
  const value = typeof input === "object" && input !== null ? (input as Record<string, unknown>).contractId : undefined;
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** An owner proposes a new version of one of their team's contracts: a draft, or straight into review. */
export async function proposeContractChange(
  db: PrismaClient,
  { actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date },
): Promise<ChangeRequestOutput> {
  // Refuse people who may propose nothing before telling them anything about the input.
  authorize(actor, "contract.propose");
  const contractId = contractIdOf(input);
  if (!contractId) zProposeChangeInput.parse(input);
  const contract = await findContractForReview(db, contractId!);
  const parsed = zProposeChangeInput.safeParse(input);
  const prepared =
    contract && parsed.success && can(actor, "contract.propose", { ownerTeamId: contract.ownerTeamId })
      ? await prepareProposal(db, contract, await proposedText(db, contract.id, parsed.data))
      : null;

  return runMutation(db, {
    actor,
    permission: "contract.propose",
    action: "change_request.propose",
    schema: zProposeChangeInput,
    input,
    load: async (tx) => {
      const loaded = await findContractForReview(tx, contractId!);
      if (!loaded) throw invalidField("/contractId", `No contract has the id or slug "${contractId}".`);
      return loaded;
    },
    ownershipOf: (loaded) => ({ ownerTeamId: loaded.ownerTeamId }),
    write: async (tx, { input: values, resource }) => {
      const target = resource;
      const specText = await proposedText(tx, target.id, values);
      const proposal = prepared ?? (await prepareProposal(tx, target, specText));
      const current = await findCurrentVersion(tx, target.id);
      if ((current?.id ?? null) !== (proposal.base?.id ?? null))
        throw conflictOn("/specText", `Version ${current?.version} of this contract was added meanwhile: propose again to compare with it.`);
      const glossary = values.glossary ?? null;
      const glossaryChanges = glossary ? diffGlossary(await findGlossary(tx, proposal.base?.id ?? null), glossary) : [];
      const proposedVersion = values.proposedVersion ?? suggestedVersionFor(proposal.base?.version ?? null, proposal.diff?.changes ?? [], glossaryChanges);
      if (await versionExists(tx, target.id, proposedVersion))
        throw conflictOn("/proposedVersion", `Version ${proposedVersion} of this contract already exists: propose a higher one.`);
      if (values.dataRules) assertRulesRun(values.dataRules, specText, "/dataRules");
      const created = await insertChangeRequest(tx, {
        contractId: target.id,
        baseVersionId: proposal.base?.id ?? null,
        title: values.title,
        description: values.description ?? null,
        proposedVersion,
        specText,
        changelog: values.changelog ?? null,
        ...(values.dataRules ? { dataRules: toJsonColumn(values.dataRules) } : {}),
        glossary: storedGlossaryColumn(glossary),
        status: values.submit ? "in_review" : "draft",
        submittedAt: values.submit ? now : null,
        authorId: actor.id,
        ...storedDiffColumns(proposal.diff),
        ...storedStandardsColumns(proposal.standards),
      });
      const context = (await findReviewContext(tx, { id: created.id }))!;
      if (values.submit) await announceSubmission(tx, context, actor, now);
      return { result: toChangeRequestOutput(context, now), target: auditTargetOf(context), after: auditView(context) };
    },
  });
}

/**
 * Edits an open proposal. A new document, version or changelog starts a new revision (approvals given so far stop
 * counting) and a new document is diffed again against the contract's current version. Title and description
 * edits keep the revision: they change nothing anyone approved.
 */
export async function editChangeRequest(
  db: PrismaClient,
  { actor, number, input, ifMatch = null, now = new Date() }: { actor: Actor; number: number; input: unknown; ifMatch?: string[] | null; now?: Date },
): Promise<ChangeRequestOutput> {
  const before = await findReviewContext(db, { number });
  const parsed = zEditChangeInput.safeParse(input);
  const newText = async (text: string | undefined, id: string, from: PrismaClient | Prisma.TransactionClient) =>
    text !== undefined && text !== (await findProposalText(from, id)) ? text : undefined;
  const changedText =
    before && parsed.success && can(actor, "contract.propose", { ownerTeamId: before.contract.ownerTeamId }) && mayManage(actor, toReviewSnapshot(before))
      ? await newText(parsed.data.specText, before.id, db)
      : undefined;
  const prepared = before && changedText !== undefined ? await prepareProposal(db, before.contract, changedText) : null;

  return runMutation(db, {
    actor,
    permission: "contract.propose",
    action: "change_request.edit",
    schema: zEditChangeInput,
    input,
    load: (tx) => findReviewContext(tx, { number }),
    ownershipOf: (context) => ({ ownerTeamId: context.contract.ownerTeamId }),
    ifMatch: { expected: ifMatch, version: (context) => context.updatedAt, what: "change request" },
    write: async (tx, { input: values, resource }) => {
      const context = resource;
      if (!mayManage(actor, toReviewSnapshot(context))) throw new ForbiddenError("contract.propose");
      if (!isEditable(context.status)) throw conflictOn("/", `CR-${context.number} is ${context.status.replace("_", " ")}: it can no longer be edited.`);
      const data: Prisma.ChangeRequestUncheckedUpdateManyInput = {};
      if (values.title !== undefined) data.title = values.title;
      if (values.description !== undefined) data.description = values.description;
      let substantive = false;
      // The form sends the whole text back: only a different text re-diffs and resets approvals.
      const specText = await newText(values.specText, context.id, tx);
      if (specText !== undefined) {
        const proposal = prepared && specText === changedText ? prepared : await prepareProposal(tx, context.contract, specText);
        const current = await findCurrentVersion(tx, context.contract.id);
        if ((current?.id ?? null) !== (proposal.base?.id ?? null))
          throw conflictOn("/specText", "The contract got a new version meanwhile: save again to compare with it.");
        Object.assign(data, {
          specText,
          baseVersionId: proposal.base?.id ?? null,
          ...storedDiffColumns(proposal.diff),
          ...storedStandardsColumns(proposal.standards),
        });
        substantive = true;
      }
      if (values.proposedVersion !== undefined && values.proposedVersion !== context.proposedVersion) {
        if (await versionExists(tx, context.contract.id, values.proposedVersion))
          throw conflictOn("/proposedVersion", `Version ${values.proposedVersion} of this contract already exists: propose a higher one.`);
        data.proposedVersion = values.proposedVersion;
        substantive = true;
      }
      if (values.changelog !== undefined && values.changelog !== context.changelog) {
        data.changelog = values.changelog;
        substantive = true;
      }
      // The form sends the whole glossary back too: only a different one is a new revision.
      if (values.glossary !== undefined && !sameGlossary(context.glossary ?? (await findGlossary(tx, context.baseVersion?.id ?? null)), values.glossary)) {
        data.glossary = storedGlossaryColumn(values.glossary);
        substantive = true;
      }
      if (substantive) data.revision = context.revision + 1;
      // Whoever edits someone else's proposal (an admin may) shares its authorship: they may no longer decide on it.
      if (actor.id !== context.authorId && !context.editorIds.includes(actor.id)) data.editorIds = [...context.editorIds, actor.id];
      if (!(await updateChangeRequestIf(tx, context, data)))
        throw conflictOn("/", `CR-${context.number} was changed by someone else meanwhile: reload it and try again.`);
      const updated = (await findReviewContext(tx, { id: context.id }))!;
      // Approvals were reset: everyone who reviews hears about the new revision.
      if (substantive && updated.status === "in_review") await announceSubmission(tx, updated, actor, now);
      return {
        result: toChangeRequestOutput(updated, now),
        target: auditTargetOf(updated),
        before: auditView(context),
        after: { ...auditView(updated), approvalsReset: substantive },
      };
    },
  });
}
