import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { preconditionFailed } from "@/lib/concurrency/record-version";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { findWebhookEndpoint, updateWebhookEndpointRow } from "@/lib/webhooks/repository";
import { zUpdateWebhookEndpointInput, type WebhookEndpointOutput } from "@/lib/webhooks/schemas";
import { webhookTargetRefusal } from "@/lib/webhooks/webhook-target";
import { invalidField } from "@/lib/catalog/contracts/contract-errors";

/** Renames, re-points, re-subscribes, enables or disables an endpoint. `ifMatch` (ETags) guards lost updates. */
export async function updateWebhookEndpoint(
  db: PrismaClient,
  { actor, endpointId, input, ifMatch = null }: { actor: Actor; endpointId: string; input: unknown; ifMatch?: string[] | null },
): Promise<WebhookEndpointOutput> {
  const parsed = zUpdateWebhookEndpointInput.safeParse(input);
  const newUrl = parsed.success ? parsed.data.url : undefined;
  // Resolved before the transaction (DNS can be slow) but answered inside it, after authorization and validation.
  const targetRefusal = newUrl !== undefined ? await webhookTargetRefusal(newUrl) : null;
  return runMutation(db, {
    actor,
    permission: "webhook.manage",
    action: "webhook.update",
    schema: zUpdateWebhookEndpointInput,
    input,
    load: (tx: Prisma.TransactionClient) => findWebhookEndpoint(tx, endpointId),
    ifMatch: { expected: ifMatch, version: (endpoint) => endpoint.updatedAt, what: "webhook endpoint" },
    write: async (tx, { input: changes, resource }) => {
      const endpoint = resource;
      // The form shows the URL redacted and sends it back as shown: that is no change of URL.
      if (changes.url !== undefined && changes.url === endpoint.url) delete changes.url;
      else if (targetRefusal) throw invalidField("/url", targetRefusal);
      const updated = await updateWebhookEndpointRow(tx, endpoint.id, changes, endpoint.updatedAt);
      if (!updated) throw preconditionFailed("webhook endpoint");
      const before = Object.fromEntries(Object.keys(changes).map((key) => [key, endpoint[key as keyof typeof changes]]));
      return { result: updated, target: { type: "webhook_endpoint", id: endpoint.id, label: updated.name }, before, after: changes };
    },
  });
}
