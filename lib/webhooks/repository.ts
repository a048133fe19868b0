import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { decodeCursor, toCursorPage, type CursorPage, type CursorPageQuery } from "@/lib/pagination/cursor";
import type {
  WebhookDeliveryApiQuery,
  WebhookDeliveryListQuery,
  WebhookDeliveryOutput,
  WebhookEndpointListQuery,
  WebhookEndpointOutput,
} from "@/lib/webhooks/schemas";
import { redactUrl } from "@/lib/webhooks/redact-url";

export const WEBHOOK_ENDPOINTS_PAGE_SIZE = 25;
export const WEBHOOK_DELIVERIES_PAGE_SIZE = 25;

const endpointSelect = {
  id: true,
  name: true,
  url: true,
  secret: true,
  events: true,
  active: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.WebhookEndpointSelect;

type EndpointRow = Prisma.WebhookEndpointGetPayload<{ select: typeof endpointSelect }>;

/**
 * The secret never leaves the repository except to sign a delivery: outputs carry its last characters. The URL
 * leaves it redacted (a receiver's token often sits in its query); only the delivery reads it whole.
 */
function toEndpointOutput({ secret, url, ...row }: EndpointRow): WebhookEndpointOutput {
  return { ...row, url: redactUrl(url), secretHint: `…${secret.slice(-4)}` };
}

const deliverySelect = {
  id: true,
  endpointId: true,
  eventId: true,
  eventType: true,
  payload: true,
  status: true,
  attempts: true,
  nextAttemptAt: true,
  lastStatusCode: true,
  lastError: true,
  deliveredAt: true,
  createdAt: true,
} as const satisfies Prisma.WebhookDeliverySelect;

export interface EndpointWithDeliveryCounts extends WebhookEndpointOutput {
  deliveryCounts: Record<"pending" | "delivered" | "failed", number>;
}

export async function findWebhookEndpoints(
  db: PrismaClient,
  query: WebhookEndpointListQuery,
): Promise<{ endpoints: EndpointWithDeliveryCounts[]; total: number }> {
  const where: Prisma.WebhookEndpointWhereInput = {
    ...(query.state ? { active: query.state === "active" } : {}),
    ...(query.q ? { OR: [{ name: { contains: query.q, mode: "insensitive" } }, { url: { contains: query.q, mode: "insensitive" } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db.webhookEndpoint.findMany({
      where,
      select: endpointSelect,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * WEBHOOK_ENDPOINTS_PAGE_SIZE,
      take: WEBHOOK_ENDPOINTS_PAGE_SIZE,
    }),
    db.webhookEndpoint.count({ where }),
  ]);
  const counts = rows.length
    ? await db.webhookDelivery.groupBy({ by: ["endpointId", "status"], where: { endpointId: { in: rows.map((row) => row.id) } }, _count: { _all: true } })
    : [];
  return {
    total,
    endpoints: rows.map((row) => {
      const deliveryCounts = { pending: 0, delivered: 0, failed: 0 };
      for (const count of counts) if (count.endpointId === row.id) deliveryCounts[count.status] = count._count._all;
      return { ...toEndpointOutput(row), deliveryCounts };
    }),
  };
}

/** The API's list: oldest first, so that a cursor stays valid while endpoints are added. */
export async function findWebhookEndpointsPage(db: PrismaClient, query: CursorPageQuery): Promise<CursorPage<WebhookEndpointOutput>> {
  const after = query.cursor ? decodeCursor(query.cursor, 2) : null;
  const rows = await db.webhookEndpoint.findMany({
    where: after ? { OR: [{ createdAt: { gt: new Date(String(after[0])) } }, { createdAt: new Date(String(after[0])), id: { gt: String(after[1]) } }] } : {},
    select: endpointSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: query.limit + 1,
  });
  return toCursorPage(rows.map(toEndpointOutput), query.limit, (row) => [row.createdAt.toISOString(), row.id]);
}

export async function findWebhookEndpoint(db: PrismaClient | Prisma.TransactionClient, id: string): Promise<WebhookEndpointOutput | null> {
  const row = await db.webhookEndpoint.findUnique({ where: { id }, select: endpointSelect });
  return row ? toEndpointOutput(row) : null;
}

export async function insertWebhookEndpoint(
  tx: Prisma.TransactionClient,
  data: { name: string; url: string; secret: string; events: string[]; active: boolean; createdById: string },
): Promise<WebhookEndpointOutput> {
  return toEndpointOutput(await tx.webhookEndpoint.create({ data, select: endpointSelect }));
}

/**
 * Compare-and-set on updatedAt: when `expectedUpdatedAt` is given and someone changed the endpoint since, nothing
 * is written and null comes back (the caller answers 412).
 */
export async function updateWebhookEndpointRow(
  tx: Prisma.TransactionClient,
  id: string,
  data: { name?: string; url?: string; events?: string[]; active?: boolean },
  expectedUpdatedAt: Date,
): Promise<WebhookEndpointOutput | null> {
  const { count } = await tx.webhookEndpoint.updateMany({ where: { id, updatedAt: expectedUpdatedAt }, data });
  return count === 0 ? null : findWebhookEndpoint(tx, id);
}

export async function deleteWebhookEndpointRow(tx: Prisma.TransactionClient, id: string): Promise<void> {
  await tx.webhookEndpoint.delete({ where: { id } });
}

function deliveryWhere(endpointId: string, filters: { status?: WebhookDeliveryOutput["status"]; q?: string }): Prisma.WebhookDeliveryWhereInput {
  return {
    endpointId,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.q ? { OR: [{ eventType: { contains: filters.q, mode: "insensitive" } }, { eventId: { contains: filters.q, mode: "insensitive" } }] } : {}),
  };
}

export async function findWebhookDeliveries(
  db: PrismaClient,
  endpointId: string,
  query: WebhookDeliveryListQuery,
): Promise<{ deliveries: WebhookDeliveryOutput[]; total: number }> {
  const where = deliveryWhere(endpointId, query);
  const [deliveries, total] = await Promise.all([
    db.webhookDelivery.findMany({
      where,
      select: deliverySelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * WEBHOOK_DELIVERIES_PAGE_SIZE,
      take: WEBHOOK_DELIVERIES_PAGE_SIZE,
    }),
    db.webhookDelivery.count({ where }),
  ]);
  return { deliveries, total };
}

/** Newest first; the cursor is the last row's creation time and id. */
export async function findWebhookDeliveriesPage(
  db: PrismaClient,
  endpointId: string,
  query: WebhookDeliveryApiQuery,
): Promise<CursorPage<WebhookDeliveryOutput>> {
  const after = query.cursor ? decodeCursor(query.cursor, 2) : null;
  const where = deliveryWhere(endpointId, query);
  const rows = await db.webhookDelivery.findMany({
    where: after
      ? { AND: [where, { OR: [{ createdAt: { lt: new Date(String(after[0])) } }, { createdAt: new Date(String(after[0])), id: { lt: String(after[1]) } }] }] }
      : where,
    select: deliverySelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  return toCursorPage(rows, query.limit, (row) => [row.createdAt.toISOString(), row.id]);
}

export async function findWebhookDeliveryForUpdate(tx: Prisma.TransactionClient, endpointId: string, deliveryId: string) {
  return tx.webhookDelivery.findFirst({ where: { id: deliveryId, endpointId }, select: deliverySelect });
}

export async function resetWebhookDeliveryForRedelivery(tx: Prisma.TransactionClient, id: string, at: Date): Promise<WebhookDeliveryOutput> {
  return tx.webhookDelivery.update({ where: { id }, data: { status: "pending", nextAttemptAt: at, deliveredAt: null }, select: deliverySelect });
}

export async function insertWebhookDelivery(
  tx: Prisma.TransactionClient,
  data: { endpointId: string; eventId: string; eventType: string; payload: Prisma.InputJsonObject; nextAttemptAt: Date },
): Promise<WebhookDeliveryOutput> {
  return tx.webhookDelivery.create({ data, select: deliverySelect });
}

/** What the sender needs: the delivery and its endpoint's URL and secret. */
export async function findDeliveryToSend(db: PrismaClient, id: string) {
  return db.webhookDelivery.findUnique({
    where: { id },
    select: { id: true, eventId: true, eventType: true, payload: true, status: true, endpoint: { select: { url: true, secret: true, active: true } } },
  });
}

export async function recordDeliverySuccess(db: PrismaClient, id: string, { statusCode, at }: { statusCode: number; at: Date }): Promise<void> {
  await db.webhookDelivery.update({
    where: { id },
    data: { status: "delivered", attempts: { increment: 1 }, lastStatusCode: statusCode, lastError: null, deliveredAt: at, nextAttemptAt: null },
  });
}

/** `nextAttemptAt` null with `failed`: the job gave up; a pending delivery shows when it is tried again. */
export async function recordDeliveryFailure(
  db: PrismaClient,
  id: string,
  { statusCode, error, nextAttemptAt }: { statusCode: number | null; error: string; nextAttemptAt: Date | null },
): Promise<void> {
  await db.webhookDelivery.update({
    where: { id },
    data: {
      status: nextAttemptAt ? "pending" : "failed",
      attempts: { increment: 1 },
      lastStatusCode: statusCode,
      lastError: error.slice(0, 2000),
      nextAttemptAt,
    },
  });
}

export async function markDeliveryFailed(db: PrismaClient, id: string, error: string): Promise<void> {
  await db.webhookDelivery.update({ where: { id }, data: { status: "failed", lastError: error, nextAttemptAt: null } });
}
