import { z } from "zod";
import { NotFoundError } from "@/lib/auth/permissions";
import { updateConsumer } from "@/lib/catalog/consumers/consumer-use-cases";
import { findConsumer } from "@/lib/catalog/consumers/repository";
import { apiRoute } from "@/lib/http/api-route";
import { etagOf, readIfMatch } from "@/lib/http/etag";
import { readJsonBody } from "@/lib/http/read-json-body";

export const GET = apiRoute<{ id: string }>(async ({ params, db }) => {
  const consumer = await findConsumer(db, params.id);
  if (!consumer) throw new NotFoundError("The consumer");
  return Response.json(consumer, { headers: { etag: etagOf(consumer.updatedAt) } });
});

export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params, db }) => {
  const input = await readJsonBody(request, z.unknown(), { maxBytes: 256 * 1024 });
  const consumer = await updateConsumer(db, { actor, consumerId: params.id, input, ifMatch: readIfMatch(request) });
  return Response.json(consumer, { headers: { etag: etagOf(consumer.updatedAt) } });
});
