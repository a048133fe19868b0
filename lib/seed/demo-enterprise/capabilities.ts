export const CAPABILITIES = [
  {
    slug: "revenue-reporting",
    name: "Revenue reporting",
    description: "Daily and monthly revenue by channel, region and product for leadership and the board.",
  },
  {
    slug: "finance-close",
    name: "Finance close",
    description: "Month-end close: postings, reconciliations and the close pack, on a five-working-day timetable.",
  },
  {
    slug: "customer-health",
    name: "Customer health",
    description: "Scores each Trail Club and B2B account from CRM, billing, support and product usage signals.",
  },
  { slug: "pricing", name: "Pricing", description: "Price recommendations, B2B price lists and markdowns within margin floors." },
  {
    slug: "marketplace-publishing",
    name: "Marketplace publishing",
    description: "Publishing approved products, stock and prices to Amazon US, Zalando and feed marketplaces.",
  },
  { slug: "ai-model-feed", name: "AI model feed", description: "Training and inference inputs for production models; changes need model-owner sign-off." },
  { slug: "market-intelligence", name: "Market intelligence", description: "Competitor prices, assortment and marketplace performance signals." },
  { slug: "order-fulfilment", name: "Order fulfilment", description: "From checkout to delivery: orders, payments, picking, shipping and returns." },
  { slug: "customer-service", name: "Customer service", description: "Agents see orders, subscriptions and history in one place." },
  { slug: "product-experience", name: "Product experience", description: "Accurate, rich product content on every customer-facing channel." },
  { slug: "demand-planning", name: "Demand planning", description: "Forecasts and replenishment proposals per SKU and location." },
  { slug: "subscription-management", name: "Subscription management", description: "Trail Club memberships: sign-up, renewal, billing and cancellation." },
  { slug: "tax-compliance", name: "Tax compliance", description: "Correct sales tax on every order and timely filings per tax region." },
  { slug: "access-governance", name: "Access governance", description: "Joiners, movers and leavers get the right access in every system." },
] as const;

export type CapabilitySlug = (typeof CAPABILITIES)[number]["slug"];
