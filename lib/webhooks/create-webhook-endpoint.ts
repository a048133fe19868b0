import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { insertWebhookEndpoint } from "@/lib/webhooks/repository";
import { zCreateWebhookEndpointInput, type CreatedWebhookEndpointOutput } from "@/lib/webhooks/schemas";
import { generateWebhookSecret } from "@/lib/webhooks/webhook-secret";
import { webhookTargetRefusal } from "@/lib/webhooks/webhook-target";
import { invalidField } from "@/lib/catalog/contracts/contract-errors";

/** Registers an endpoint with a fresh signing secret, answered this once (the audit row does not hold it). */
export async function createWebhookEndpoint(db: PrismaClient, { actor, input }: { actor: Actor; input: unknown }): Promise<CreatedWebhookEndpointOutput> {
  // Resolved before the transaction (DNS can be slow) but answered inside it, after authorization and validation.
  const parsed = zCreateWebhookEndpointInput.safeParse(input);
  const targetRefusal = parsed.success ? await webhookTargetRefusal(parsed.data.url) : null;
  return runMutation(db, {
    actor,
    permission: "webhook.manage",
    action: "webhook.create",
    schema: zCreateWebhookEndpointInput,
    input,
    write: async (tx, { input: { name, url, events, active } }) => {
      if (targetRefusal) throw invalidField("/url", targetRefusal);
      const secret = generateWebhookSecret();
      const endpoint = await insertWebhookEndpoint(tx, { name, url, events, active, secret, createdById: actor.id });
      return {
        result: { endpoint, secret },
        target: { type: "webhook_endpoint", id: endpoint.id, label: name },
        after: { name, url: endpoint.url, events, active },
      };
    },
  });
}
