import { z } from "zod";
import { zCursorPageQuery } from "@/lib/pagination/cursor";
import { emptyAsUndefined } from "@/lib/validation/primitives";

export const NOTIFICATION_VIEWS = ["all", "unread"] as const;
const zView = z.preprocess(emptyAsUndefined, z.enum(NOTIFICATION_VIEWS).default("all"));
const zKind = z.preprocess(emptyAsUndefined, z.string().trim().max(100).optional());
const zSearch = z.preprocess(emptyAsUndefined, z.string().trim().max(200).optional());

/** The inbox page: view, kind, search and page live in the URL. */
export const zNotificationListQuery = z.object({
  show: zView,
  kind: zKind,
  q: zSearch,
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type NotificationListQuery = z.infer<typeof zNotificationListQuery>;

export const zNotificationApiQuery = zCursorPageQuery.extend({ show: zView, kind: zKind, q: zSearch });
export type NotificationApiQuery = z.infer<typeof zNotificationApiQuery>;

/** The largest "mark read" request: up to a few hundred notification ids. */
export const MARK_READ_BODY_BYTES = 65_536;

export const zMarkNotificationsReadInput = z
  .strictObject({
    ids: z.array(z.string().min(1).max(100)).min(1, 'Name at least one notification, or send {"all": true}.').max(500).optional(),
    all: z.literal(true).optional(),
  })
  .refine((input) => (input.ids === undefined) !== (input.all === undefined), { message: "Send either ids or all: true.", path: ["ids"] });
export type MarkNotificationsReadInput = z.infer<typeof zMarkNotificationsReadInput>;

export const zNotificationOutput = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  href: z.string().nullable().describe("A path in the portal, e.g. /reviews/CR-12."),
  readAt: z.date().nullable(),
  createdAt: z.date(),
});
export type NotificationOutput = z.infer<typeof zNotificationOutput>;

export const zNotificationListOutput = z.object({
  items: z.array(zNotificationOutput),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int().describe("All of the caller's unread notifications, whatever the filters."),
});
export type NotificationListOutput = z.infer<typeof zNotificationListOutput>;

export const zMarkNotificationsReadOutput = z.object({
  marked: z.number().int().describe("How many notifications were unread and are now read."),
  unreadCount: z.number().int(),
});
export type MarkNotificationsReadOutput = z.infer<typeof zMarkNotificationsReadOutput>;

/** Only paths inside the portal become links: a notification never sends anyone off-site. */
export function isPortalPath(href: string | null): href is string {
  return !!href && href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/\\");
}
