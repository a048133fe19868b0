"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { testVersionRules } from "@/lib/data-contracts/test-payload";
import { zRecordRef } from "@/lib/validation/primitives";

const zTestPayload = z.object({
  contractId: zRecordRef,
  version: zRecordRef,
  payloadText: z.string().trim().min(1, "Paste a payload (JSON).").max(1_000_000, "At most 1 MB."),
  /** Target channels, separated by commas; empty uses the payload's own target_channels. */
  targets: z.string().max(2_000).default(""),
});

export const testRulesAction = defineAction(zTestPayload, async ({ contractId, version, payloadText, targets }, { actor, db }) => {
  const channels = targets
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
  const decision = await testVersionRules(db, { actor, contractId, version, payloadText, targets: channels });
  return { message: decision.outcome === "deliver" ? "Delivered." : `Routed to ${decision.outcome.replace(/_/g, " ")}.`, value: decision };
});
