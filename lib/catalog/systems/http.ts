import { etagOf } from "@/lib/http/etag";
import { zSystemOutput, type SystemOutput } from "@/lib/catalog/systems/schemas";

/** A system as the API answers it: through the output schema, with its version as the ETag. */
export function systemResponse(system: SystemOutput, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(zSystemOutput.parse(system), { status: init.status ?? 200, headers: { etag: etagOf(system.updatedAt), ...init.headers } });
}
