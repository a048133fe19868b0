import { z } from "zod";

/**
 * Links and external references that systems, integrations and contracts carry alike (decision 042): where the
 * runbook, the dashboard, the code and the docs are, and under which id the record is known in Backstage,
 * ServiceNow and LeanIX. One schema for the forms, the API, the CSV and the JSON export.
 */
export const LINK_KINDS = ["runbook", "dashboard", "repository", "docs", "other"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
export const LINK_KIND_LABELS: Record<LinkKind, string> = {
  runbook: "Runbook",
  dashboard: "Dashboard",
  repository: "Repository",
  docs: "Documentation",
  other: "Other link",
};
export const MAX_LINKS = 20;

const zWebUrl = z
  .string()
  .trim()
  .max(2000, "At most 2,000 characters.")
  // Only web addresses: a javascript: or data: URL would run in the portal when someone follows the link.
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), "An http:// or https:// address, e.g. https://wiki.example.com/runbook.")
  // Stored as the parser writes it (spaces encoded), so the same link reads the same in a form, a CSV cell and an export.
  .transform((value) => new URL(value).href);

export const zRecordLink = z.strictObject({
  kind: z.enum(LINK_KINDS),
  url: zWebUrl,
  title: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : v),
    z.string().trim().max(200, "At most 200 characters.").nullable().optional(),
  ),
});
export type RecordLink = z.infer<typeof zRecordLink>;

export const zRecordLinks = z.array(zRecordLink).max(MAX_LINKS, `At most ${MAX_LINKS} links.`);

/** A Backstage entity reference as Backstage writes it: kind:namespace/name (namespace optional). */
export const BACKSTAGE_REF_PATTERN = /^[A-Za-z][A-Za-z0-9]*:([a-z0-9A-Z][a-z0-9A-Z._-]*\/)?[a-z0-9A-Z][a-z0-9A-Z._-]*$/;

const zOptionalId = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().max(max, `At most ${max} characters.`).nullable().optional());

export const EXTERNAL_REF_FIELDS = ["backstageRef", "serviceNowId", "leanIxId"] as const;
export type ExternalRefField = (typeof EXTERNAL_REF_FIELDS)[number];
export const EXTERNAL_REF_LABELS: Record<ExternalRefField, string> = {
  backstageRef: "Backstage entity",
  serviceNowId: "ServiceNow id",
  leanIxId: "LeanIX id",
};

/** The input fields every record type spreads into its own input schema. */
export const recordLinkFields = {
  links: zRecordLinks.optional(),
  backstageRef: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : v),
    z.string().trim().max(300, "At most 300 characters.").regex(BACKSTAGE_REF_PATTERN, "Like component:default/order-service.").nullable().optional(),
  ),
  serviceNowId: zOptionalId(100),
  leanIxId: zOptionalId(100),
};

/**
 * The fields in the catalog export file (decision 042). Optional with defaults: a file written before records had
 * links still imports.
 */
export const exportedLinkFields = {
  links: zRecordLinks.default([]),
  backstageRef: recordLinkFields.backstageRef.transform((v) => v ?? null),
  serviceNowId: recordLinkFields.serviceNowId.transform((v) => v ?? null),
  leanIxId: recordLinkFields.leanIxId.transform((v) => v ?? null),
};

/** The same fields as every record type answers them. */
export const recordLinkOutputFields = {
  links: z.array(z.object({ kind: z.enum(LINK_KINDS), url: z.string(), title: z.string().nullable().optional() })),
  backstageRef: z.string().nullable(),
  serviceNowId: z.string().nullable(),
  leanIxId: z.string().nullable(),
};

/** A stored `links` column (JSON, null when none) as the list the output schema promises; anything else is dropped. */
export function storedLinks(value: unknown): RecordLink[] {
  const parsed = zRecordLinks.safeParse(value ?? []);
  return parsed.success ? parsed.data : [];
}
