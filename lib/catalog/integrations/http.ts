import { etagOf } from "@/lib/http/etag";
import { zIntegrationOutput, type IntegrationOutput } from "@/lib/catalog/integrations/schemas";

/** An integration as the API answers it: through the output schema, with its version as the ETag. */
export function integrationResponse(integration: IntegrationOutput, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(zIntegrationOutput.parse(integration), {
    status: init.status ?? 200,
    headers: { etag: etagOf(integration.updatedAt), ...init.headers },
  });
}
