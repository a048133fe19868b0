import { Role } from "@/lib/generated/prisma/enums";

export const COMPANY = {
  name: "Kestrel Ridge Outfitters",
  summary: "Outdoor apparel and gear retailer: web, mobile app, Amazon US, a B2B portal for specialist stores, and the Trail Club membership.",
  peopleDomain: "kestrelridge.example",
} as const;

export const DEMO_PASSWORD = "demo-password";

export interface TeamDefinition {
  slug: string;
  name: string;
  description: string;
  /** Source/target owner for the team's systems and second escalation step. */
  lead: string;
  /** Technical owner of the team's integrations and first escalation step. */
  engineer: string;
  /** Data owner for data that originates in the team's systems. */
  dataOwner: string;
}

export const TEAMS = [
  {
    slug: "commerce-platform",
    name: "Commerce Platform",
    description: "Storefront, mobile app, order management and the B2B sales portal.",
    lead: "owen",
    engineer: "sanjay",
    dataOwner: "owen",
  },
  {
    slug: "product-data",
    name: "Product Data",
    description: "Product information (PIM), digital assets and channel publishing rules.",
    lead: "hannah",
    engineer: "owen",
    dataOwner: "yusuf",
  },
  {
    slug: "integration-platform",
    name: "Integration Platform",
    description: "MuleSoft, Kafka, the API gateway, SFTP and identity provisioning; integration standards.",
    lead: "li",
    engineer: "tomasz",
    dataOwner: "li",
  },
  {
    slug: "finance-systems",
    name: "Finance Systems",
    description: "SAP S/4HANA, billing, tax, payments and the month-end close.",
    lead: "grace",
    engineer: "martin",
    dataOwner: "fatima",
  },
  {
    slug: "revenue-operations",
    name: "Revenue Operations",
    description: "Salesforce, HubSpot and the customer master.",
    lead: "jorge",
    engineer: "chloe",
    dataOwner: "jorge",
  },
  {
    slug: "customer-operations",
    name: "Customer Operations",
    description: "Zendesk, the contact centre and the customer health programme.",
    lead: "naomi",
    engineer: "ben",
    dataOwner: "naomi",
  },
  {
    slug: "data-analytics",
    name: "Data & Analytics",
    description: "Snowflake, Looker, the feature store and analytics engineering.",
    lead: "priya",
    engineer: "kofi",
    dataOwner: "sofia",
  },
  {
    slug: "pricing-science",
    name: "Pricing Science",
    description: "Dynamic pricing, margin and demand forecasting models.",
    lead: "dmitri",
    engineer: "aisha",
    dataOwner: "dmitri",
  },
  {
    slug: "supply-chain",
    name: "Supply Chain & Fulfilment",
    description: "Warehouse management, inventory availability and carriers.",
    lead: "lars",
    engineer: "mei",
    dataOwner: "lars",
  },
  {
    slug: "marketplace-channels",
    name: "Marketplace & Channels",
    description: "Amazon US, Zalando and feed-based marketplaces.",
    lead: "isabel",
    engineer: "ravi",
    dataOwner: "isabel",
  },
] as const satisfies readonly TeamDefinition[];

export type TeamSlug = (typeof TEAMS)[number]["slug"];

export interface PersonDefinition {
  handle: string;
  name: string;
  email: string;
  role: Role;
  title: string;
  teams: TeamSlug[];
  /** Demo accounts get the demo password; everyone else is a recorded owner who cannot sign in. */
  signsIn: boolean;
  disabled?: boolean;
}

const person = (handle: string, name: string, title: string, teams: TeamSlug[], extra: Partial<PersonDefinition> = {}): PersonDefinition => ({
  handle,
  name,
  email: `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@${COMPANY.peopleDomain}`,
  role: Role.viewer,
  title,
  teams,
  signsIn: false,
  ...extra,
});

export const PEOPLE: readonly PersonDefinition[] = [
  person("ada", "Ada Okafor", "Integration Platform Administrator", ["integration-platform"], {
    email: "admin@interchange.demo",
    role: Role.admin,
    signsIn: true,
  }),
  person("owen", "Owen Marsh", "Integration Lead, Commerce", ["commerce-platform", "product-data", "integration-platform"], {
    email: "owner@interchange.demo",
    role: Role.owner,
    signsIn: true,
  }),
  person("rita", "Rita Vance", "Enterprise Architect (Design Authority)", ["integration-platform", "data-analytics"], {
    email: "reviewer@interchange.demo",
    role: Role.reviewer,
    signsIn: true,
  }),
  person("elena", "Elena Brooks", "VP Digital Operations", [], { email: "exec@interchange.demo", role: Role.viewer, signsIn: true }),
  person("hannah", "Hannah Lindqvist", "Head of Product Data", ["product-data"]),
  person("yusuf", "Yusuf Demir", "Product Data Steward", ["product-data"]),
  person("sanjay", "Sanjay Iyer", "Senior Commerce Engineer", ["commerce-platform"]),
  person("li", "Li Wei", "Head of Integration Platform", ["integration-platform"]),
  person("tomasz", "Tomasz Nowak", "MuleSoft Engineer", ["integration-platform"]),
  person("grace", "Grace Adeyemi", "Finance Systems Manager", ["finance-systems"]),
  person("martin", "Martin Keller", "SAP Integration Engineer", ["finance-systems"]),
  person("fatima", "Fatima Haddad", "Financial Controller", ["finance-systems"]),
  person("jorge", "Jorge Ramirez", "Director of Revenue Operations", ["revenue-operations"]),
  person("chloe", "Chloe Dubois", "Salesforce Platform Engineer", ["revenue-operations"]),
  person("naomi", "Naomi Park", "Head of Customer Operations", ["customer-operations"]),
  person("ben", "Ben Carter", "Support Systems Engineer", ["customer-operations"]),
  person("priya", "Priya Raman", "Head of Data & Analytics", ["data-analytics"]),
  person("kofi", "Kofi Mensah", "Analytics Engineer", ["data-analytics"]),
  person("sofia", "Sofia Rossi", "Data Governance Lead", ["data-analytics"]),
  person("dmitri", "Dmitri Volkov", "Head of Pricing Science", ["pricing-science"]),
  person("aisha", "Aisha Bello", "Machine Learning Engineer", ["pricing-science"]),
  person("lars", "Lars Eriksen", "Head of Fulfilment Systems", ["supply-chain"]),
  person("mei", "Mei Tanaka", "Warehouse Systems Engineer", ["supply-chain"]),
  person("isabel", "Isabel Moreno", "Marketplace Channel Manager", ["marketplace-channels"]),
  person("ravi", "Ravi Shah", "Channel Integration Engineer", ["marketplace-channels"]),
  // Left in March; still recorded as technical owner of two legacy integrations nobody re-assigned.
  person("peter", "Peter Quinn", "ERP Developer (left the company)", [], { disabled: true }),
];

export type PersonHandle = string;

/** On-call rota each team publishes; the last step of every escalation path. */
export function onCallRota(team: string): string {
  return `PagerDuty: ${team}-primary`;
}
