/**
 * Every event type a webhook endpoint can subscribe to, with what it means. The one list: the reviews and
 * deprecations domains add their types here (one line each) before they publish them, and the admin UI, the API
 * schemas and the OpenAPI document all read it.
 */
export const WEBHOOK_EVENT_TYPES = [
  { type: "change_request.submitted", description: "A contract change request was submitted for review." },
  { type: "change_request.approved", description: "A change request received every approval it needs." },
  { type: "change_request.changes_requested", description: "A reviewer asked for changes to a change request." },
  { type: "change_request.rejected", description: "A change request was rejected." },
  { type: "change_request.published", description: "An approved change request was published as a new contract version." },
  { type: "change_request.withdrawn", description: "The author withdrew a change request." },
  { type: "deprecation.announced", description: "A contract version or an integration was announced for retirement." },
  { type: "deprecation.reminder", description: "A reminder before a sunset date went to the consumers still migrating." },
  { type: "deprecation.escalated", description: "A missing acknowledgement was escalated along the escalation path." },
  { type: "deprecation.sunset_changed", description: "The sunset date of a deprecation moved." },
  { type: "deprecation.retired", description: "A deprecated contract version or integration was retired." },
  { type: "deprecation.cancelled", description: "A deprecation was cancelled." },
  { type: "incident.opened", description: "An anomaly in an integration's signals opened an incident (volume drop, error spike, stale, dead letters)." },
  { type: "incident.acknowledged", description: "Someone acknowledged an incident: it has an owner working on it." },
  { type: "incident.resolved", description: "An incident was resolved, by a person or because its cause cleared." },
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number]["type"];

export const WEBHOOK_EVENT_TYPE_NAMES = WEBHOOK_EVENT_TYPES.map((entry) => entry.type) as [WebhookEventType, ...WebhookEventType[]];

/** Sent by "Send test event" to one endpoint, whatever it subscribes to; never published to all. */
export const WEBHOOK_TEST_EVENT_TYPE = "webhook.test";
