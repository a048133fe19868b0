import { z } from "zod";
import { createConsumer } from "@/lib/catalog/consumers/consumer-use-cases";
import { findConsumersPage } from "@/lib/catalog/consumers/repository";
import { zConsumerApiListQuery } from "@/lib/catalog/consumers/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { etagOf } from "@/lib/http/etag";
import { readJsonBody } from "@/lib/http/read-json-body";
import { readQuery } from "@/lib/http/read-query";

export const GET = apiRoute(async ({ request, db }) => {
  return Response.json(await findConsumersPage(db, readQuery(request, zConsumerApiListQuery)));
});

// The body is validated inside the use case, after authorization.
export const POST = apiRoute(async ({ request, actor, db }) => {
  const consumer = await createConsumer(db, { actor, input: await readJsonBody(request, z.unknown(), { maxBytes: 256 * 1024 }) });
  return Response.json(consumer, { status: 201, headers: { etag: etagOf(consumer.updatedAt), location: `/api/v1/consumers/${consumer.id}` } });
});
