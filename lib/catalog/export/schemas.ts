import { z } from "zod";
import { exportedLinkFields } from "@/lib/catalog/links/schemas";
import { analyzeSpec, describeSpecIssue } from "@/lib/catalog/specs/analyze-spec";
import { STORED_ARCHIVE_REASON_MAX } from "@/lib/catalog/archive-input";
import { CONSUMER_TEXT_LIMITS } from "@/lib/catalog/consumers/schemas";
import { CONTRACT_VERSION_TEXT_LIMITS, zCreateVersionInput, zVersionNumber } from "@/lib/catalog/contracts/schemas";
import { INTEGRATION_TEXT_LIMITS } from "@/lib/catalog/integrations/schemas";
import { SYSTEM_TEXT_LIMITS } from "@/lib/catalog/systems/schemas";
import { TEAM_TEXT_LIMITS, zTeamSlug } from "@/lib/catalog/teams/schemas";
import { zRole } from "@/lib/users/schemas";
import {
  ApprovalState,
  ConsumerKind,
  ContractType,
  ContractVersionStatus,
  Criticality,
  DataClassification,
  ExceptionAction,
  ExceptionType,
  Frequency,
  HealthStatus,
  IntegrationDirection,
  IntegrationMechanism,
  IntegrationPattern,
  Lifecycle,
  MonitoringMethod,
  OwnerRole,
  PermittedUse,
  SystemKind,
  ValidationRuleKind,
} from "@/lib/generated/prisma/enums";

/**
 * The catalog as one JSON file. Records refer to each other by their human keys (team/system/contract slug,
 * integration key, person e-mail), never by database id, so a file reads on its own and loads into any database.
 */
export const CATALOG_EXPORT_FORMAT = "interchange.catalog";
export const CATALOG_EXPORT_VERSION = 1;

const zDateTime = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const zText = (max: number) => z.string().max(max);
const zKey = z.string().min(1).max(200);
const zPersonEmail = z.email().max(200);
/** The archive reason as stored: a contract's holds the plan for its consumers too. */
const zArchiveReason = zText(STORED_ARCHIVE_REASON_MAX).nullable();

/** Text limits follow the team form: an exported team always imports back and stays editable. */
export const zExportedTeam = z.strictObject({
  slug: zTeamSlug,
  name: zText(TEAM_TEXT_LIMITS.name),
  description: zText(TEAM_TEXT_LIMITS.description).nullable(),
  members: z.array(z.strictObject({ email: zPersonEmail, isLead: z.boolean() })),
});

export const zExportedPerson = z.strictObject({
  email: zPersonEmail,
  name: zText(200),
  role: zRole,
  title: zText(200).nullable(),
  disabledAt: zDateTime.nullable(),
});

export const zExportedCapability = z.strictObject({ slug: zKey, name: zText(200), description: zText(5000).nullable() });

export const zExportedSystem = z.strictObject({
  slug: zKey,
  name: zText(SYSTEM_TEXT_LIMITS.name),
  description: zText(SYSTEM_TEXT_LIMITS.description).nullable(),
  kind: z.enum(SystemKind),
  businessDomain: zText(SYSTEM_TEXT_LIMITS.businessDomain),
  vendor: zText(SYSTEM_TEXT_LIMITS.vendor).nullable(),
  ownerTeam: zKey.nullable(),
  criticality: z.enum(Criticality),
  lifecycle: z.enum(Lifecycle),
  isExternal: z.boolean(),
  ...exportedLinkFields,
  archivedAt: zDateTime.nullable(),
  archiveReason: zArchiveReason,
});

/** Text limits follow the integration input schema: an exported integration always imports back and stays editable. */
export const zExportedIntegration = z.strictObject({
  key: zKey,
  name: zText(INTEGRATION_TEXT_LIMITS.name),
  description: zText(INTEGRATION_TEXT_LIMITS.description).nullable(),
  sourceSystem: zKey,
  targetSystem: zKey,
  ownerTeam: zKey.nullable(),
  direction: z.enum(IntegrationDirection),
  mechanism: z.enum(IntegrationMechanism),
  pattern: z.enum(IntegrationPattern),
  frequency: z.enum(Frequency),
  dataObjects: z.array(zText(200)),
  fieldsExchanged: z.array(zText(200)),
  format: zText(INTEGRATION_TEXT_LIMITS.format).nullable(),
  volumePerDay: z.number().int().min(0).nullable(),
  dataClassification: z.enum(DataClassification),
  containsPersonalData: z.boolean(),
  permittedUses: z.array(z.enum(PermittedUse)),
  criticality: z.enum(Criticality),
  businessValue: z.number().int().min(1).max(5).nullable(),
  complexity: z.number().int().min(1).max(5).nullable(),
  lifecycle: z.enum(Lifecycle),
  approvalState: z.enum(ApprovalState),
  healthStatus: z.enum(HealthStatus),
  healthCheckedAt: zDateTime.nullable(),
  monitoring: z.enum(MonitoringMethod),
  monitoringNotes: zText(INTEGRATION_TEXT_LIMITS.monitoringNotes).nullable(),
  expectedLatencySeconds: z.number().int().min(0).nullable(),
  ...exportedLinkFields,
  archivedAt: zDateTime.nullable(),
  archiveReason: zArchiveReason,
  owners: z.array(z.strictObject({ role: z.enum(OwnerRole), email: zKey })),
  escalationPath: z.array(
    z.strictObject({ position: z.number().int().min(1), email: zKey.nullable(), contact: zText(INTEGRATION_TEXT_LIMITS.escalationContact).nullable() }),
  ),
  capabilities: z.array(zKey),
  validationRules: z.array(
    z.strictObject({
      kind: z.enum(ValidationRuleKind),
      field: zText(INTEGRATION_TEXT_LIMITS.validationRuleField).nullable(),
      description: zText(INTEGRATION_TEXT_LIMITS.validationRuleDescription),
    }),
  ),
  exceptionRoutes: z.array(
    z.strictObject({ errorType: z.enum(ExceptionType), action: z.enum(ExceptionAction), handler: zText(INTEGRATION_TEXT_LIMITS.exceptionHandler).nullable() }),
  ),
});

/** Limits follow the version form: an exported version always imports back and stays editable. */
export const zExportedContractVersion = z.strictObject({
  version: zVersionNumber,
  status: z.enum(ContractVersionStatus),
  specText: zCreateVersionInput.shape.specText.nullable(),
  changelog: zText(CONTRACT_VERSION_TEXT_LIMITS.changelog).nullable(),
  publishedAt: zDateTime.nullable(),
  glossary: z.array(
    z.strictObject({
      field: zText(CONTRACT_VERSION_TEXT_LIMITS.glossaryField),
      meaning: zText(CONTRACT_VERSION_TEXT_LIMITS.glossaryMeaning),
      rules: zText(CONTRACT_VERSION_TEXT_LIMITS.glossaryRules).nullable(),
    }),
  ),
});

export const zExportedContract = z.strictObject({
  slug: zKey,
  name: zText(200),
  description: zText(5000).nullable(),
  type: z.enum(ContractType),
  ownerTeam: zKey.nullable(),
  ownerEmail: zKey.nullable(),
  integration: zKey.nullable(),
  system: zKey.nullable(),
  ...exportedLinkFields,
  archivedAt: zDateTime.nullable(),
  archiveReason: zArchiveReason,
  versions: z.array(zExportedContractVersion),
});

export const zExportedConsumer = z.strictObject({
  name: zText(CONSUMER_TEXT_LIMITS.name),
  kind: z.enum(ConsumerKind),
  system: zKey.nullable(),
  contract: zKey,
  contractVersion: zText(50),
  fieldsUsed: z.array(zText(200)),
  purpose: zText(CONSUMER_TEXT_LIMITS.purpose),
  ownerEmail: zKey.nullable(),
  ownerTeam: zKey.nullable(),
  archivedAt: zDateTime.nullable(),
  archiveReason: zArchiveReason,
  capabilities: z.array(zKey),
});

const zCatalogExportShape = z.strictObject({
  format: z.literal(CATALOG_EXPORT_FORMAT),
  version: z.literal(CATALOG_EXPORT_VERSION),
  exportedAt: zDateTime,
  teams: z.array(zExportedTeam),
  people: z.array(zExportedPerson),
  capabilities: z.array(zExportedCapability),
  systems: z.array(zExportedSystem),
  integrations: z.array(zExportedIntegration),
  contracts: z.array(zExportedContract),
  consumers: z.array(zExportedConsumer),
});

type CatalogExportShape = z.infer<typeof zCatalogExportShape>;
type IssueSink = (path: (string | number)[], message: string) => void;

function checkUnique<T>(items: T[], keyOf: (item: T) => string, at: (string | number)[], field: string, report: IssueSink): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (seen.has(key)) report([...at, index, field], `Duplicate ${field} “${key}”.`);
    seen.add(key);
  });
  return seen;
}

/** Every reference must name something in the same file; errors point at the referring field. */
export function checkCatalogReferences(file: CatalogExportShape, report: IssueSink): void {
  const teams = checkUnique(file.teams, (t) => t.slug, ["teams"], "slug", report);
  const people = checkUnique(file.people, (p) => p.email.toLowerCase(), ["people"], "email", report);
  const capabilities = checkUnique(file.capabilities, (c) => c.slug, ["capabilities"], "slug", report);
  const systems = checkUnique(file.systems, (s) => s.slug, ["systems"], "slug", report);
  const integrations = checkUnique(file.integrations, (i) => i.key, ["integrations"], "key", report);
  checkUnique(file.contracts, (c) => c.slug, ["contracts"], "slug", report);
  const versions = new Set(file.contracts.flatMap((c) => c.versions.map((v) => `${c.slug}@${v.version}`)));

  const must = (set: Set<string>, value: string | null, path: (string | number)[], what: string) => {
    if (value !== null && !set.has(what === "person" ? value.toLowerCase() : value)) report(path, `No ${what} “${value}” in this file.`);
  };
  file.teams.forEach((team, t) => team.members.forEach((m, i) => must(people, m.email, ["teams", t, "members", i, "email"], "person")));
  file.systems.forEach((system, s) => must(teams, system.ownerTeam, ["systems", s, "ownerTeam"], "team"));
  file.integrations.forEach((integration, i) => {
    const at = (...rest: (string | number)[]) => ["integrations", i, ...rest];
    must(systems, integration.sourceSystem, at("sourceSystem"), "system");
    must(systems, integration.targetSystem, at("targetSystem"), "system");
    must(teams, integration.ownerTeam, at("ownerTeam"), "team");
    integration.owners.forEach((o, k) => must(people, o.email, at("owners", k, "email"), "person"));
    checkUnique(integration.owners, (o) => o.role, at("owners"), "role", report);
    integration.escalationPath.forEach((step, k) => must(people, step.email, at("escalationPath", k, "email"), "person"));
    checkUnique(integration.escalationPath, (s) => String(s.position), at("escalationPath"), "position", report);
    integration.capabilities.forEach((c, k) => must(capabilities, c, at("capabilities", k), "capability"));
    checkUnique(integration.exceptionRoutes, (r) => r.errorType, at("exceptionRoutes"), "errorType", report);
  });
  file.contracts.forEach((contract, c) => {
    must(teams, contract.ownerTeam, ["contracts", c, "ownerTeam"], "team");
    must(people, contract.ownerEmail, ["contracts", c, "ownerEmail"], "person");
    must(integrations, contract.integration, ["contracts", c, "integration"], "integration");
    must(systems, contract.system, ["contracts", c, "system"], "system");
    checkUnique(contract.versions, (v) => v.version, ["contracts", c, "versions"], "version", report);
  });
  file.consumers.forEach((consumer, k) => {
    must(systems, consumer.system, ["consumers", k, "system"], "system");
    must(versions, `${consumer.contract}@${consumer.contractVersion}`, ["consumers", k, "contractVersion"], "contract version");
    must(people, consumer.ownerEmail, ["consumers", k, "ownerEmail"], "person");
    must(teams, consumer.ownerTeam, ["consumers", k, "ownerTeam"], "team");
    consumer.capabilities.forEach((c, i) => must(capabilities, c, ["consumers", k, "capabilities", i], "capability"));
  });
}

/**
 * Every spec document in the file passes the same validation as one added through the form or the API (an import
 * is not a way around it); the first problem of each is named, with its line in the document.
 */
export function checkCatalogSpecs(file: CatalogExportShape, report: IssueSink): void {
  file.contracts.forEach((contract, c) => {
    const kind = contract.type;
    if (kind === "other") return;
    contract.versions.forEach((version, v) => {
      if (!version.specText) return;
      const analysis = analyzeSpec(version.specText, kind);
      if (analysis.ok) return;
      const more = analysis.issues.length > 1 ? ` (and ${analysis.issues.length - 1} more)` : "";
      report(
        ["contracts", c, "versions", v, "specText"],
        `The spec document of ${contract.slug} ${version.version} is not valid: ${describeSpecIssue(analysis.issues[0])}${more}`,
      );
    });
  });
}

export const zCatalogExport = zCatalogExportShape.superRefine((file, ctx) => {
  const report: IssueSink = (path, message) => ctx.addIssue({ code: "custom", path, message });
  checkCatalogReferences(file, report);
  checkCatalogSpecs(file, report);
});
export type CatalogExport = z.infer<typeof zCatalogExport>;
/** What an export looks like before JSON serialisation turns dates into strings. */
export type CatalogExportInput = z.input<typeof zCatalogExport>;

export const zCatalogImportOutput = z.object({
  imported: z.object({
    teams: z.number().int(),
    people: z.number().int().describe("People created; existing accounts (matched by e-mail) are kept as they are."),
    existingPeople: z.number().int(),
    capabilities: z.number().int(),
    systems: z.number().int(),
    integrations: z.number().int(),
    contracts: z.number().int(),
    contractVersions: z.number().int(),
    consumers: z.number().int(),
  }),
});
export type CatalogImportOutput = z.infer<typeof zCatalogImportOutput>;

/** The largest catalog file the import reads (a JSON export of a large installation). */
export const MAX_CATALOG_FILE_BYTES = 100 * 1024 * 1024;
