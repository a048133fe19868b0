import type { DataRulesInput } from "@/lib/data-contracts/schemas";
import type { DecisionOutcome } from "@/lib/generated/prisma/enums";

/**
 * The source documents' stories as executable rules (issue #17): PIM product updates reach ecommerce,
 * marketplace_us and sales_portal only when approved, marketplace_us needs a GTIN and an image, CRM legal-name and
 * tax-region changes wait for finance review, and the same customer sent twice in a day goes to duplicate review.
 */

const CHANNELS = '["ecommerce", "marketplace_us", "sales_portal", "analytics"]';

/** product-events 2.0.0 (INT-0001): the payload schema is the AsyncAPI message; 20 rules on top of it. */
export const PRODUCT_EVENT_RULES: DataRulesInput = {
  schemaPointer: "/components/schemas/ProductAttributeUpdated",
  personalFields: [],
  rules: [
    {
      id: "approved-only",
      kind: "approval_gate",
      expression: 'payload.approval_status == "approved"',
      message: "Only approved product records are published to channels; this one waits for merchandising.",
      pointer: "/approval_status",
      route: "manual_review",
      handler: "product-data",
    },
    {
      id: "integration-approved",
      kind: "approval_gate",
      expression: 'integration.approval_state == "approved"',
      message: "The integration itself is not approved for publishing.",
      route: "access_review",
      handler: "integration-governance",
    },
    {
      id: "from-the-pim",
      kind: "field",
      expression: 'payload.source_system == "akeneo-pim"',
      message: "Product updates are accepted from the PIM only.",
      pointer: "/source_system",
      route: "access_review",
      handler: "security-operations",
    },
    {
      id: "event-type",
      kind: "field",
      expression: 'payload.event_type == "product.attribute_updated"',
      message: "Only product.attribute_updated events travel on this feed.",
      pointer: "/event_type",
      route: "escalate",
    },
    {
      id: "has-targets",
      kind: "field",
      expression: "size(targets) > 0",
      message: "Name at least one target channel.",
      pointer: "/target_channels",
      route: "quarantine",
    },
    {
      id: "known-targets",
      kind: "field",
      expression: `targets.all(t, t in ${CHANNELS})`,
      message: "A target channel this integration does not serve.",
      pointer: "/target_channels",
      route: "escalate",
    },
    {
      id: "name-not-blank",
      kind: "field",
      expression: 'payload.product_name.matches("[^ ]")',
      message: "The product name is blank.",
      pointer: "/product_name",
      route: "quarantine",
    },
    {
      id: "name-length",
      kind: "field",
      severity: "warning",
      expression: "size(payload.product_name) <= 150",
      message: "Channels cut product names after 150 characters.",
      pointer: "/product_name",
      route: "quarantine",
    },
    {
      id: "gtin-check-digit-length",
      kind: "field",
      expression: "!has(payload.gtin) || size(payload.gtin) in [8, 12, 13, 14]",
      message: "A GTIN has 8, 12, 13 or 14 digits.",
      pointer: "/gtin",
      route: "quarantine",
    },
    {
      id: "apparel-material",
      kind: "field",
      expression: '!(payload.category == "apparel") || has(payload.material)',
      message: "Apparel needs its material.",
      pointer: "/material",
      route: "quarantine",
    },
    {
      id: "apparel-care",
      kind: "field",
      severity: "warning",
      expression: '!(payload.category == "apparel") || has(payload.care_instructions)',
      message: "Apparel should carry care instructions.",
      pointer: "/care_instructions",
      route: "quarantine",
    },
    {
      id: "updated-fields-listed",
      kind: "field",
      expression: "has(payload.updated_fields) && size(payload.updated_fields) > 0",
      message: "Say which attributes changed.",
      pointer: "/updated_fields",
      route: "escalate",
    },
    {
      id: "compliance-failed",
      kind: "blocked",
      expression: 'has(payload.compliance_review_status) && payload.compliance_review_status == "failed"',
      message: "Failed compliance review: never published.",
      pointer: "/compliance_review_status",
      route: "manual_review",
      handler: "compliance",
    },
    {
      id: "withdrawn",
      kind: "blocked",
      expression: 'payload.publication_status == "withdrawn"',
      message: "A withdrawn product is not published again by an attribute update.",
      pointer: "/publication_status",
      route: "manual_review",
      handler: "product-data",
    },
    {
      id: "marketplace-gtin",
      kind: "channel_requirement",
      channel: "marketplace_us",
      expression: "has(payload.gtin)",
      message: "marketplace_us needs a GTIN.",
      pointer: "/gtin",
      route: "quarantine",
      handler: "marketplace-ops",
    },
    {
      id: "marketplace-image",
      kind: "channel_requirement",
      channel: "marketplace_us",
      expression: 'has(payload.main_image_url) && payload.main_image_url.startsWith("https://")',
      message: "marketplace_us needs at least one image (https).",
      pointer: "/main_image_url",
      route: "quarantine",
      handler: "marketplace-ops",
    },
    {
      id: "ecommerce-image",
      kind: "channel_requirement",
      channel: "ecommerce",
      expression: "has(payload.main_image_url)",
      message: "The storefront shows no product without an image.",
      pointer: "/main_image_url",
      route: "quarantine",
    },
    {
      id: "sales-portal-unit",
      kind: "channel_requirement",
      channel: "sales_portal",
      expression: "has(payload.unit_of_measure)",
      message: "B2B buyers order by unit of measure.",
      pointer: "/unit_of_measure",
      route: "quarantine",
    },
    {
      id: "sales-portal-category",
      kind: "channel_requirement",
      channel: "sales_portal",
      expression: 'payload.category != "sample"',
      message: "Samples are not sold on the sales portal.",
      pointer: "/category",
      route: "manual_review",
      handler: "product-data",
    },
    {
      id: "retried-event",
      kind: "duplicate_window",
      expression: "payload.event_id",
      windowMinutes: 60,
      message: "This event was delivered in the last hour: a retry.",
      pointer: "/event_id",
      route: "duplicate",
    },
  ],
};

/** customer-account-sync 4.0.0 (INT-0040): CRM account changes towards billing. */
export const CUSTOMER_ACCOUNT_RULES: DataRulesInput = {
  // The CRM sends partial updates with changed_fields, which the API's resource schema does not describe: the
  // rules check what matters instead of the whole resource shape.
  schemaPointer: null,
  personalFields: ["/legal_name", "/billing_address", "/billing_contact_email"],
  rules: [
    {
      id: "account-id",
      kind: "field",
      expression: 'has(payload.account_id) && payload.account_id != ""',
      message: "Every account update names its account_id.",
      pointer: "/account_id",
      route: "quarantine",
    },
    {
      id: "legal-name-review",
      kind: "field",
      expression: '!has(payload.changed_fields) || !("legal_name" in payload.changed_fields)',
      message: "Legal-name changes wait for finance review before billing uses them.",
      pointer: "/legal_name",
      route: "manual_review",
      handler: "finance-systems",
    },
    {
      id: "tax-region-review",
      kind: "field",
      expression: '!has(payload.changed_fields) || !("tax_region" in payload.changed_fields)',
      message: "Tax-region changes wait for finance review.",
      pointer: "/tax_region",
      route: "manual_review",
      handler: "finance-systems",
    },
    {
      id: "eu-tax-region",
      kind: "field",
      expression:
        '!has(payload.country) || !(payload.country in ["AT", "BE", "DE", "DK", "ES", "FI", "FR", "IE", "IT", "NL", "PL", "SE"]) || has(payload.tax_region)',
      message: "tax_region is required when the country is in the EU.",
      pointer: "/tax_region",
      route: "quarantine",
    },
    {
      id: "currency",
      kind: "field",
      expression: '!has(payload.currency) || payload.currency.matches("^[A-Z]{3}$")',
      message: "An ISO 4217 currency code.",
      pointer: "/currency",
      route: "escalate",
    },
    {
      id: "same-customer",
      kind: "duplicate_window",
      expression: "payload.customer_id",
      windowMinutes: 1440,
      message: "The same customer record was delivered in the last 24 hours.",
      pointer: "/customer_id",
      route: "duplicate",
      handler: "data-operations",
    },
  ],
};

export interface DemoSample {
  name: string;
  payload: Record<string, unknown>;
  targets?: string[];
  /** What the demo's rules decide for it (checked by test/unit/data-contracts/demo-rules.test.ts). */
  expected: DecisionOutcome;
}

const product = (overrides: Record<string, unknown> = {}) => ({
  event_id: "evt-48192-0001",
  event_type: "product.attribute_updated",
  occurred_at: "2026-06-17T11:15:00Z",
  source_system: "akeneo-pim",
  sku: "SKU-48192",
  gtin: "09506000134352",
  product_name: "Ridgeline Merino Base Layer",
  category: "apparel",
  unit_of_measure: "each",
  material: "merino wool",
  care_instructions: "Wash cold, lay flat to dry.",
  main_image_url: "https://media.kestrelridge.example/sku-48192/front.jpg",
  publication_status: "ready",
  approval_status: "approved",
  compliance_review_status: "passed",
  updated_fields: ["product_title", "material", "care_instructions"],
  target_channels: ["ecommerce", "marketplace_us", "sales_portal"],
  ...overrides,
});

export const PRODUCT_EVENT_SAMPLES: DemoSample[] = [
  { name: "Approved update for every channel (the seeds' example)", payload: product(), expected: "deliver" },
  { name: "Pending approval", payload: product({ event_id: "evt-2", approval_status: "pending" }), expected: "manual_review" },
  { name: "No GTIN, for marketplace_us", payload: product({ event_id: "evt-3", gtin: undefined }), expected: "quarantine" },
  { name: "No GTIN, storefront only", payload: product({ event_id: "evt-4", gtin: undefined, target_channels: ["ecommerce"] }), expected: "deliver" },
  { name: "Failed compliance review", payload: product({ event_id: "evt-5", compliance_review_status: "failed" }), expected: "manual_review" },
  { name: "Sent by another system", payload: product({ event_id: "evt-6", source_system: "storefront" }), expected: "access_review" },
  { name: "Unknown approval value", payload: product({ event_id: "evt-7", approval_status: "maybe" }), expected: "escalate" },
];

const account = (overrides: Record<string, unknown> = {}) => ({
  account_id: "ACC-10442",
  customer_id: "CUS-88120",
  legal_name: "Alpine Outfitters GmbH",
  country: "DE",
  tax_region: "DE-BY",
  currency: "EUR",
  billing_contact_email: "ap@alpine-outfitters.example",
  changed_fields: ["billing_contact_email"],
  ...overrides,
});

export const CUSTOMER_ACCOUNT_SAMPLES: DemoSample[] = [
  { name: "Billing contact changed", payload: account(), expected: "deliver" },
  { name: "Legal name changed", payload: account({ customer_id: "CUS-2", changed_fields: ["legal_name"] }), expected: "manual_review" },
  { name: "Tax region changed", payload: account({ customer_id: "CUS-3", changed_fields: ["tax_region"] }), expected: "manual_review" },
  { name: "EU account without tax region", payload: account({ customer_id: "CUS-4", tax_region: undefined }), expected: "quarantine" },
];
