import type { ContractType, ContractVersionStatus } from "@/lib/generated/prisma/enums";
import { buildAsyncApiSpec, type AsyncApiSpecInput } from "../contract-specs/asyncapi";
import { buildJsonSchemaSpec } from "../contract-specs/json-schema";
import { buildOpenApiSpec, type OpenApiOperation, type OpenApiSpecInput } from "../contract-specs/openapi";
import type { FlowDefinition } from "./flows";
import { BILLING_CUSTOMER_STATUS, type GlossaryDefinition } from "./glossary";
import { CUSTOMER_ACCOUNT_RULES, PRODUCT_EVENT_RULES } from "./data-contract-rules";
import type { DataRulesInput } from "@/lib/data-contracts/schemas";

export interface ContractVersionDefinition {
  version: string;
  status: ContractVersionStatus;
  /** null while a version is only proposed. */
  publishedDaysAgo: number | null;
  changelog: string;
  fields: string[];
  required: string[];
  glossary?: Record<string, GlossaryDefinition>;
  /** Executable rules of the version (lib/data-contracts). */
  dataRules?: DataRulesInput;
}

type OpenApiShape = Pick<OpenApiSpecInput, "openapi" | "format" | "resource" | "idField" | "operations" | "auth" | "filters" | "nullable" | "serverUrl">;

export type SpecShape =
  | ({ kind: "openapi" } & OpenApiShape)
  | ({ kind: "asyncapi"; event: string; summary: string } & Pick<AsyncApiSpecInput, "asyncapi">)
  | { kind: "json_schema"; title: string }
  | { kind: "other"; render: (version: ContractVersionDefinition) => string };

export interface ContractDefinition {
  slug: string;
  name: string;
  description: string;
  integrationKey: number;
  type: ContractType;
  shape: SpecShape;
  versions: ContractVersionDefinition[];
}

const API_HOST = "https://api.kestrelridge.example";

const minus = (fields: string[], ...removed: string[]) => fields.filter((field) => !removed.includes(field));

const PRODUCT_EVENT_FIELDS = [
  "sku",
  "gtin",
  "product_name",
  "category",
  "unit_of_measure",
  "material",
  "care_instructions",
  "main_image_url",
  "publication_status",
  "approval_status",
  "compliance_review_status",
  "updated_fields",
  "target_channels",
];
const LISTING_FIELDS = [
  "sku",
  "gtin",
  "product_name",
  "brand",
  "category",
  "main_image_url",
  "package_weight_grams",
  "return_policy_code",
  "list_price",
  "currency",
  "approval_status",
  "publication_status",
  "compliance_review_status",
];
const CATALOG_FIELDS = [
  "sku",
  "product_name",
  "category",
  "unit_of_measure",
  "case_pack_quantity",
  "list_price",
  "currency",
  "approval_status",
  "publication_status",
];
const ORDER_API_FIELDS = [
  "order_id",
  "customer_id",
  "channel",
  "order_status",
  "gross_revenue",
  "discount_amount",
  "net_revenue",
  "tax_amount",
  "currency",
  "ordered_at",
  "cancelled_at",
];
const CUSTOMER_ACCOUNT_FIELDS = [
  "account_id",
  "customer_id",
  "legal_name",
  "billing_address",
  "tax_region",
  "customer_status",
  "billing_contact_email",
  "currency",
];
const FINANCE_SYNC_FIELDS = [
  "account_id",
  "sap_customer_number",
  "legal_name",
  "tax_region",
  "credit_limit",
  "credit_status",
  "invoice_id",
  "invoice_amount",
  "open_balance",
  "currency",
  "payment_status",
];
const USAGE_FIELDS = ["customer_id", "account_id", "active_days", "weekly_sessions", "feature_tags", "last_seen_at"];
const SUBSCRIPTION_FIELDS = ["subscription_id", "account_id", "subscription_status", "previous_status", "mrr_amount", "currency", "changed_at"];
const COMPETITOR_FIELDS = ["competitor_sku", "sku", "competitor_name", "competitor_price", "currency", "is_in_stock", "observed_at", "source_url"];

/** Contracts written by hand because their history tells a story (breaking changes, consumers left behind). */
export const CURATED_CONTRACTS: ContractDefinition[] = [
  {
    slug: "product-events",
    name: "Product Events",
    integrationKey: 1,
    type: "asyncapi",
    description: "product.attribute_updated: the PIM's change feed for every channel that publishes products.",
    shape: {
      kind: "asyncapi",
      asyncapi: "2.6.0",
      event: "product.attribute_updated",
      summary: "A product's attributes, approval or publication state changed in the PIM.",
    },
    versions: [
      {
        version: "1.0.0",
        status: "deprecated",
        publishedDaysAgo: 540,
        changelog: "First version: attribute changes with publication_status.",
        fields: minus(PRODUCT_EVENT_FIELDS, "compliance_review_status", "target_channels"),
        required: ["sku", "product_name", "publication_status"],
      },
      {
        version: "2.0.0",
        status: "active",
        publishedDaysAgo: 120,
        changelog:
          "BREAKING: approval_status is required and unapproved records are no longer emitted to channel topics. Added compliance_review_status and target_channels so consumers can route per channel.",
        fields: PRODUCT_EVENT_FIELDS,
        required: ["sku", "product_name", "category", "unit_of_measure", "publication_status", "approval_status"],
        dataRules: PRODUCT_EVENT_RULES,
      },
    ],
  },
  {
    slug: "marketplace-us-listing-feed",
    name: "Amazon US Listing Feed",
    integrationKey: 2,
    type: "json_schema",
    description: "One listing as sent to SP-API, after Kestrel Ridge's channel rules for marketplace_us.",
    shape: { kind: "json_schema", title: "MarketplaceUsListing" },
    versions: [
      {
        version: "1.0.0",
        status: "retired",
        publishedDaysAgo: 700,
        changelog: "First version.",
        fields: minus(LISTING_FIELDS, "return_policy_code", "compliance_review_status"),
        required: ["sku", "gtin", "product_name", "brand"],
      },
      {
        version: "1.1.0",
        status: "active",
        publishedDaysAgo: 200,
        changelog: "return_policy_code and compliance_review_status added; Amazon made the return policy mandatory for apparel.",
        fields: LISTING_FIELDS,
        required: ["sku", "gtin", "product_name", "brand", "main_image_url", "package_weight_grams", "return_policy_code"],
      },
      {
        version: "2.0.0",
        status: "proposed",
        publishedDaysAgo: null,
        changelog: "Proposed: list_price becomes an object with amount and currency to support the Canada marketplace.",
        fields: LISTING_FIELDS,
        required: ["sku", "gtin", "product_name", "brand", "main_image_url", "package_weight_grams", "return_policy_code", "currency"],
      },
    ],
  },
  {
    slug: "product-catalog-api",
    name: "Product Catalog API",
    integrationKey: 3,
    type: "openapi",
    description: "Read access to approved products for internal channels.",
    shape: {
      kind: "openapi",
      openapi: "3.1.0",
      format: "yaml",
      resource: "Product",
      idField: "sku",
      operations: ["list", "get"],
      auth: "oauth2",
      filters: ["category", "publication_status"],
      nullable: ["case_pack_quantity"],
      serverUrl: `${API_HOST}/catalog/v2`,
    },
    versions: [
      {
        version: "1.4.0",
        status: "deprecated",
        publishedDaysAgo: 610,
        changelog: "Added updated_since for incremental sync.",
        fields: minus(CATALOG_FIELDS, "approval_status", "case_pack_quantity"),
        required: ["sku", "product_name"],
      },
      {
        version: "2.0.0",
        status: "active",
        publishedDaysAgo: 150,
        changelog: "BREAKING: only approved products are returned; approval_status exposed; price moved to list_price + currency.",
        fields: CATALOG_FIELDS,
        required: ["sku", "product_name", "category", "unit_of_measure", "approval_status"],
      },
      {
        version: "2.1.0",
        status: "proposed",
        publishedDaysAgo: null,
        changelog: "Proposed: case_pack_quantity becomes required for the sales_portal channel.",
        fields: CATALOG_FIELDS,
        required: ["sku", "product_name", "category", "unit_of_measure", "approval_status", "case_pack_quantity"],
      },
    ],
  },
  {
    slug: "inventory-availability-api",
    name: "Inventory Availability API",
    integrationKey: 10,
    type: "openapi",
    description: "Available-to-promise stock per SKU and location.",
    shape: {
      kind: "openapi",
      openapi: "3.0.3",
      format: "json",
      resource: "Inventory Position",
      idField: "sku",
      operations: ["list", "get"],
      auth: "oauth2",
      filters: ["location_id"],
      serverUrl: `${API_HOST}/inventory/v1`,
    },
    versions: [
      {
        version: "1.0.0",
        status: "active",
        publishedDaysAgo: 400,
        changelog: "First version.",
        fields: ["sku", "location_id", "available_quantity", "on_order_quantity", "days_of_cover"],
        required: ["sku", "location_id", "available_quantity"],
      },
    ],
  },
  {
    slug: "margin-api",
    name: "Margin API",
    integrationKey: 11,
    type: "openapi",
    description: "Unit and landed cost, margin and price floors per SKU. Confidential.",
    shape: {
      kind: "openapi",
      openapi: "3.1.0",
      format: "json",
      resource: "Cost",
      idField: "sku",
      operations: ["list", "get"],
      auth: "oauth2",
      serverUrl: `${API_HOST}/margin/v1`,
    },
    versions: [
      {
        version: "1.0.0",
        status: "deprecated",
        publishedDaysAgo: 380,
        changelog: "First version.",
        fields: ["sku", "unit_cost", "margin_pct", "currency"],
        required: ["sku", "unit_cost"],
      },
      {
        version: "1.1.0",
        status: "active",
        publishedDaysAgo: 90,
        changelog: "Added landed_cost and floor_price; margin_pct is now computed on landed cost, so values drop by 2-4 points.",
        fields: ["sku", "unit_cost", "landed_cost", "margin_pct", "floor_price", "currency"],
        required: ["sku", "unit_cost", "landed_cost", "floor_price"],
      },
    ],
  },
  {
    slug: "competitor-signal-feed",
    name: "Competitor Signal Feed",
    integrationKey: 12,
    type: "json_schema",
    description: "One competitor price observation. Licensed for internal analytics and pricing only.",
    shape: { kind: "json_schema", title: "CompetitorPriceObservation" },
    versions: [
      {
        version: "1.0.0",
        status: "active",
        publishedDaysAgo: 300,
        changelog: "First version.",
        fields: COMPETITOR_FIELDS,
        required: ["competitor_sku", "competitor_name", "competitor_price", "currency", "observed_at"],
      },
      {
        version: "2.0.0",
        status: "proposed",
        publishedDaysAgo: null,
        changelog: "Proposed: drop source_url (licence forbids storing it) and add promotion flags.",
        fields: [...minus(COMPETITOR_FIELDS, "source_url"), "is_promotion"],
        required: ["competitor_sku", "competitor_name", "competitor_price", "currency", "observed_at"],
      },
    ],
  },
  {
    slug: "pricing-features",
    name: "Pricing Feature Vector",
    integrationKey: 13,
    type: "json_schema",
    description: "Online features the pricing model reads at inference time.",
    shape: { kind: "json_schema", title: "PricingFeatureVector" },
    versions: [
      {
        version: "1.0.0",
        status: "active",
        publishedDaysAgo: 210,
        changelog: "First version.",
        fields: ["sku", "price_elasticity_score", "sell_through_rate", "return_rate", "demand_index", "feature_timestamp"],
        required: ["sku", "feature_timestamp"],
      },
    ],
  },
  {
    slug: "order-api",
    name: "Order API",
    integrationKey: 21,
    type: "openapi",
    description: "Orders from every channel with revenue fields; the source of revenue reporting.",
    shape: {
      kind: "openapi",
      openapi: "3.1.0",
      format: "yaml",
      resource: "Order",
      idField: "order_id",
      operations: ["list", "get"],
      auth: "oauth2",
      filters: ["channel", "order_status"],
      nullable: ["cancelled_at"],
      serverUrl: `${API_HOST}/orders/v2`,
    },
    versions: [
      {
        version: "1.0.0",
        status: "retired",
        publishedDaysAgo: 900,
        changelog: "First version: order totals only.",
        fields: ["order_id", "customer_id", "channel", "order_status", "order_total", "currency", "ordered_at"],
        required: ["order_id", "order_total"],
      },
      {
        version: "2.0.0",
        status: "deprecated",
        publishedDaysAgo: 420,
        changelog:
          "BREAKING: order_total split into gross_revenue, discount_amount, net_revenue and tax_amount. Cancelled orders are omitted from list results.",
        fields: minus(ORDER_API_FIELDS, "cancelled_at"),
        required: ["order_id", "net_revenue", "currency"],
      },
      {
        version: "2.1.0",
        status: "active",
        publishedDaysAgo: 60,
        changelog:
          "Cancelled orders are now returned with order_status = cancelled and cancelled_at set, instead of being omitted. Revenue consumers must filter on order_status or their totals will rise.",
        fields: ORDER_API_FIELDS,
        required: ["order_id", "order_status", "net_revenue", "currency", "ordered_at"],
      },
    ],
  },
  {
    slug: "order-events",
    name: "Order Events",
    integrationKey: 22,
    type: "asyncapi",
    description: "order.status_changed on the Kafka backbone.",
    shape: { kind: "asyncapi", asyncapi: "3.0.0", event: "order.status_changed", summary: "An order moved to a new status." },
    versions: [
      {
        version: "1.0.0",
        status: "active",
        publishedDaysAgo: 330,
        changelog: "First version.",
        fields: ["order_id", "order_status", "previous_status", "channel", "order_total", "currency"],
        required: ["order_id", "order_status"],
      },
      {
        version: "1.1.0",
        status: "proposed",
        publishedDaysAgo: null,
        changelog: "Proposed: add net_revenue so analytics can stop calling the Order API.",
        fields: ["order_id", "order_status", "previous_status", "channel", "order_total", "net_revenue", "currency"],
        required: ["order_id", "order_status"],
      },
    ],
  },
  {
    slug: "customer-account-sync",
    name: "Customer Account Sync API",
    integrationKey: 40,
    type: "openapi",
    description: "Bill-to accounts mastered in Salesforce, written to Zuora through MuleSoft.",
    shape: {
      kind: "openapi",
      openapi: "3.0.3",
      format: "yaml",
      resource: "Customer Account",
      idField: "account_id",
      operations: ["create", "get", "update"],
      auth: "oauth2",
      nullable: ["billing_contact_email"],
      serverUrl: `${API_HOST}/process/customer-accounts/v4`,
    },
    versions: [
      {
        version: "3.2.0",
        status: "deprecated",
        publishedDaysAgo: 500,
        changelog: "Added billing_contact_email.",
        fields: minus(CUSTOMER_ACCOUNT_FIELDS, "tax_region"),
        required: ["account_id", "legal_name"],
      },
      {
        version: "4.0.0",
        status: "active",
        publishedDaysAgo: 75,
        changelog:
          "BREAKING: tax_region replaces the free-text state field. legal_name and tax_region changes now return 202 and wait for Finance Systems review.",
        fields: CUSTOMER_ACCOUNT_FIELDS,
        required: ["account_id", "legal_name", "tax_region", "currency"],
        dataRules: CUSTOMER_ACCOUNT_RULES,
      },
    ],
  },
  {
    slug: "customer-events",
    name: "Customer Events",
    integrationKey: 41,
    type: "asyncapi",
    description: "customer.updated for systems that mirror the customer master.",
    shape: { kind: "asyncapi", asyncapi: "2.6.0", event: "customer.updated", summary: "Customer or account attributes changed in Salesforce." },
    versions: [
      {
        version: "1.0.0",
        status: "active",
        publishedDaysAgo: 260,
        changelog: "First version.",
        fields: ["account_id", "customer_id", "display_name", "customer_status", "support_tier", "primary_contact_email", "phone"],
        required: ["account_id", "customer_status"],
      },
      {
        version: "1.1.0",
        status: "proposed",
        publishedDaysAgo: null,
        changelog: "Proposed: add changed_fields so subscribers can ignore irrelevant updates.",
        fields: ["account_id", "customer_id", "display_name", "customer_status", "support_tier", "primary_contact_email", "phone", "changed_fields"],
        required: ["account_id", "customer_status", "changed_fields"],
      },
    ],
  },
  {
    slug: "finance-sync-api",
    name: "ERP–CRM Finance Sync API",
    integrationKey: 44,
    type: "openapi",
    description: "Process API between Salesforce and SAP: accounts one way, credit and invoices the other.",
    shape: {
      kind: "openapi",
      openapi: "3.0.3",
      format: "yaml",
      resource: "Finance Account",
      idField: "account_id",
      operations: ["list", "get", "update"],
      auth: "oauth2",
      filters: ["credit_status"],
      serverUrl: `${API_HOST}/process/finance-sync/v1`,
    },
    versions: [
      {
        version: "1.0.0",
        status: "deprecated",
        publishedDaysAgo: 450,
        changelog: "First version.",
        fields: minus(FINANCE_SYNC_FIELDS, "payment_status"),
        required: ["account_id", "sap_customer_number"],
      },
      {
        version: "1.1.0",
        status: "active",
        publishedDaysAgo: 140,
        changelog: "Added payment_status. credit_limit is now read-only from CRM: SAP is its master.",
        fields: FINANCE_SYNC_FIELDS,
        required: ["account_id", "sap_customer_number", "currency"],
      },
    ],
  },
  {
    slug: "billing-account-api",
    name: "Billing Account API",
    integrationKey: 49,
    type: "openapi",
    description: "Zuora billing accounts as exposed to CRM.",
    shape: {
      kind: "openapi",
      openapi: "3.1.0",
      format: "json",
      resource: "Billing Account",
      idField: "account_id",
      operations: ["get", "update"],
      auth: "oauth2",
      serverUrl: `${API_HOST}/billing/v2`,
    },
    versions: [
      {
        version: "2.0.0",
        status: "active",
        publishedDaysAgo: 230,
        changelog: "Exposes billing's customer_status alongside subscription status.",
        fields: ["account_id", "subscription_id", "subscription_status", "customer_status", "mrr_amount", "currency", "renewal_date"],
        required: ["account_id", "subscription_status"],
        glossary: { customer_status: BILLING_CUSTOMER_STATUS },
      },
    ],
  },
  {
    slug: "subscription-events",
    name: "Subscription Events",
    integrationKey: 52,
    type: "asyncapi",
    description: "subscription.changed from Zuora.",
    shape: { kind: "asyncapi", asyncapi: "3.0.0", event: "subscription.changed", summary: "A Trail Club membership changed status or price." },
    versions: [
      {
        version: "1.0.0",
        status: "deprecated",
        publishedDaysAgo: 480,
        changelog: "First version; carried billing's customer_status.",
        fields: ["subscription_id", "account_id", "customer_status", "mrr_amount", "currency", "changed_at"],
        required: ["subscription_id", "customer_status"],
        glossary: { customer_status: BILLING_CUSTOMER_STATUS },
      },
      {
        version: "2.0.0",
        status: "active",
        publishedDaysAgo: 100,
        changelog: "BREAKING: customer_status replaced by subscription_status and previous_status; it was being joined to CRM's customer_status by mistake.",
        fields: SUBSCRIPTION_FIELDS,
        required: ["subscription_id", "subscription_status", "changed_at"],
      },
    ],
  },
  {
    slug: "bank-statement-file",
    name: "Bank Statement File (BAI2)",
    integrationKey: 54,
    type: "other",
    description: "The bank's BAI2 layout and the record types SAP reconciles on.",
    shape: {
      kind: "other",
      render: (version) =>
        [
          `BAI2 bank statement file, Kestrel Ridge profile ${version.version}`,
          "Delivery: SFTP /inbound/bank/jpm/, one file per business day by 06:00 ET, name JPM_BAI2_YYYYMMDD.txt",
          "Records:",
          "  01 File header      sender id, receiver id, file creation date/time, file id",
          "  02 Group header     originator (bank) id, as-of date, currency (USD)",
          "  03 Account id       bank_account_id, opening/closing ledger balance (type codes 010, 015)",
          "  16 Transaction      type code, amount (implied 2 decimals), funds type, transaction_reference, counterparty_name",
          "  88 Continuation     continues the previous record's text",
          "  49 Account trailer  account control total, record count",
          "  98 Group trailer / 99 File trailer  control totals",
          "Validation: control totals must match; a file with a mismatched 99 record is quarantined, not partially loaded.",
        ].join("\n"),
    },
    versions: [
      {
        version: "1.0.0",
        status: "active",
        publishedDaysAgo: 800,
        changelog: "Agreed with J.P. Morgan at onboarding.",
        fields: ["bank_account_id", "statement_date", "transaction_reference", "amount", "currency", "value_date", "counterparty_name"],
        required: ["bank_account_id", "statement_date", "amount"],
      },
    ],
  },
  {
    slug: "support-ticket-events",
    name: "Support Ticket Events",
    integrationKey: 66,
    type: "asyncapi",
    description: "ticket.updated from Zendesk.",
    shape: { kind: "asyncapi", asyncapi: "3.0.0", event: "ticket.updated", summary: "A support ticket changed status, priority or was reopened." },
    versions: [
      {
        version: "1.0.0",
        status: "active",
        publishedDaysAgo: 190,
        changelog: "First version.",
        fields: ["ticket_id", "customer_id", "ticket_status", "priority", "reopened_count", "first_response_minutes"],
        required: ["ticket_id", "ticket_status"],
      },
    ],
  },
  {
    slug: "product-usage-events",
    name: "Product Usage Summary",
    integrationKey: 69,
    type: "json_schema",
    description: "Hourly usage aggregate per member.",
    shape: { kind: "json_schema", title: "UsageSummary" },
    versions: [
      {
        version: "1.0.0",
        status: "deprecated",
        publishedDaysAgo: 360,
        changelog: "First version.",
        fields: ["customer_id", "active_days", "weekly_sessions", "last_seen_at"],
        required: ["customer_id"],
      },
      {
        version: "1.1.0",
        status: "active",
        publishedDaysAgo: 45,
        changelog: "Added account_id and feature_tags; weekly_sessions now excludes sessions under 10 seconds.",
        fields: USAGE_FIELDS,
        required: ["customer_id", "account_id", "last_seen_at"],
      },
    ],
  },
];

// API integrations where the caller writes into the target's API; for the rest the target reads from the source.
const PUSH_API_KEYS = new Set([14, 20, 25, 29, 31, 33, 34, 43, 45, 49, 70, 75, 83, 87, 94]);

/** The contract a flow gets when nobody wrote a curated one: derived from what the flow already records. */
export function derivedContract(flow: FlowDefinition): ContractDefinition {
  const required = flow.fields.slice(0, 2);
  const version: ContractVersionDefinition =
    flow.lifecycle === "planned"
      ? {
          version: "0.1.0",
          status: "proposed",
          publishedDaysAgo: null,
          changelog: "Draft agreed in the design review; not yet implemented.",
          fields: flow.fields,
          required,
        }
      : {
          version: `1.${flow.key % 3}.0`,
          status: flow.lifecycle === "retired" ? "retired" : flow.lifecycle === "deprecated" ? "deprecated" : "active",
          publishedDaysAgo: 30 + ((flow.key * 37) % 500),
          changelog: flow.key % 3 === 0 ? "First version." : "Added optional fields requested by the consumer; no breaking changes.",
          fields: flow.fields,
          required,
        };
  const slug = flow.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const base = { slug, integrationKey: flow.key, versions: [version], description: flow.description };
  switch (flow.mechanism) {
    case "api_call": {
      const push = PUSH_API_KEYS.has(flow.key);
      const operations: OpenApiOperation[] = push ? ["create", "get", "update"] : ["list", "get"];
      return {
        ...base,
        name: `${flow.objects[0]} API: ${flow.name}`,
        type: "openapi",
        shape: {
          kind: "openapi",
          openapi: flow.key % 2 === 0 ? "3.0.3" : "3.1.0",
          format: flow.key % 3 === 0 ? "json" : "yaml",
          resource: flow.objects[0],
          idField: flow.fields[0],
          operations,
          auth: flow.key % 4 === 0 ? "apiKey" : "oauth2",
          serverUrl: `${API_HOST}/${push ? flow.to : flow.from}/v${version.version.split(".")[0]}`,
        },
      };
    }
    case "event_message":
      return {
        ...base,
        name: `${flow.objects[0]} events: ${flow.name}`,
        type: "asyncapi",
        shape: {
          kind: "asyncapi",
          asyncapi: flow.key % 2 === 0 ? "3.0.0" : "2.6.0",
          event: `${flow.objects[0].toLowerCase().replace(/[^a-z]+/g, "_")}.changed`,
          summary: flow.description,
        },
      };
    default:
      return {
        ...base,
        name: `${flow.objects[0]} record schema: ${flow.name}`,
        type: "json_schema",
        shape: { kind: "json_schema", title: flow.objects[0].replace(/[^A-Za-z0-9]+/g, "") },
      };
  }
}

export function renderSpec(contract: ContractDefinition, version: ContractVersionDefinition): string {
  const { shape } = contract;
  const description = `${contract.description} ${version.changelog}`;
  switch (shape.kind) {
    case "openapi": {
      return buildOpenApiSpec({
        openapi: shape.openapi,
        format: shape.format,
        resource: shape.resource,
        idField: shape.idField,
        operations: shape.operations,
        auth: shape.auth,
        filters: shape.filters,
        nullable: shape.nullable,
        // The base path carries the major version, so a 1.x document must not advertise the v2 server.
        serverUrl: shape.serverUrl.replace(/\/v\d+$/, `/v${version.version.split(".")[0]}`),
        title: contract.name,
        version: version.version,
        description,
        fields: version.fields,
        required: version.required,
      });
    }
    case "asyncapi":
      return buildAsyncApiSpec({
        asyncapi: shape.asyncapi,
        title: contract.name,
        version: version.version,
        description,
        events: [{ name: shape.event, summary: shape.summary, fields: version.fields, required: version.required }],
      });
    case "json_schema":
      return buildJsonSchemaSpec({
        id: `https://schemas.kestrelridge.example/${contract.slug}/${version.version}.json`,
        title: shape.title,
        description,
        fields: version.fields,
        required: version.required,
      });
    case "other":
      return shape.render(version);
  }
}
