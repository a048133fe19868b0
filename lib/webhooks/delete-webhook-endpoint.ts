import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { deleteWebhookEndpointRow, findWebhookEndpoint } from "@/lib/webhooks/repository";
import type { WebhookEndpointOutput } from "@/lib/webhooks/schemas";

/** Removes an endpoint with its delivery log; jobs still queued for it find nothing to send and finish. */
export async function deleteWebhookEndpoint(db: PrismaClient, { actor, endpointId }: { actor: Actor; endpointId: string }): Promise<WebhookEndpointOutput> {
  return runMutation(db, {
    actor,
    permission: "webhook.manage",
    action: "webhook.delete",
    schema: z.unknown(),
    input: undefined,
    load: (tx) => findWebhookEndpoint(tx, endpointId),
    write: async (tx, { resource }) => {
      const endpoint = resource;
      await deleteWebhookEndpointRow(tx, endpoint.id);
      return {
        result: endpoint,
        target: { type: "webhook_endpoint", id: endpoint.id, label: endpoint.name },
        before: { name: endpoint.name, url: endpoint.url, events: endpoint.events, active: endpoint.active },
      };
    },
  });
}
