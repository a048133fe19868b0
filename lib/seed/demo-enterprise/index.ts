import type { Frequency, IntegrationMechanism } from "@/lib/generated/prisma/enums";
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
  type IntegrationInput,
  type OwnerRow,
  type ValidationRuleRow,
} from "@/test/factories";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SeedCatalog } from "../catalog";
import { STANDARD_EXCEPTION_ROUTES } from "@/lib/catalog/integrations/exception-routing";
import { zDataRulesInput } from "@/lib/data-contracts/schemas";
import { stableId } from "../stable-id";
import { CAPABILITIES } from "./capabilities";
import { DOWNSTREAM_CONSUMERS, type ConsumerDefinition } from "./consumers";
import { CURATED_CONTRACTS, derivedContract, renderSpec, type ContractDefinition, type ContractVersionDefinition } from "./contracts";
import { FLOWS, type FlowDefinition } from "./flows";
import { GLOSSARY } from "./glossary";
import { onCallRota, PEOPLE, TEAMS, type TeamDefinition } from "./organisation";
import { SYSTEMS, type SystemDefinition } from "./systems";

export { COMPANY, DEMO_PASSWORD, PEOPLE } from "./organisation";

export interface DemoEnterpriseOptions {
  /** Hash of the demo password, computed once by the caller (hashing is deliberately slow). */
  passwordHash: string;
  /** Anchor for every relative date (health checks, publication dates), so a seed always looks recent. */
  now: Date;
}

export const integrationKey = (key: number) => `INT-${String(key).padStart(4, "0")}`;

const DEFAULT_FORMAT: Record<IntegrationMechanism, string> = {
  api_call: "JSON over HTTPS (REST)",
  event_message: "JSON events on Kafka",
  file_transfer: "CSV via SFTP",
  database_to_database: "SQL replication",
  ipaas_flow: "MuleSoft flow (JSON)",
  manual: "Spreadsheet (XLSX)",
  email: "E-mail with CSV attachment",
};

export const EXPECTED_LATENCY_SECONDS: Record<Frequency, number | null> = {
  real_time: 2,
  near_real_time: 60,
  hourly: 3_600,
  daily: 86_400,
  weekly: 604_800,
  ad_hoc: null,
};

/** The demo enterprise as seed-ready rows: same output for the same `now`, whatever else ran before. */
export function buildDemoEnterprise({ passwordHash, now }: DemoEnterpriseOptions): SeedCatalog {
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

  const teamId = (slug: string) => stableId("team", slug);
  const teamBySlug = new Map<string, TeamDefinition>(TEAMS.map((team) => [team.slug, team]));
  const personByHandle = new Map(PEOPLE.map((person) => [person.handle, person]));
  const userId = (handle: string) => {
    const person = personByHandle.get(handle);
    if (!person) throw new Error(`Unknown person "${handle}" in the demo enterprise.`);
    return stableId("user", person.email);
  };
  const systemBySlug = new Map<string, SystemDefinition>(SYSTEMS.map((system) => [system.slug, system]));
  const systemId = (slug: string) => stableId("system", slug);
  const capabilityId = (slug: string) => stableId("capability", slug);
  const teamOfSystem = (slug: string) => {
    const team = systemBySlug.get(slug)?.team;
    return team ? teamBySlug.get(team) : undefined;
  };

  const teams = TEAMS.map((team) =>
    buildTeam({ id: teamId(team.slug), slug: team.slug, name: team.name, description: team.description, createdAt: daysAgo(900) }),
  );

  const users = PEOPLE.map((person) =>
    buildUser({
      id: stableId("user", person.email),
      email: person.email,
      name: person.name,
      title: person.title,
      role: person.role,
      passwordHash: person.signsIn ? passwordHash : null,
      disabledAt: person.disabled ? daysAgo(240) : null,
      createdAt: daysAgo(person.signsIn ? 400 : 700),
      memberships: person.teams.map((slug) => ({ teamId: teamId(slug), isLead: teamBySlug.get(slug)?.lead === person.handle })),
    }),
  );

  const capabilities = CAPABILITIES.map((capability) =>
    buildBusinessCapability({ id: capabilityId(capability.slug), slug: capability.slug, name: capability.name, description: capability.description }),
  );

  const systems = SYSTEMS.map((system: SystemDefinition, index) =>
    buildSystem({
      id: systemId(system.slug),
      slug: system.slug,
      name: system.name,
      description: system.description,
      kind: system.kind,
      businessDomain: system.domain,
      vendor: system.vendor,
      ownerTeamId: system.team ? teamId(system.team) : null,
      criticality: system.tier,
      lifecycle: system.lifecycle ?? "active",
      isExternal: system.external ?? false,
      ...(system.links ? { links: system.links, backstageRef: system.backstageRef } : {}),
      createdAt: daysAgo(1_000 - index * 11),
    }),
  );

  const integrations = FLOWS.map((flow) => buildFlow(flow));

  function buildFlow(flow: FlowDefinition): IntegrationInput {
    const ownership = flow.ownership ?? "full";
    const team = flow.team ? teamBySlug.get(flow.team) : undefined;
    const sourceTeam = teamOfSystem(flow.from) ?? team;
    const targetTeam = teamOfSystem(flow.to) ?? team;
    const technical = ownership === "departed" ? "peter" : team?.engineer;

    const owners: OwnerRow[] = [];
    if (ownership !== "none") {
      if (sourceTeam) owners.push({ role: "source_owner", userId: userId(sourceTeam.lead) });
      if (targetTeam) owners.push({ role: "target_owner", userId: userId(targetTeam.lead) });
      if (technical) owners.push({ role: "technical_owner", userId: userId(technical) });
      if (ownership !== "no_data_owner" && sourceTeam) owners.push({ role: "data_owner", userId: userId(sourceTeam.dataOwner) });
    }

    const escalationPath: EscalationRow[] = [];
    if (ownership !== "none" && team) {
      const people = [...new Set([technical, team.lead].filter((handle): handle is string => Boolean(handle)))];
      people.forEach((handle, index) => escalationPath.push({ position: index + 1, userId: userId(handle), contact: null }));
      escalationPath.push({ position: people.length + 1, userId: null, contact: onCallRota(team.slug) });
    }

    const validationRules: ValidationRuleRow[] = [];
    if (flow.rules !== "none") {
      const identifier = flow.fields[0];
      validationRules.push({ kind: "required_field", field: identifier, description: `${identifier} is required; records without it are quarantined.` });
      if (flow.mechanism === "event_message") {
        validationRules.push({ kind: "uniqueness", field: "event_id", description: "Events are deduplicated on event_id; replays are dropped." });
      }
      for (const rule of flow.rules ?? []) {
        if (!validationRules.some((existing) => existing.kind === rule.kind && existing.field === rule.field)) validationRules.push({ ...rule });
      }
    }

    const routes = flow.routes ?? "standard";
    const exceptionRoutes = STANDARD_EXCEPTION_ROUTES.filter(
      (route) => routes === "standard" || (routes === "partial" && ["missing_required_field", "unclassified"].includes(route.errorType)),
    ).map((route) => ({ ...route }));

    const lifecycle = flow.lifecycle ?? "active";
    const checkedMinutesAgo = flow.monitoring === "manual_review" ? 60 * 20 : 1 + ((flow.key * 7) % 55);
    return buildIntegration({
      id: stableId("integration", integrationKey(flow.key)),
      key: integrationKey(flow.key),
      name: flow.name,
      description: flow.description,
      sourceSystemId: systemId(flow.from),
      targetSystemId: systemId(flow.to),
      ownerTeamId: flow.team ? teamId(flow.team) : null,
      direction: flow.direction,
      mechanism: flow.mechanism,
      pattern: flow.pattern,
      frequency: flow.frequency,
      dataObjects: flow.objects,
      fieldsExchanged: flow.fields,
      format: flow.format ?? DEFAULT_FORMAT[flow.mechanism],
      volumePerDay: flow.volume,
      dataClassification: flow.classification,
      containsPersonalData: flow.personalData ?? false,
      permittedUses: flow.uses,
      criticality: flow.tier,
      businessValue: flow.value,
      complexity: flow.complexity,
      lifecycle,
      // Integrations nobody owns were never through a design review.
      approvalState: flow.approval ?? (lifecycle === "planned" || ownership === "none" ? "draft" : "approved"),
      healthStatus: flow.health,
      healthCheckedAt: flow.monitoring === "none" ? null : minutesAgo(checkedMinutesAgo),
      monitoring: flow.monitoring,
      monitoringNotes: flow.monitoringNotes ?? null,
      expectedLatencySeconds: EXPECTED_LATENCY_SECONDS[flow.frequency],
      createdAt: lifecycle === "planned" ? daysAgo(5 + (flow.key % 30)) : daysAgo(60 + ((flow.key * 53) % 800)),
      owners,
      escalationPath,
      capabilityIds: flow.capabilities.map(capabilityId),
      validationRules,
      exceptionRoutes,
    });
  }

  const curatedByKey = new Map(CURATED_CONTRACTS.map((contract) => [contract.integrationKey, contract]));
  const contractDefinitions = FLOWS.filter((flow) => flow.contract !== false).map(
    (flow) => [flow, curatedByKey.get(flow.key) ?? derivedContract(flow)] as const,
  );
  const versionId = (contract: ContractDefinition, version: ContractVersionDefinition) => stableId("contract-version", `${contract.slug}@${version.version}`);

  const contracts: Prisma.ContractCreateManyInput[] = [];
  const contractVersions: ContractVersionInput[] = [];
  for (const [flow, contract] of contractDefinitions) {
    const provider = contract.type === "openapi" && isPushApi(contract, flow) ? flow.to : flow.from;
    const ownerTeam = teamOfSystem(provider) ?? (flow.team ? teamBySlug.get(flow.team) : undefined);
    const oldest = Math.max(...contract.versions.map((version) => version.publishedDaysAgo ?? 0));
    contracts.push(
      buildContract({
        id: stableId("contract", contract.slug),
        slug: contract.slug,
        name: contract.name,
        description: contract.description,
        type: contract.type,
        ownerTeamId: ownerTeam ? teamId(ownerTeam.slug) : null,
        ownerUserId: ownerTeam ? userId(ownerTeam.lead) : null,
        integrationId: stableId("integration", integrationKey(flow.key)),
        systemId: systemId(provider),
        createdAt: daysAgo(oldest + 14),
      }),
    );
    for (const version of contract.versions) {
      contractVersions.push(
        buildContractVersion({
          id: versionId(contract, version),
          contractId: stableId("contract", contract.slug),
          version: version.version,
          status: version.status,
          specText: renderSpec(contract, version),
          // Stored as the API would store them: through the schema, so defaults (severity) are filled in.
          dataRules: version.dataRules ? zDataRulesInput.parse(version.dataRules) : undefined,
          changelog: version.changelog,
          publishedAt: version.publishedDaysAgo === null ? null : daysAgo(version.publishedDaysAgo),
          createdAt: daysAgo((version.publishedDaysAgo ?? 3) + 7),
          glossary: version.fields.flatMap((field) => {
            const entry = version.glossary?.[field] ?? GLOSSARY[field];
            return entry ? [{ field, meaning: entry.meaning, rules: entry.rules ?? null }] : [];
          }),
        }),
      );
    }
  }

  const contractBySlug = new Map(contractDefinitions.map(([, contract]) => [contract.slug, contract]));
  const contractByKey = new Map(contractDefinitions.map(([flow, contract]) => [flow.key, contract]));
  const consumers: ConsumerInput[] = [];
  const addConsumer = (definition: LooseConsumerDefinition) => {
    const contract = typeof definition.contract === "number" ? contractByKey.get(definition.contract) : contractBySlug.get(definition.contract);
    if (!contract) throw new Error(`Consumer "${definition.name}" names a contract the demo does not have: ${definition.contract}.`);
    const version = definition.version ? contract.versions.find((candidate) => candidate.version === definition.version) : currentVersion(contract);
    if (!version) throw new Error(`Consumer "${definition.name}" names a missing version ${definition.version} of ${contract.slug}.`);
    const contractVersionId = versionId(contract, version);
    consumers.push(
      buildConsumer({
        id: stableId("consumer", `${definition.name}|${contractVersionId}`),
        name: definition.name,
        kind: definition.kind,
        systemId: definition.system ? systemId(definition.system) : null,
        contractVersionId,
        fieldsUsed: definition.fieldsUsed,
        purpose: definition.purpose,
        ownerUserId: definition.owner ? userId(definition.owner) : null,
        ownerTeamId: definition.team ? teamId(definition.team) : null,
        createdAt: daysAgo(Math.max(1, (version.publishedDaysAgo ?? 10) - 5)),
        capabilityIds: definition.capabilities.map(capabilityId),
      }),
    );
  };
  // The target of a contracted integration consumes the contract by definition.
  for (const [flow, contract] of contractDefinitions) {
    if (flow.lifecycle === "retired") continue;
    const target = systemBySlug.get(flow.to);
    const version = currentVersion(contract);
    if (!target || !version) continue;
    const targetTeam = target.team ? teamBySlug.get(target.team) : undefined;
    addConsumer({
      name: target.name,
      kind: "system",
      system: target.slug,
      contract: contract.slug,
      version: version.version,
      fieldsUsed: flow.fields.filter((field) => version.fields.includes(field)),
      purpose: `${flow.name}: receives ${flow.objects.join(", ").toLowerCase()} records.`,
      owner: targetTeam?.lead ?? null,
      team: targetTeam?.slug ?? null,
      capabilities: flow.capabilities,
    });
  }
  DOWNSTREAM_CONSUMERS.forEach(addConsumer);

  return { teams, users, capabilities, systems, integrations, contracts, contractVersions, consumers };
}

/** Consumers derived from flows name systems and teams by runtime strings rather than literal slugs. */
type LooseConsumerDefinition = Omit<ConsumerDefinition, "system" | "team"> & { system?: string; team: string | null };

/** Active if there is one, else the newest deprecated, else whatever was proposed. */
function currentVersion(contract: ContractDefinition): ContractVersionDefinition | undefined {
  const byStatus = (status: string) => contract.versions.filter((version) => version.status === status).at(-1);
  return byStatus("active") ?? byStatus("deprecated") ?? byStatus("proposed") ?? byStatus("retired");
}

function isPushApi(contract: ContractDefinition, flow: FlowDefinition): boolean {
  return contract.shape.kind === "openapi" && contract.shape.operations.includes("create") && flow.mechanism === "api_call";
}
