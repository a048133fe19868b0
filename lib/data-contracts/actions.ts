"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { versionOf } from "@/lib/concurrency/record-version";
import { zDataRulesInput } from "@/lib/data-contracts/schemas";
import { deleteSample } from "@/lib/data-contracts/delete-sample";
import { proposeVersionRules } from "@/lib/data-contracts/propose-version-rules";
import { saveSample } from "@/lib/data-contracts/save-sample";
import { setVersionRules } from "@/lib/data-contracts/set-version-rules";
import { testVersionRules } from "@/lib/data-contracts/test-payload";
import { zEtag, zRecordRef } from "@/lib/validation/primitives";

const zTestPayload = z.object({
  contractId: zRecordRef,
  version: zRecordRef,
  payloadText: z.string().trim().min(1, "Paste a payload (JSON).").max(1_000_000, "At most 1 MB."),
  /** Target channels, separated by commas; empty uses the payload's own target_channels. */
  targets: z.string().max(2_000).default(""),
  /** Rules being edited and not yet saved: tested instead of the stored ones. */
  rules: zDataRulesInput.optional(),
});

export const testRulesAction = defineAction(zTestPayload, async ({ contractId, version, payloadText, targets, rules }, { actor, db }) => {
  const channels = targets
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
  const decision = await testVersionRules(db, { actor, contractId, version, payloadText, targets: channels, draft: rules });
  return { message: decision.outcome === "deliver" ? "Delivered." : `Routed to ${decision.outcome.replace(/_/g, " ")}.`, value: decision };
});

// The rules are parsed by the use case (inside the pipeline, after authorization), like the API's PUT.
const zSaveRules = z.object({ contractId: zRecordRef, version: zRecordRef, etag: zEtag, rules: z.unknown() });

export const saveRulesAction = defineAction(zSaveRules, async ({ contractId, version, etag, rules }, { actor, db }) => {
  const saved = await setVersionRules(db, { actor, contractId, version, input: rules, ifMatch: [etag] });
  revalidatePath("/catalog/contracts");
  return { message: `Rules of ${saved.version} saved.`, value: { etag: versionOf(saved.updatedAt) } };
});

const zSampleRef = z.object({ contractId: zRecordRef, version: zRecordRef, values: z.unknown() });

export const saveSampleAction = defineAction(zSampleRef, async ({ contractId, version, values }, { actor, db }) => {
  const saved = await saveSample(db, { actor, contractId, version, input: values });
  revalidatePath("/catalog/contracts");
  return { message: `Sample "${saved.name}" saved: every proposed change of this contract is checked against it.`, value: { id: saved.id } };
});

export const deleteSampleAction = defineAction(z.object({ sampleId: zRecordRef }), async ({ sampleId }, { actor, db }) => {
  const deleted = await deleteSample(db, { actor, sampleId });
  revalidatePath("/catalog/contracts");
  return { message: `Sample "${deleted.name}" deleted.` };
});

const zProposeRules = z.object({
  contractId: zRecordRef,
  version: zRecordRef,
  title: z.unknown(),
  proposedVersion: z.unknown(),
  rules: z.unknown(),
});

/**
 * Proposes the rules in the editor as a new version of the contract, with this version's document unchanged: the
 * change goes through review like any other, and the review shows what it does to the saved samples.
 */
export const proposeRulesAction = defineAction(zProposeRules, async ({ contractId, version, title, proposedVersion, rules }, { actor, db }) => {
  const proposal = await proposeVersionRules(db, { actor, contractId, version, title, proposedVersion, rules });
  revalidatePath("/reviews");
  return { message: `CR-${proposal.number} proposes version ${proposal.proposedVersion} for review.`, value: { number: proposal.number } };
});
