import { z } from "zod";

// read: GET only; read_write: everything the owner's role allows; decisions: only routing decisions (issue #17);
// signals:write: only reporting live signals (decision 033); metrics:read: only scraping /metrics (decision 052).
export const API_TOKEN_SCOPES = ["read", "read_write", "decisions", "signals:write", "metrics:read"] as const;
export const zApiTokenScope = z.enum(API_TOKEN_SCOPES);
export const TOKEN_SCOPE_LABELS: Record<(typeof API_TOKEN_SCOPES)[number], string> = {
  read: "read",
  read_write: "read-write",
  decisions: "decisions only",
  "signals:write": "report signals only",
  "metrics:read": "scrape metrics only",
};
export type ApiTokenScope = z.infer<typeof zApiTokenScope>;

export const MAX_TOKEN_LIFETIME_DAYS = 366;

// Unlike the shared emptyAsUndefined, an API client's explicit null also means "never expires".
const blankOrNullAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/** The largest token request the API accepts: a name, a scope and an expiry. */
export const API_TOKEN_BODY_BYTES = 4096;

/** What a person fills in to create a token; `expiresInDays` empty means the token never expires. */
export const zCreateApiTokenInput = z.strictObject({
  name: z.string().trim().min(1, "Give the token a name, e.g. the script that uses it.").max(100),
  scope: zApiTokenScope,
  expiresInDays: z.preprocess(blankOrNullAsUndefined, z.coerce.number().int().min(1).max(MAX_TOKEN_LIFETIME_DAYS).optional()),
});
export type CreateApiTokenInput = z.infer<typeof zCreateApiTokenInput>;

export const zApiTokenOutput = z.object({
  id: z.string(),
  name: z.string(),
  scope: zApiTokenScope,
  prefix: z.string().describe("The first characters of the secret, to tell tokens apart."),
  createdAt: z.date(),
  expiresAt: z.date().nullable(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});
export type ApiTokenOutput = z.infer<typeof zApiTokenOutput>;

/** The answer to a creation: the only time the secret is ever shown. */
export const zCreatedApiTokenOutput = z.object({
  token: zApiTokenOutput,
  secret: z.string().describe("Send it as `Authorization: Bearer <secret>`. It is not stored and cannot be shown again."),
});
export type CreatedApiTokenOutput = z.infer<typeof zCreatedApiTokenOutput>;

export const zApiTokenIdParams = z.object({ id: z.string().max(100) });
