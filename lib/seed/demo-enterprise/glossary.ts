export interface GlossaryDefinition {
  meaning: string;
  rules?: string;
}

/**
 * The enterprise glossary: what a field means in business terms where it originates. A contract whose system uses
 * a word differently overrides the entry (billing's customer_status is not CRM's), which is the point of having one.
 */
export const GLOSSARY: Record<string, GlossaryDefinition> = {
  sku: {
    meaning: "Stock keeping unit: the sellable variant (style, colour, size) as mastered in Akeneo PIM.",
    rules: "Format AAA-000000; never re-used after a product is discontinued.",
  },
  gtin: {
    meaning: "Global Trade Item Number printed on the barcode; marketplaces match listings on it.",
    rules: "8, 12, 13 or 14 digits with a valid check digit; unique per SKU.",
  },
  product_name: { meaning: "Customer-facing product title, in US English.", rules: 'Max 150 characters; no promotional text ("SALE", "NEW").' },
  category: { meaning: "Merchandising category path from the PIM taxonomy, e.g. Footwear > Hiking Boots." },
  unit_of_measure: { meaning: "How the SKU is sold: each, pair, pack." },
  approval_status: {
    meaning: "Whether merchandising has approved the product content for publication.",
    rules: "Only 'approved' records may be published to any channel; anything else is blocked at the integration.",
  },
  publication_status: {
    meaning: "The product's state in the publishing workflow.",
    rules: "'draft' records are never published, whatever their approval_status.",
  },
  compliance_review_status: {
    meaning: "Outcome of the product-safety and claims review (e.g. Prop 65, PFAS-free claims).",
    rules: "'pending' blocks publication to every channel.",
  },
  main_image_url: {
    meaning: "Primary product image on the CDN, white background.",
    rules: "HTTPS; at least 1600 px on the long edge; required by marketplace_us.",
  },
  brand: {
    meaning: "Brand shown to customers; Kestrel Ridge or a third-party brand we resell.",
    rules: "Required by marketplace_us; must match the brand registry entry.",
  },
  package_weight_grams: { meaning: "Shipping weight of the packed unit in grams.", rules: "Required by marketplace_us; used for fulfilment fee calculation." },
  return_policy_code: { meaning: "Which returns policy applies (STD30, EXT60, FINAL).", rules: "Required by marketplace_us." },
  list_price: { meaning: "Recommended retail price before promotions, in the price list currency." },
  currency: { meaning: "ISO 4217 currency code of every amount in the record." },
  customer_id: { meaning: "Kestrel Ridge customer number, assigned at first purchase or registration; stable across channels." },
  account_id: { meaning: "Salesforce Account ID (18 characters) of the B2B account or Trail Club household." },
  customer_status: {
    meaning:
      "In CRM: the commercial relationship. 'active' means at least one order or an active membership in the last 12 months; 'on_hold' means sales must not contact; 'churned' means no activity for 12 months.",
    rules: "Set by Revenue Operations; never derived from payment behaviour (that is billing's customer_status).",
  },
  legal_name: {
    meaning: "The customer's registered legal entity name, as it must appear on invoices and tax filings.",
    rules: "Changes require Finance Systems review before they are published to billing or ERP.",
  },
  tax_region: {
    meaning: "Jurisdiction used for sales tax: ISO country plus state or province (US-CA, CA-QC).",
    rules: "Changes require Finance Systems review; they change tax on every future invoice.",
  },
  billing_address: { meaning: "Address invoices are sent to; drives tax_region for US customers." },
  order_id: { meaning: "Order number from the Order Management Service, unique across all channels." },
  order_status: {
    meaning: "Where the order is in its lifecycle.",
    rules: "Cancelled orders keep their amounts; revenue reporting must exclude order_status = cancelled.",
  },
  order_total: { meaning: "What the customer pays: items plus shipping plus tax, minus discounts." },
  gross_revenue: { meaning: "Item revenue before discounts, excluding tax and shipping." },
  net_revenue: {
    meaning: "Gross revenue minus discounts and refunds, excluding tax; the figure finance reports.",
    rules: "Recognised at shipment; cancelled orders contribute zero.",
  },
  tax_amount: { meaning: "Sales tax charged, as calculated by Avalara at checkout." },
  cancelled_at: { meaning: "When the order was cancelled; null for orders that were not." },
  ordered_at: { meaning: "When the customer placed the order (UTC)." },
  available_quantity: { meaning: "Units that can be promised to a new order now: on hand minus allocated minus safety stock." },
  unit_cost: { meaning: "Standard cost per unit from SAP, in USD." },
  landed_cost: { meaning: "Unit cost plus freight, duty and insurance to the distribution centre." },
  margin_pct: { meaning: "(price − landed cost) / price, in percent.", rules: "Price recommendations below the margin floor are rejected." },
  floor_price: { meaning: "Lowest price the pricing model may recommend for the SKU." },
  competitor_price: {
    meaning: "Price observed on a competitor's site for the matched SKU, including promotions.",
    rules: "Licensed for internal analytics and pricing only; must not be shown to customers or redistributed.",
  },
  recommended_price: {
    meaning: "Price the pricing model proposes for the SKU and channel.",
    rules: "Changes beyond ±15% of current_price go to a category manager for approval.",
  },
  health_score: { meaning: "Customer health from 0 (at risk) to 1 (healthy), recomputed daily." },
  churn_probability: { meaning: "Probability that a Trail Club member cancels within 60 days." },
  subscription_status: { meaning: "State of the Trail Club membership in Zuora." },
  mrr_amount: { meaning: "Monthly recurring revenue of the subscription, normalised to a month." },
  credit_limit: { meaning: "Maximum open receivables SAP allows for the B2B account.", rules: "Mastered in SAP; CRM edits are rejected by the sync." },
  credit_status: { meaning: "SAP credit standing; 'on_hold' blocks new B2B orders in the sales portal." },
  open_balance: { meaning: "Invoiced but unpaid amount on the account in SAP." },
  invoice_id: { meaning: "Invoice number from the billing system that issued it (Zuora or SAP)." },
  ticket_status: { meaning: "Zendesk ticket state; 'solved' tickets reopen if the customer replies within 7 days." },
  event_id: { meaning: "Unique id of the event, assigned by the producer.", rules: "Consumers deduplicate on it; a replay re-sends the same event_id." },
  occurred_at: { meaning: "When the business event happened at the source (not when it was sent)." },
};

/** Billing uses the same word for something else, which is exactly how reports end up disagreeing. */
export const BILLING_CUSTOMER_STATUS: GlossaryDefinition = {
  meaning:
    "In Zuora billing: payment standing. 'active' means the latest invoice is paid; 'on_hold' means dunning is in progress; 'churned' means the subscription was cancelled for non-payment.",
  rules: "Not the CRM customer_status: do not join the two without mapping.",
};
