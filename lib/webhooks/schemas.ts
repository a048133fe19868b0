import { z } from "zod";
import { zCursorPageQuery } from "@/lib/pagination/cursor";
import { WEBHOOK_EVENT_TYPE_NAMES } from "@/lib/webhooks/event-types";
import { emptyAsUndefined } from "@/lib/validation/primitives";

export const zWebhookEventType = z.enum(WEBHOOK_EVENT_TYPE_NAMES);

/**
 * Where deliveries go: http or https only, and no credentials in the URL (they would sit in clear in the database,
 * the audit trail and every screen that lists endpoints; receivers authenticate us by the signature instead).
 */
export const zWebhookUrl = z
  .string()
  .trim()
  .min(1, "Enter the URL that receives the events.")
  .max(2000, "Keep the URL under 2,000 characters.")
  .superRefine((value, context) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      context.addIssue({ code: "custom", message: "Enter a full URL, e.g. https://hooks.example.com/interchange." });
      return;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      context.addIssue({ code: "custom", message: "Use an http:// or https:// URL." });
    } else if (url.username || url.password) {
      context.addIssue({ code: "custom", message: "Remove the user name and password from the URL: receivers verify the signature instead." });
    }
  });

const zEndpointName = z.string().trim().min(1, "Name the endpoint, e.g. the system that receives the events.").max(100);
// Empty means every event type, present and future; the form says so.
const zEventList = z
  .array(zWebhookEventType)
  .max(WEBHOOK_EVENT_TYPE_NAMES.length)
  .transform((events) => [...new Set(events)]);

/** The largest webhook endpoint the API accepts: a name, a URL and the event types. */
export const WEBHOOK_BODY_BYTES = 16_384;

export const zCreateWebhookEndpointInput = z.strictObject({
  name: zEndpointName,
  url: zWebhookUrl,
  events: zEventList.default([]),
  active: z.boolean().default(true),
});
export type CreateWebhookEndpointInput = z.input<typeof zCreateWebhookEndpointInput>;

export const zUpdateWebhookEndpointInput = z
  .strictObject({ name: zEndpointName, url: zWebhookUrl, events: zEventList, active: z.boolean() })
  .partial()
  .refine((input) => Object.keys(input).length > 0, { message: "Send at least one field to change." });
export type UpdateWebhookEndpointInput = z.input<typeof zUpdateWebhookEndpointInput>;

export const zWebhookEndpointOutput = z.object({
  id: z.string(),
  name: z.string(),
  url: z
    .string()
    .describe(
      "Query values, user info and fragment are shown as *** (they often carry the receiver's token); sending this value back in an edit keeps the stored URL.",
    ),
  events: z.array(z.string()).describe("Subscribed event types; empty means all."),
  active: z.boolean(),
  secretHint: z.string().describe("The secret's last characters, to tell secrets apart; the secret itself is shown once."),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type WebhookEndpointOutput = z.infer<typeof zWebhookEndpointOutput>;

export const zCreatedWebhookEndpointOutput = z.object({
  endpoint: zWebhookEndpointOutput,
  secret: z.string().describe("The signing secret. Store it in the receiver now: it cannot be shown again."),
});
export type CreatedWebhookEndpointOutput = z.infer<typeof zCreatedWebhookEndpointOutput>;

export const WEBHOOK_DELIVERY_STATUSES = ["pending", "delivered", "failed"] as const;
export const zWebhookDeliveryStatus = z.enum(WEBHOOK_DELIVERY_STATUSES);

export const zWebhookDeliveryOutput = z.object({
  id: z.string(),
  endpointId: z.string(),
  eventId: z.string(),
  eventType: z.string(),
  payload: z.unknown().describe("The JSON body as sent."),
  status: zWebhookDeliveryStatus,
  attempts: z.number().int(),
  nextAttemptAt: z.date().nullable(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  deliveredAt: z.date().nullable(),
  createdAt: z.date(),
});
export type WebhookDeliveryOutput = z.infer<typeof zWebhookDeliveryOutput>;

export const zWebhookEndpointIdParams = z.object({ id: z.string().max(100) });
export const zWebhookDeliveryIdParams = z.object({ id: z.string().max(100), deliveryId: z.string().max(100) });

/** The API's delivery list: newest first, cursor-paginated. */
export const zWebhookDeliveryApiQuery = zCursorPageQuery.extend({
  status: z.preprocess(emptyAsUndefined, zWebhookDeliveryStatus.optional()),
});
export type WebhookDeliveryApiQuery = z.infer<typeof zWebhookDeliveryApiQuery>;

/** The admin page's delivery list: filters and page in the URL. */
export const zWebhookDeliveryListQuery = z.object({
  status: z.preprocess(emptyAsUndefined, zWebhookDeliveryStatus.optional()),
  q: z.preprocess(emptyAsUndefined, z.string().trim().max(200).optional()),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type WebhookDeliveryListQuery = z.infer<typeof zWebhookDeliveryListQuery>;

export const zWebhookEndpointListQuery = z.object({
  q: z.preprocess(emptyAsUndefined, z.string().trim().max(200).optional()),
  state: z.preprocess(emptyAsUndefined, z.enum(["active", "disabled"]).optional()),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type WebhookEndpointListQuery = z.infer<typeof zWebhookEndpointListQuery>;

/** One page of endpoints or deliveries. */
export const zWebhookEndpointPage = z.object({ items: z.array(zWebhookEndpointOutput), nextCursor: z.string().nullable() });
export const zWebhookDeliveryPage = z.object({ items: z.array(zWebhookDeliveryOutput), nextCursor: z.string().nullable() });
