import { z } from "zod";
import { archiveConsumer } from "@/lib/catalog/consumers/consumer-use-cases";
import { apiRoute } from "@/lib/http/api-route";
import { etagOf, readIfMatch } from "@/lib/http/etag";
import { readJsonBody } from "@/lib/http/read-json-body";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params, db }) => {
  const input = await readJsonBody(request, z.unknown(), { maxBytes: 16 * 1024 });
  const consumer = await archiveConsumer(db, { actor, consumerId: params.id, input, ifMatch: readIfMatch(request) });
  return Response.json(consumer, { headers: { etag: etagOf(consumer.updatedAt) } });
});
