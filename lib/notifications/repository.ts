import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { decodeCursor, toCursorPage, type CursorPage } from "@/lib/pagination/cursor";
import type { NotificationApiQuery, NotificationListQuery, NotificationOutput } from "@/lib/notifications/schemas";

export const NOTIFICATIONS_PAGE_SIZE = 20;

const notificationSelect = {
  id: true,
  kind: true,
  title: true,
  body: true,
  href: true,
  readAt: true,
  createdAt: true,
} as const satisfies Prisma.NotificationSelect;

function whereOf(userId: string, filters: { show: "all" | "unread"; kind?: string; q?: string }): Prisma.NotificationWhereInput {
  return {
    userId,
    ...(filters.show === "unread" ? { readAt: null } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.q ? { OR: [{ title: { contains: filters.q, mode: "insensitive" } }, { body: { contains: filters.q, mode: "insensitive" } }] } : {}),
  };
}

export async function findNotificationsOfUser(
  db: PrismaClient,
  userId: string,
  query: NotificationListQuery,
): Promise<{ notifications: NotificationOutput[]; total: number }> {
  const where = whereOf(userId, query);
  const [notifications, total] = await Promise.all([
    db.notification.findMany({
      where,
      select: notificationSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * NOTIFICATIONS_PAGE_SIZE,
      take: NOTIFICATIONS_PAGE_SIZE,
    }),
    db.notification.count({ where }),
  ]);
  return { notifications, total };
}

/** Newest first; the cursor is the last row's creation time and id. */
export async function findNotificationsPageOfUser(db: PrismaClient, userId: string, query: NotificationApiQuery): Promise<CursorPage<NotificationOutput>> {
  const after = query.cursor ? decodeCursor(query.cursor, 2) : null;
  const where = whereOf(userId, query);
  const rows = await db.notification.findMany({
    where: after
      ? { AND: [where, { OR: [{ createdAt: { lt: new Date(String(after[0])) } }, { createdAt: new Date(String(after[0])), id: { lt: String(after[1]) } }] }] }
      : where,
    select: notificationSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  return toCursorPage(rows, query.limit, (row) => [row.createdAt.toISOString(), row.id]);
}

export async function countUnreadNotifications(db: PrismaClient, userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** The kinds the user has received, for the inbox's filter. */
export async function findNotificationKindsOfUser(db: PrismaClient, userId: string): Promise<string[]> {
  const rows = await db.notification.groupBy({ by: ["kind"], where: { userId }, orderBy: { kind: "asc" } });
  return rows.map((row) => row.kind);
}

/** Marks the user's own notifications read (others' ids are ignored); answers how many changed. */
export async function markNotificationsReadRows(db: PrismaClient, userId: string, target: { ids?: string[] }, at: Date): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { userId, readAt: null, ...(target.ids ? { id: { in: target.ids } } : {}) },
    data: { readAt: at },
  });
  return count;
}

export async function findNotificationToEmail(db: PrismaClient, id: string) {
  return db.notification.findUnique({
    where: { id },
    select: { id: true, title: true, body: true, href: true, user: { select: { name: true, email: true, disabledAt: true } } },
  });
}
