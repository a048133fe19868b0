import type { Criticality, Lifecycle, SystemKind } from "@/lib/generated/prisma/enums";
import type { TeamSlug } from "./organisation";

export interface SystemDefinition {
  slug: string;
  name: string;
  kind: SystemKind;
  domain: string;
  vendor: string;
  team: TeamSlug | null;
  tier: Criticality;
  lifecycle?: Lifecycle;
  external?: boolean;
  description: string;
}

export const SYSTEMS = [
  { slug: "salesforce-crm", name: "Salesforce Sales Cloud", kind: "crm", domain: "Sales", vendor: "Salesforce", team: "revenue-operations", tier: "tier1", description: "Customer master for B2B accounts and Trail Club members; opportunities and account status." },
  { slug: "hubspot-marketing", name: "HubSpot Marketing Hub", kind: "crm", domain: "Marketing", vendor: "HubSpot", team: "revenue-operations", tier: "tier3", description: "Email campaigns, lead capture and retention journeys." },
  { slug: "sap-s4", name: "SAP S/4HANA", kind: "erp", domain: "Finance", vendor: "SAP", team: "finance-systems", tier: "tier1", description: "General ledger, accounts receivable/payable, purchasing and the customer credit master." },
  { slug: "dynamics-ax", name: "Dynamics AX 2012 (outlet ERP)", kind: "erp", domain: "Finance", vendor: "Microsoft", team: "finance-systems", tier: "tier3", lifecycle: "deprecated", description: "Legacy ERP still running the outlet stores; decommission planned after the SAP rollout." },
  { slug: "akeneo-pim", name: "Akeneo PIM", kind: "pim", domain: "Product", vendor: "Akeneo", team: "product-data", tier: "tier1", description: "Golden record for product attributes, approval and compliance status per channel." },
  { slug: "bynder-dam", name: "Bynder DAM", kind: "other", domain: "Product", vendor: "Bynder", team: "product-data", tier: "tier3", description: "Product photography and usage rights." },
  { slug: "zuora-billing", name: "Zuora Billing", kind: "billing", domain: "Finance", vendor: "Zuora", team: "finance-systems", tier: "tier1", description: "Trail Club subscriptions, invoices and revenue schedules." },
  { slug: "stripe-payments", name: "Stripe Payments", kind: "billing", domain: "Finance", vendor: "Stripe", team: "commerce-platform", tier: "tier1", description: "Card and wallet payments for web, app and subscriptions." },
  { slug: "storefront", name: "Kestrel Ridge Storefront (Shopify Plus)", kind: "ecommerce", domain: "Commerce", vendor: "Shopify", team: "commerce-platform", tier: "tier1", description: "The ecommerce channel: kestrelridge.com in the US and Canada." },
  { slug: "order-service", name: "Order Management Service", kind: "ecommerce", domain: "Commerce", vendor: "In-house", team: "commerce-platform", tier: "tier1", description: "Order API: every channel's orders, their status, payments and returns." },
  { slug: "sales-portal", name: "B2B Sales Portal", kind: "ecommerce", domain: "Sales", vendor: "In-house", team: "commerce-platform", tier: "tier2", description: "The sales_portal channel: specialist retailers order wholesale at account prices." },
  { slug: "mobile-app", name: "Kestrel Ridge Mobile App", kind: "ecommerce", domain: "Commerce", vendor: "In-house", team: "commerce-platform", tier: "tier2", description: "iOS and Android shopping app with Trail Club trip logging." },
  { slug: "returns-portal", name: "Loop Returns Portal", kind: "other", domain: "Commerce", vendor: "Loop", team: "commerce-platform", tier: "tier3", description: "Self-service returns and exchanges." },
  { slug: "inventory-service", name: "Inventory Availability Service", kind: "other", domain: "Supply Chain", vendor: "In-house", team: "supply-chain", tier: "tier1", description: "Available-to-promise stock per SKU and location for every channel." },
  { slug: "manhattan-wms", name: "Manhattan Active WM", kind: "other", domain: "Supply Chain", vendor: "Manhattan Associates", team: "supply-chain", tier: "tier1", description: "Warehouse management for the Reno and Columbus distribution centres." },
  { slug: "easypost-tracking", name: "EasyPost Carrier Tracking", kind: "external_data_source", domain: "Supply Chain", vendor: "EasyPost", team: "supply-chain", tier: "tier2", external: true, description: "Tracking events from UPS, FedEx and USPS." },
  { slug: "amazon-marketplace-us", name: "Amazon Marketplace (marketplace_us)", kind: "marketplace", domain: "Channels", vendor: "Amazon", team: "marketplace-channels", tier: "tier1", external: true, description: "Seller Central listings, orders and settlements via SP-API." },
  { slug: "zalando-marketplace-eu", name: "Zalando Partner Program (marketplace_eu)", kind: "marketplace", domain: "Channels", vendor: "Zalando", team: "marketplace-channels", tier: "tier2", lifecycle: "planned", external: true, description: "EU marketplace launch planned for next spring." },
  { slug: "rithum-feeds", name: "Rithum (ChannelAdvisor) Feed Manager", kind: "marketplace", domain: "Channels", vendor: "Rithum", team: "marketplace-channels", tier: "tier3", lifecycle: "deprecated", external: true, description: "Feed-based listings on two small marketplaces; being replaced by direct APIs." },
  { slug: "zendesk", name: "Zendesk Support", kind: "support", domain: "Customer Service", vendor: "Zendesk", team: "customer-operations", tier: "tier2", description: "Tickets, macros and the agent workspace." },
  { slug: "five9", name: "Five9 Contact Center", kind: "support", domain: "Customer Service", vendor: "Five9", team: "customer-operations", tier: "tier3", description: "Telephony and call recording for the support team." },
  { slug: "snowflake", name: "Snowflake Data Cloud", kind: "data_warehouse", domain: "Analytics", vendor: "Snowflake", team: "data-analytics", tier: "tier1", description: "Enterprise data warehouse; dbt models for finance, commerce and customer marts." },
  { slug: "legacy-reporting-db", name: "Legacy SQL Server Reporting DB", kind: "data_warehouse", domain: "Analytics", vendor: "Microsoft", team: "data-analytics", tier: "tier4", lifecycle: "deprecated", description: "Pre-Snowflake reporting database still feeding the outlet P&L." },
  { slug: "looker", name: "Looker", kind: "bi", domain: "Analytics", vendor: "Google", team: "data-analytics", tier: "tier2", description: "Company dashboards and the semantic layer." },
  { slug: "tableau-finance", name: "Tableau (Finance)", kind: "bi", domain: "Finance", vendor: "Salesforce", team: "finance-systems", tier: "tier3", description: "Finance reporting and the board pack." },
  { slug: "feast", name: "Feast Feature Store", kind: "feature_store", domain: "Data Science", vendor: "Feast (open source)", team: "data-analytics", tier: "tier2", description: "Online and offline features for the pricing, churn and health models." },
  { slug: "pricing-model", name: "PriceSense Dynamic Pricing Model", kind: "ai_model", domain: "Pricing", vendor: "In-house", team: "pricing-science", tier: "tier1", description: "Recommends prices per SKU and channel from product, inventory, margin and competitor signals." },
  { slug: "churn-model", name: "Trail Club Churn Model", kind: "ai_model", domain: "Customer", vendor: "In-house", team: "data-analytics", tier: "tier2", description: "Predicts membership cancellations 60 days ahead." },
  { slug: "customer-health-model", name: "Customer Health Score", kind: "ai_model", domain: "Customer", vendor: "In-house", team: "customer-operations", tier: "tier2", description: "Scores account health from CRM, billing, support and product usage." },
  { slug: "demand-forecast-model", name: "Demand Forecasting Model", kind: "ai_model", domain: "Supply Chain", vendor: "In-house", team: "pricing-science", tier: "tier2", description: "Weekly SKU-location demand forecasts." },
  { slug: "camunda", name: "Camunda Workflow Engine", kind: "workflow", domain: "Operations", vendor: "Camunda", team: "integration-platform", tier: "tier2", description: "Human approval workflows: customer master changes, price changes, listings." },
  { slug: "servicenow", name: "ServiceNow", kind: "workflow", domain: "Operations", vendor: "ServiceNow", team: "integration-platform", tier: "tier3", description: "IT incidents and vendor onboarding approvals." },
  { slug: "mulesoft", name: "MuleSoft Anypoint Platform", kind: "ipaas", domain: "Integration", vendor: "MuleSoft", team: "integration-platform", tier: "tier1", description: "Hub for process APIs and scheduled flows between SaaS systems." },
  { slug: "kafka", name: "Confluent Kafka (event backbone)", kind: "other", domain: "Integration", vendor: "Confluent", team: "integration-platform", tier: "tier1", description: "Event streaming between commerce, billing and analytics." },
  { slug: "sftp-gateway", name: "Managed SFTP Gateway", kind: "other", domain: "Integration", vendor: "GoAnywhere", team: "integration-platform", tier: "tier3", description: "File exchange with suppliers, banks and marketplaces." },
  { slug: "competitor-signals", name: "PriceSpy Competitor Signals", kind: "external_data_source", domain: "Pricing", vendor: "PriceSpy (licensed)", team: "pricing-science", tier: "tier2", external: true, description: "Competitor prices and stock for 40,000 matched SKUs; licensed for internal analytics and pricing only." },
  { slug: "weather-signals", name: "Tomorrow.io Weather Signals", kind: "external_data_source", domain: "Supply Chain", vendor: "Tomorrow.io", team: "pricing-science", tier: "tier4", external: true, description: "Daily weather forecasts by postal code for demand sensing." },
  { slug: "bank-feed", name: "J.P. Morgan Access Bank Feed", kind: "external_data_source", domain: "Finance", vendor: "J.P. Morgan", team: "finance-systems", tier: "tier2", external: true, description: "Bank statements and payment confirmations." },
  { slug: "avalara", name: "Avalara AvaTax", kind: "other", domain: "Finance", vendor: "Avalara", team: "finance-systems", tier: "tier1", external: true, description: "Sales tax calculation and filing." },
  { slug: "margin-service", name: "Margin & Cost Service", kind: "other", domain: "Pricing", vendor: "In-house", team: "pricing-science", tier: "tier2", description: "Unit costs, landed costs and margin floors per SKU." },
  { slug: "product-usage-events", name: "Segment (product usage events)", kind: "other", domain: "Customer", vendor: "Twilio Segment", team: "data-analytics", tier: "tier3", description: "App and web behavioural events for analytics and models." },
  { slug: "okta", name: "Okta Workforce Identity", kind: "other", domain: "Security", vendor: "Okta", team: "integration-platform", tier: "tier2", description: "Single sign-on and SCIM provisioning for employees." },
  // Bought by HR without IT involvement: no team has taken ownership yet.
  { slug: "workday", name: "Workday HCM", kind: "other", domain: "People", vendor: "Workday", team: null, tier: "tier3", description: "Employee records, departments and cost centres." },
] as const satisfies readonly SystemDefinition[];

export type SystemSlug = (typeof SYSTEMS)[number]["slug"];
