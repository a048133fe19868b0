"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { versionOf } from "@/lib/concurrency/record-version";
import { zDataRulesInput } from "@/lib/data-contracts/schemas";
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
