import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type {
  ConsumerKind,
  ContractVersionStatus,
  Criticality,
  DataClassification,
  Frequency,
  HealthStatus,
  IntegrationDirection,
  IntegrationMechanism,
  IntegrationPattern,
  Lifecycle,
  MonitoringMethod,
  PermittedUse,
  SystemKind,
} from "@/lib/generated/prisma/enums";
import {
  buildBusinessCapability,
  buildConsumer,
  buildContract,
  buildContractVersion,
  buildIntegration,
  buildSystem,
  buildTeam,
  buildUser,
  type ConsumerInput,
  type ContractVersionInput,
  type EscalationRow,
  type OwnerRow,
} from "@/test/factories";
import { countCatalog, emptyCatalog, writeCatalog, type CatalogCounts, type SeedCatalog } from "./catalog";
import { objectSchema } from "./contract-specs/field-schema";
import { CAPABILITIES } from "./demo-enterprise/capabilities";
import { STANDARD_EXCEPTION_ROUTES } from "@/lib/catalog/integrations/exception-routing";
import { createRandom, powerLawSampler, type Random } from "./random";
import { stableId } from "./stable-id";

export interface SyntheticCatalogOptions {
  integrations: number;
  seed?: number;
}

export interface SyntheticCatalogResult {
  /** Generator runs are numbered so several can share a database (and the demo) without key collisions. */
  run: number;
  counts: CatalogCounts;
}

interface KindProfile {
  kind: SystemKind;
  weight: number;
  label: string;
  vendors: string[];
  objects: string[];
}

const KIND_PROFILES: KindProfile[] = [
  { kind: "crm", weight: 6, label: "CRM", vendors: ["Salesforce", "HubSpot", "Dynamics 365"], objects: ["Customer Account", "Contact", "Opportunity"] },
  { kind: "erp", weight: 5, label: "ERP", vendors: ["SAP", "Oracle", "NetSuite"], objects: ["Invoice", "Journal Entry", "Purchase Order", "Vendor"] },
  { kind: "pim", weight: 3, label: "PIM", vendors: ["Akeneo", "Salsify", "inRiver"], objects: ["Product", "Asset"] },
  { kind: "billing", weight: 4, label: "Billing", vendors: ["Zuora", "Chargebee", "Stripe Billing"], objects: ["Subscription", "Invoice", "Payment"] },
  { kind: "ecommerce", weight: 6, label: "Storefront", vendors: ["Shopify", "commercetools", "Adobe Commerce"], objects: ["Order", "Cart", "Customer"] },
  { kind: "marketplace", weight: 3, label: "Marketplace", vendors: ["Amazon", "eBay", "Zalando", "Walmart"], objects: ["Listing", "Order", "Settlement"] },
  { kind: "support", weight: 4, label: "Service Desk", vendors: ["Zendesk", "ServiceNow CSM", "Freshdesk"], objects: ["Ticket", "Call"] },
  { kind: "data_warehouse", weight: 3, label: "Warehouse", vendors: ["Snowflake", "BigQuery", "Databricks"], objects: ["Fact Table", "Snapshot"] },
  { kind: "bi", weight: 4, label: "BI", vendors: ["Looker", "Tableau", "Power BI"], objects: ["Dashboard Extract"] },
  { kind: "feature_store", weight: 2, label: "Feature Store", vendors: ["Feast", "Tecton"], objects: ["Feature Vector"] },
  { kind: "ai_model", weight: 4, label: "Model", vendors: ["In-house"], objects: ["Score", "Prediction"] },
  { kind: "workflow", weight: 3, label: "Workflow", vendors: ["Camunda", "ServiceNow", "Temporal"], objects: ["Task", "Approval"] },
  { kind: "external_data_source", weight: 3, label: "Data Feed", vendors: ["Dun & Bradstreet", "Nielsen", "Tomorrow.io"], objects: ["Signal", "Market Price"] },
  { kind: "ipaas", weight: 2, label: "Integration Hub", vendors: ["MuleSoft", "Boomi", "Workato"], objects: ["Message"] },
  { kind: "other", weight: 8, label: "Service", vendors: ["In-house"], objects: ["Inventory Position", "Shipment", "Employee", "Price"] },
];

const DOMAINS = [
  "Sales",
  "Finance",
  "Product",
  "Commerce",
  "Supply Chain",
  "Customer Service",
  "Analytics",
  "Marketing",
  "People",
  "Pricing",
  "Risk",
  "Logistics",
];
const UNITS = ["North America", "EMEA", "APAC", "LATAM", "Retail", "Wholesale", "Outlet", "Corporate"];
const COMMON_FIELDS = [
  "customer_id",
  "account_id",
  "sku",
  "order_id",
  "invoice_id",
  "amount",
  "currency",
  "quantity",
  "status",
  "channel",
  "region_code",
  "email",
  "legal_name",
  "tax_region",
  "unit_price",
  "unit_cost",
  "risk_score",
  "owner_email",
  "created_at",
  "updated_at",
];
const EXTRA_CAPABILITIES = ["inventory-visibility", "supplier-onboarding", "fraud-detection", "loyalty", "workforce-planning", "partner-reporting"];
const FIRST_NAMES = ["Alex", "Sam", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Avery", "Quinn", "Rowan", "Emery"];
const LAST_NAMES = ["Nguyen", "Garcia", "Smith", "Kowalski", "Okoye", "Silva", "Fischer", "Haddad", "Larsen", "Mehta", "Novak", "Sato"];
const ASSET_KINDS: [ConsumerKind, string][] = [
  ["dashboard", "Dashboard"],
  ["report", "Report"],
  ["ai_model", "Model"],
  ["workflow", "Workflow"],
];

const INTEGRATIONS_PER_CHUNK = 5_000;
// Proportional to size: 10k integrations take seconds, 100k a few minutes on PGlite.
const TRANSACTION_TIMEOUT_MS = 30 * 60_000;

/**
 * Writes a large catalog of realistic shape for benchmarks: about one system per eight integrations, hub systems
 * with power-law fan-in and fan-out, some bidirectional pairs (cycles), a mix of health, ownership gaps, contracts
 * for about 70% of integrations and their consumers. Deterministic for a given seed and run number.
 */
export async function generateSyntheticCatalog(
  prisma: PrismaClient,
  { integrations: total, seed = 1 }: SyntheticCatalogOptions,
): Promise<SyntheticCatalogResult> {
  if (!Number.isInteger(total) || total < 1) throw new Error(`integrations must be a positive integer (got ${total}).`);
  const random = createRandom(seed);
  const now = new Date();

  return prisma.$transaction(
    async (tx) => {
      const run = await nextRunNumber(tx);
      const prefix = `syn-r${run}`;
      const counts = countCatalog(emptyCatalog());
      const add = (catalog: SeedCatalog) => {
        for (const [name, value] of Object.entries(countCatalog(catalog))) counts[name as keyof CatalogCounts] += value;
      };

      const existingCapabilities = await tx.businessCapability.findMany({ select: { id: true, slug: true } });
      const foundation = buildFoundation(random, prefix, total, existingCapabilities, now);
      await writeCatalog(tx, foundation.catalog);
      add(foundation.catalog);

      for (let start = 0; start < total; start += INTEGRATIONS_PER_CHUNK) {
        const chunk = buildIntegrations(random, foundation, prefix, start, Math.min(INTEGRATIONS_PER_CHUNK, total - start), now);
        await writeCatalog(tx, chunk);
        add(chunk);
      }
      return { run, counts };
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
}

async function nextRunNumber(tx: Prisma.TransactionClient): Promise<number> {
  const teams = await tx.team.findMany({ where: { slug: { startsWith: "syn-r" } }, select: { slug: true } });
  const runs = teams.map((team) => Number(/^syn-r(\d+)-/.exec(team.slug)?.[1] ?? 0));
  return Math.max(0, ...runs) + 1;
}

interface Person {
  id: string;
}

interface GeneratedTeam {
  id: string;
  lead: Person;
  engineer: Person;
  dataOwner: Person;
  rota: string;
}

interface GeneratedSystem {
  id: string;
  name: string;
  teamIndex: number;
  profile: KindProfile;
}

interface Foundation {
  catalog: SeedCatalog;
  teams: GeneratedTeam[];
  systems: GeneratedSystem[];
  capabilityIds: string[];
  pickSource: () => number;
  pickTarget: () => number;
}

function buildFoundation(random: Random, prefix: string, integrations: number, existingCapabilities: { id: string; slug: string }[], now: Date): Foundation {
  const catalog = emptyCatalog();
  const teamCount = Math.min(400, Math.max(4, Math.ceil(integrations / 250)));
  const systemCount = Math.max(4, Math.round(integrations / 8));
  const domainOfTeam = (index: number) => DOMAINS[index % DOMAINS.length];

  const teams: GeneratedTeam[] = [];
  for (let t = 0; t < teamCount; t += 1) {
    const slug = `${prefix}-team-${pad(t + 1, 4)}`;
    const teamId = stableId("team", slug);
    catalog.teams.push(
      buildTeam({ id: teamId, slug, name: `${domainOfTeam(t)} Integration Team ${t + 1}`, description: `Synthetic team for ${domainOfTeam(t)}.` }),
    );
    const members = ["Lead", "Engineer", "Data Owner", "Analyst"].map((title, m) => {
      const email = `${prefix}.u${pad(t * 4 + m + 1, 6)}@synthetic.example`;
      const id = stableId("user", email);
      catalog.users.push(
        buildUser({
          id,
          email,
          name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
          title: `${domainOfTeam(t)} ${title}`,
          passwordHash: null,
          memberships: [{ teamId, isLead: m === 0 }],
        }),
      );
      return { id };
    });
    teams.push({ id: teamId, lead: members[0], engineer: members[1], dataOwner: members[2], rota: `PagerDuty: ${slug}` });
  }

  const knownSlugs = new Map(existingCapabilities.map((capability) => [capability.slug, capability.id]));
  const capabilityIds = [...CAPABILITIES.map((capability) => capability.slug), ...EXTRA_CAPABILITIES].map((slug) => {
    const existing = knownSlugs.get(slug);
    if (existing) return existing;
    const id = stableId("capability", slug);
    knownSlugs.set(slug, id);
    catalog.capabilities.push(buildBusinessCapability({ id, slug, name: titleCase(slug), description: `Synthetic capability ${slug}.` }));
    return id;
  });

  const systems: GeneratedSystem[] = [];
  for (let s = 0; s < systemCount; s += 1) {
    const profile = random.weighted(KIND_PROFILES.map((candidate) => [candidate, candidate.weight] as const));
    const slug = `${prefix}-sys-${pad(s + 1, 6)}`;
    const vendor = random.pick(profile.vendors);
    const name = `${random.pick(UNITS)} ${vendor} ${profile.label} ${s + 1}`;
    const teamIndex = random.chance(0.05) ? -1 : random.int(0, teamCount - 1);
    const id = stableId("system", slug);
    catalog.systems.push(
      buildSystem({
        id,
        slug,
        name,
        description: `${profile.label} for ${name.split(" ")[0]}.`,
        kind: profile.kind,
        businessDomain: random.pick(DOMAINS),
        vendor,
        ownerTeamId: teamIndex >= 0 ? teams[teamIndex].id : null,
        criticality: random.weighted<Criticality>([
          ["tier1", 15],
          ["tier2", 35],
          ["tier3", 35],
          ["tier4", 15],
        ]),
        lifecycle: random.weighted<Lifecycle>([
          ["active", 88],
          ["planned", 4],
          ["deprecated", 7],
          ["retired", 1],
        ]),
        isExternal: profile.kind === "external_data_source" || profile.kind === "marketplace",
        createdAt: new Date(now.getTime() - random.int(30, 1500) * 86_400_000),
      }),
    );
    systems.push({ id, name, teamIndex, profile });
  }

  return {
    catalog,
    teams,
    systems,
    capabilityIds,
    pickSource: powerLawSampler(random, systemCount),
    pickTarget: powerLawSampler(random, systemCount),
  };
}

function buildIntegrations(random: Random, foundation: Foundation, prefix: string, start: number, count: number, now: Date): SeedCatalog {
  const catalog = emptyCatalog();
  const { systems, teams } = foundation;
  let previous: { source: number; target: number } | undefined;

  for (let i = start; i < start + count; i += 1) {
    // About 5% answer an earlier integration in reverse, which closes a cycle in the dependency graph.
    let source: number;
    let target: number;
    if (previous && random.chance(0.05)) {
      source = previous.target;
      target = previous.source;
    } else {
      source = foundation.pickSource();
      target = foundation.pickTarget();
      while (target === source) target = random.int(0, systems.length - 1);
    }
    previous = { source, target };

    const key = `SYN${prefix.slice(5)}-${pad(i + 1, 6)}`;
    const id = stableId("integration", `${prefix}:${key}`);
    const from = systems[source];
    const to = systems[target];
    const object = random.pick(from.profile.objects);
    const fields = [`${snake(object)}_id`, ...random.sample(COMMON_FIELDS, random.int(3, 8))];
    const mechanism = random.weighted<IntegrationMechanism>([
      ["api_call", 40],
      ["event_message", 18],
      ["file_transfer", 15],
      ["database_to_database", 10],
      ["ipaas_flow", 12],
      ["manual", 3],
      ["email", 2],
    ]);
    const pattern: IntegrationPattern =
      mechanism === "event_message"
        ? "event_driven"
        : mechanism === "ipaas_flow"
          ? "hub_and_spoke"
          : random.weighted<IntegrationPattern>([
              ["point_to_point", 35],
              ["api_led_system", 25],
              ["api_led_process", 15],
              ["api_led_experience", 10],
              ["hub_and_spoke", 15],
            ]);
    const lifecycle = random.weighted<Lifecycle>([
      ["active", 85],
      ["planned", 6],
      ["deprecated", 7],
      ["retired", 2],
    ]);
    const monitoring = random.weighted<MonitoringMethod>([
      ["none", 15],
      ["synthetic_check", 20],
      ["log_alerts", 25],
      ["apm_tracing", 15],
      ["ipaas_console", 10],
      ["data_quality_checks", 12],
      ["manual_review", 3],
    ]);
    const health: HealthStatus =
      lifecycle === "planned" || monitoring === "none"
        ? "unknown"
        : random.weighted<HealthStatus>([
            ["healthy", 76],
            ["fragile", 10],
            ["degraded", 8],
            ["failing", 4],
            ["unknown", 2],
          ]);
    const classification = random.weighted<DataClassification>([
      ["public", 5],
      ["internal", 45],
      ["confidential", 40],
      ["restricted", 10],
    ]);
    const teamIndex = from.teamIndex >= 0 && random.chance(0.7) ? from.teamIndex : random.int(0, teams.length - 1);
    const team = teams[teamIndex];
    const ownership = random.weighted([
      ["full", 83],
      ["no_data_owner", 10],
      ["none", 7],
    ] as const);

    const owners: OwnerRow[] = [];
    const escalationPath: EscalationRow[] = [];
    if (ownership !== "none") {
      owners.push({ role: "source_owner", userId: teams[from.teamIndex >= 0 ? from.teamIndex : teamIndex].lead.id });
      owners.push({ role: "target_owner", userId: teams[to.teamIndex >= 0 ? to.teamIndex : teamIndex].lead.id });
      owners.push({ role: "technical_owner", userId: team.engineer.id });
      if (ownership === "full") owners.push({ role: "data_owner", userId: teams[from.teamIndex >= 0 ? from.teamIndex : teamIndex].dataOwner.id });
      escalationPath.push({ position: 1, userId: team.engineer.id, contact: null });
      if (random.chance(0.7)) escalationPath.push({ position: 2, userId: team.lead.id, contact: null });
      escalationPath.push({ position: escalationPath.length + 1, userId: null, contact: team.rota });
    }

    const routes = random.weighted([
      ["standard", 75],
      ["partial", 10],
      ["none", 15],
    ] as const);
    catalog.integrations.push(
      buildIntegration({
        id,
        key,
        name: `${object} sync: ${from.name} to ${to.name}`,
        description: `Moves ${object.toLowerCase()} records from ${from.name} to ${to.name}.`,
        sourceSystemId: from.id,
        targetSystemId: to.id,
        ownerTeamId: ownership === "none" ? null : team.id,
        direction: random.weighted<IntegrationDirection>([
          ["one_way", 80],
          ["bidirectional", 8],
          ["publish_subscribe", 12],
        ]),
        mechanism,
        pattern,
        frequency: random.weighted<Frequency>([
          ["real_time", 15],
          ["near_real_time", 25],
          ["hourly", 20],
          ["daily", 28],
          ["weekly", 7],
          ["ad_hoc", 5],
        ]),
        dataObjects: [object],
        fieldsExchanged: fields,
        format: mechanism === "file_transfer" ? "CSV via SFTP" : "JSON",
        volumePerDay: random.chance(0.1) ? null : Math.round(10 ** (1 + random.next() * 5)),
        dataClassification: classification,
        containsPersonalData: (classification === "confidential" || classification === "restricted") && random.chance(0.5),
        permittedUses: random.sample<PermittedUse>(
          ["analytics", "ai_training", "operational_workflow", "external_reporting", "customer_facing_automation"],
          random.int(1, 2),
        ),
        criticality: random.weighted<Criticality>([
          ["tier1", 12],
          ["tier2", 33],
          ["tier3", 40],
          ["tier4", 15],
        ]),
        businessValue: random.int(1, 5),
        complexity: random.int(1, 5),
        lifecycle,
        approvalState: lifecycle === "planned" ? random.pick(["draft", "pending_approval"] as const) : ownership === "none" ? "draft" : "approved",
        healthStatus: health,
        healthCheckedAt: monitoring === "none" ? null : new Date(now.getTime() - random.int(1, 240) * 60_000),
        monitoring,
        expectedLatencySeconds: random.pick([2, 60, 3_600, 86_400]),
        createdAt: new Date(now.getTime() - random.int(1, 1200) * 86_400_000),
        owners,
        escalationPath,
        capabilityIds: random.sample(foundation.capabilityIds, random.int(1, 3)),
        validationRules: [
          { kind: "required_field", field: fields[0], description: `${fields[0]} is required.` },
          ...(random.chance(0.4) ? [{ kind: "uniqueness" as const, field: fields[0], description: `${fields[0]} is unique per record.` }] : []),
        ],
        exceptionRoutes: STANDARD_EXCEPTION_ROUTES.filter(
          (route) => routes === "standard" || (routes === "partial" && (route.errorType === "missing_required_field" || route.errorType === "unclassified")),
        ).map((route) => ({ ...route })),
      }),
    );

    if (mechanism !== "manual" && mechanism !== "email" && random.chance(0.74)) {
      addContract(catalog, random, {
        prefix,
        key,
        integrationId: id,
        object,
        fields,
        mechanism,
        lifecycle,
        from,
        to,
        team,
        capabilityIds: foundation.capabilityIds,
        now,
      });
    }
  }
  return catalog;
}

interface ContractContext {
  prefix: string;
  key: string;
  integrationId: string;
  object: string;
  fields: string[];
  mechanism: IntegrationMechanism;
  lifecycle: Lifecycle;
  from: GeneratedSystem;
  to: GeneratedSystem;
  team: GeneratedTeam;
  capabilityIds: string[];
  now: Date;
}

function addContract(catalog: SeedCatalog, random: Random, context: ContractContext): void {
  const slug = `${context.prefix}-contract-${context.key.toLowerCase()}`;
  const contractId = stableId("contract", slug);
  const isApi = context.mechanism === "api_call";
  catalog.contracts.push(
    buildContract({
      id: contractId,
      slug,
      name: `${context.object} ${isApi ? "API" : "schema"} (${context.key})`,
      description: `Interface of ${context.key}.`,
      type: isApi ? "openapi" : "json_schema",
      ownerTeamId: context.team.id,
      ownerUserId: context.team.lead.id,
      integrationId: context.integrationId,
      systemId: context.from.id,
    }),
  );

  const releases: [string, ContractVersionStatus][] =
    context.lifecycle === "planned"
      ? [["0.1.0", "proposed"]]
      : context.lifecycle === "retired"
        ? [["1.0.0", "retired"]]
        : context.lifecycle === "deprecated"
          ? [["1.0.0", "deprecated"]]
          : random.chance(0.2)
            ? [
                ["1.0.0", "deprecated"],
                ["2.0.0", "active"],
              ]
            : [["1.0.0", "active"]];
  let current: ContractVersionInput | undefined;
  for (const [version, status] of releases) {
    const row = buildContractVersion({
      id: stableId("contract-version", `${slug}@${version}`),
      contractId,
      version,
      status,
      specText: isApi ? smallOpenApi(context.object, version, context.fields) : smallJsonSchema(context.object, context.fields),
      changelog: version === "1.0.0" ? "First version." : "Breaking: identifier renamed; see migration notes.",
      publishedAt: status === "proposed" ? null : new Date(context.now.getTime() - random.int(1, 900) * 86_400_000),
      glossary: random.chance(0.3)
        ? [{ field: context.fields[0], meaning: `Identifier of the ${context.object.toLowerCase()} in ${context.from.name}.`, rules: null }]
        : [],
    });
    catalog.contractVersions.push(row);
    current = row;
  }
  if (!current?.id) return;

  const consumers: ConsumerInput[] = [];
  const contractVersionId = current.id;
  consumers.push(
    buildConsumer({
      id: stableId("consumer", `${slug}|system`),
      name: context.to.name,
      kind: "system",
      systemId: context.to.id,
      contractVersionId,
      fieldsUsed: context.fields.slice(0, 4),
      purpose: `Receives ${context.object.toLowerCase()} records.`,
      ownerTeamId: context.to.teamIndex >= 0 ? null : context.team.id,
      capabilityIds: random.sample(context.capabilityIds, 1),
    }),
  );
  if (random.chance(0.3)) {
    const [kind, label] = random.pick(ASSET_KINDS);
    consumers.push(
      buildConsumer({
        id: stableId("consumer", `${slug}|asset`),
        name: `${context.object} ${label} ${context.key}`,
        kind,
        contractVersionId,
        fieldsUsed: context.fields.slice(1, 4),
        purpose: `${label} built on ${context.object.toLowerCase()} data.`,
        ownerUserId: random.chance(0.85) ? context.team.dataOwner.id : null,
        ownerTeamId: context.team.id,
        capabilityIds: random.sample(context.capabilityIds, random.int(1, 2)),
      }),
    );
  }
  catalog.consumers.push(...consumers);
}

function smallJsonSchema(object: string, fields: string[]): string {
  return JSON.stringify({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: object,
    ...objectSchema(fields, fields.slice(0, 1)),
  });
}

function smallOpenApi(object: string, version: string, fields: string[]): string {
  const path = `/${snake(object).replace(/_/g, "-")}s/{id}`;
  return JSON.stringify({
    openapi: "3.1.0",
    info: { title: `${object} API`, version },
    paths: {
      [path]: {
        get: {
          operationId: `get${object.replace(/[^A-Za-z]/g, "")}`,
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            "200": { description: "The record.", content: { "application/json": { schema: { $ref: "#/components/schemas/Record" } } } },
            "404": { description: "Not found." },
          },
        },
      },
    },
    components: { schemas: { Record: objectSchema(fields, fields.slice(0, 1)) } },
  });
}

const pad = (value: number, width: number) => String(value).padStart(width, "0");
const snake = (words: string) => words.toLowerCase().replace(/[^a-z0-9]+/g, "_");
const titleCase = (slug: string) => slug.replace(/-/g, " ").replace(/^\w/, (letter) => letter.toUpperCase());
