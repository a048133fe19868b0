import type { ContractType, Lifecycle } from "@/lib/generated/prisma/enums";
import { storedLinks, type RecordLink } from "@/lib/catalog/links/schemas";
import { compareVersions } from "@/lib/catalog/contracts/version-numbers";
import type { ContractRecord, EntityReport, MappedCatalog, PersonRecord, RecordKind, Relation, SystemRecord, TeamRecord } from "@/lib/backstage/map-entities";
import type { EntityProblem } from "@/lib/backstage/read-entities";

/** What the database holds of the records a catalog names, read by `loadExistingRecords` (plain data, so planning is pure). */
export interface ExistingRecords {
  teams: Map<string, { id: string; name: string; description: string | null }>;
  /** By lower-case e-mail: the person and the teams they belong to. */
  people: Map<string, { id: string; teamIds: Set<string> }>;
  /** Systems by Backstage ref, and every system holding one of the slugs the catalog wants (to report clashes). */
  systems: Map<string, ExistingSystem>;
  systemSlugs: Map<string, string | null>;
  contracts: Map<string, ExistingContract>;
  contractSlugs: Map<string, string | null>;
  /** `systemId contractId` of every consumer that is not archived. */
  consumerPairs: Set<string>;
  /** `backstageRef sourceSystemId targetSystemId` of every integration imported from Backstage. */
  integrations: Set<string>;
}
export interface ExistingSystem {
  id: string;
  name: string;
  description: string | null;
  businessDomain: string;
  ownerTeamId: string | null;
  lifecycle: Lifecycle;
  links: unknown;
  archivedAt: Date | null;
}
export interface ExistingContract {
  id: string;
  name: string;
  description: string | null;
  type: ContractType;
  ownerTeamId: string | null;
  systemId: string | null;
  links: unknown;
  archivedAt: Date | null;
  versions: { id: string; version: string; status: string; specText: string | null }[];
}

export type EntityAction = "create" | "update" | "unchanged" | "grouping" | "skipped" | "error";

export interface EntityResult {
  ref: string | null;
  kind: string | null;
  file: string;
  document: number;
  record: RecordKind | null;
  action: EntityAction;
  errors: string[];
  warnings: string[];
}

export const COUNTED = ["teams", "people", "systems", "contracts", "consumers", "integrations"] as const;
export type Counts = Record<(typeof COUNTED)[number], number>;

export interface ImportPlan {
  teams: { create: TeamRecord[]; update: { id: string; name: string; description: string | null }[] };
  people: { create: PersonRecord[] };
  memberships: { email: string; teamSlug: string }[];
  systems: { create: SystemRecord[]; update: { id: string; record: SystemRecord }[] };
  contracts: { create: ContractRecord[]; update: { id: string; record: ContractRecord }[] };
  consumers: Relation[];
  integrations: Relation[];
  results: EntityResult[];
  created: Counts;
  updated: Counts;
}

const NEW = "(new)";
const sameLinks = (stored: unknown, links: RecordLink[] | null) => JSON.stringify(storedLinks(stored)) === JSON.stringify(links ?? []);

/** The version consumers use: the highest active one, else the highest of any status. */
export function currentVersion<T extends { version: string; status: string }>(versions: readonly T[]): T | undefined {
  const sorted = [...versions].sort((a, b) => compareVersions(a.version, b.version));
  return sorted.filter((v) => v.status === "active").pop() ?? sorted.pop();
}

/**
 * Compares what the catalog says with what the database holds: creates what is new, updates only the fields that
 * differ, and leaves everything else alone, so importing the same catalog twice writes nothing the second time.
 * People who already exist are kept as they are (only missing team memberships are added). A changed API
 * definition is not applied: it is reported, since a new contract version goes through review.
 */
export function planImport(mapped: MappedCatalog, problems: readonly EntityProblem[], existing: ExistingRecords): ImportPlan {
  const plan: ImportPlan = {
    teams: { create: [], update: [] },
    people: { create: [] },
    memberships: [],
    systems: { create: [], update: [] },
    contracts: { create: [], update: [] },
    consumers: [],
    integrations: [],
    results: [],
    created: { teams: 0, people: 0, systems: 0, contracts: 0, consumers: 0, integrations: 0 },
    updated: { teams: 0, people: 0, systems: 0, contracts: 0, consumers: 0, integrations: 0 },
  };
  const actions = new Map<string, EntityAction>();
  // A copy: the same mapping is planned twice (the check, then inside the writing transaction).
  const reports = new Map([...mapped.reports].map(([ref, r]) => [ref, { ...r, errors: [...r.errors], warnings: [...r.warnings] }]));
  const report = (ref: string): EntityReport => reports.get(ref)!;

  const fileTeams = new Set(mapped.teams.map((t) => t.slug));
  const teamId = (slug: string | null): string | null => (slug === null ? null : (existing.teams.get(slug)?.id ?? NEW));
  const checkOwner = (ref: string, slug: string | null) => {
    if (slug !== null && !fileTeams.has(slug) && !existing.teams.has(slug))
      report(ref).errors.push(`Its owner group "${slug}" is neither in the catalog nor a team of the portal.`);
  };

  for (const team of mapped.teams) {
    if (report(team.ref).errors.length) continue;
    const current = existing.teams.get(team.slug);
    if (!current) {
      plan.teams.create.push(team);
      actions.set(team.ref, "create");
    } else if (current.name !== team.name || current.description !== team.description) {
      plan.teams.update.push({ id: current.id, name: team.name, description: team.description });
      actions.set(team.ref, "update");
    } else actions.set(team.ref, "unchanged");
  }

  for (const person of mapped.people) {
    if (report(person.ref).errors.length) continue;
    const current = existing.people.get(person.email);
    const teams = person.teams.filter((slug) => {
      if (fileTeams.has(slug) || existing.teams.has(slug)) return true;
      report(person.ref).warnings.push(`Member of "${slug}", which is neither in the catalog nor a team of the portal.`);
      return false;
    });
    const missing = teams.filter((slug) => {
      const id = existing.teams.get(slug)?.id;
      return !current || !id || !current.teamIds.has(id);
    });
    plan.memberships.push(...missing.map((teamSlug) => ({ email: person.email, teamSlug })));
    if (!current) {
      plan.people.create.push(person);
      actions.set(person.ref, "create");
    } else actions.set(person.ref, missing.length ? "update" : "unchanged");
  }

  for (const system of mapped.systems) {
    checkOwner(system.ref, system.ownerTeam);
    if (report(system.ref).errors.length) continue;
    const current = existing.systems.get(system.ref);
    if (!current) {
      const holder = existing.systemSlugs.get(system.slug);
      if (holder !== undefined) {
        report(system.ref).errors.push(
          holder === null
            ? `The portal already has a system "${system.slug}" that is not linked to Backstage: set its Backstage entity to ${system.ref} to adopt it.`
            : `The slug "${system.slug}" belongs to the system of ${holder}.`,
        );
        continue;
      }
      plan.systems.create.push(system);
      actions.set(system.ref, "create");
    } else if (current.archivedAt) {
      report(system.ref).errors.push(`Its system "${system.slug}" is archived; archived records are read-only.`);
    } else if (
      current.name !== system.name ||
      current.description !== system.description ||
      current.businessDomain !== system.businessDomain ||
      current.ownerTeamId !== teamId(system.ownerTeam) ||
      current.lifecycle !== system.lifecycle ||
      !sameLinks(current.links, system.links)
    ) {
      plan.systems.update.push({ id: current.id, record: system });
      actions.set(system.ref, "update");
    } else actions.set(system.ref, "unchanged");
  }
  const systemId = (ref: string | null): string | null =>
    ref === null ? null : (existing.systems.get(ref)?.id ?? (actions.get(ref) === "create" ? NEW : null));

  for (const contract of mapped.contracts) {
    checkOwner(contract.ref, contract.ownerTeam);
    if (report(contract.ref).errors.length) continue;
    const current = existing.contracts.get(contract.ref);
    if (!current) {
      const holder = existing.contractSlugs.get(contract.slug);
      if (holder !== undefined) {
        report(contract.ref).errors.push(
          holder === null
            ? `The portal already has a contract "${contract.slug}" that is not linked to Backstage: set its Backstage entity to ${contract.ref} to adopt it.`
            : `The slug "${contract.slug}" belongs to the contract of ${holder}.`,
        );
        continue;
      }
      plan.contracts.create.push(contract);
      actions.set(contract.ref, "create");
      continue;
    }
    if (current.archivedAt) {
      report(contract.ref).errors.push(`Its contract "${contract.slug}" is archived; archived records are read-only.`);
      continue;
    }
    const version = currentVersion(current.versions);
    if (version && version.specText !== contract.definition) {
      report(contract.ref).warnings.push(
        `The definition differs from version ${version.version}: it is not applied by an import. Propose it as a new version for review.`,
      );
    }
    if (
      current.name !== contract.name ||
      current.description !== contract.description ||
      current.type !== contract.type ||
      current.ownerTeamId !== teamId(contract.ownerTeam) ||
      current.systemId !== systemId(contract.systemRef) ||
      !sameLinks(current.links, contract.links)
    ) {
      plan.contracts.update.push({ id: current.id, record: contract });
      actions.set(contract.ref, "update");
    } else actions.set(contract.ref, "unchanged");
  }

  const contractKnown = (ref: string) => existing.contracts.has(ref) || actions.get(ref) === "create";
  const systemKnown = (ref: string) => systemId(ref) !== null;
  for (const relation of mapped.consumers) {
    if (!actions.has(relation.from)) continue;
    if (!contractKnown(relation.to)) {
      report(relation.from).errors.push(`consumesApis ${relation.to}: no such API in the catalog or the portal.`);
      continue;
    }
    const pair = `${systemId(relation.from)} ${existing.contracts.get(relation.to)?.id ?? NEW}`;
    if (pair.includes(NEW) || !existing.consumerPairs.has(pair)) plan.consumers.push(relation);
  }
  for (const relation of mapped.integrations) {
    if (!actions.has(relation.from)) continue;
    if (!systemKnown(relation.to)) {
      report(relation.from).errors.push(`dependsOn ${relation.to}: no such component or resource in the catalog or the portal.`);
      continue;
    }
    const triple = `${relation.from} ${systemId(relation.from)} ${systemId(relation.to)}`;
    if (triple.includes(NEW) || !existing.integrations.has(triple)) plan.integrations.push(relation);
  }

  const relationsOf = new Map<string, number>();
  for (const r of [...plan.consumers, ...plan.integrations]) relationsOf.set(r.from, (relationsOf.get(r.from) ?? 0) + 1);
  for (const entity of reports.values()) {
    let action: EntityAction = entity.errors.length ? "error" : entity.record === null ? "grouping" : (actions.get(entity.ref) ?? "error");
    if (action === "unchanged" && relationsOf.has(entity.ref)) action = "update";
    plan.results.push({
      ref: entity.ref,
      kind: entity.kind,
      file: entity.source.file,
      document: entity.source.document,
      record: entity.record,
      action,
      errors: entity.errors,
      warnings: entity.warnings,
    });
  }
  for (const problem of problems) {
    plan.results.push({
      ref: problem.ref ?? null,
      kind: problem.kind ?? null,
      file: problem.source.file,
      document: problem.source.document,
      record: null,
      ...(problem.skipped ? { action: "skipped", errors: [], warnings: [problem.detail] } : { action: "error", errors: [problem.detail], warnings: [] }),
    });
  }
  plan.results.sort((a, b) => a.file.localeCompare(b.file) || a.document - b.document);

  plan.created = {
    teams: plan.teams.create.length,
    people: plan.people.create.length,
    systems: plan.systems.create.length,
    contracts: plan.contracts.create.length,
    consumers: plan.consumers.length,
    integrations: plan.integrations.length,
  };
  plan.updated = {
    teams: plan.teams.update.length,
    people: new Set(plan.memberships.map((m) => m.email).filter((email) => existing.people.has(email))).size,
    systems: plan.systems.update.length,
    contracts: plan.contracts.update.length,
    consumers: 0,
    integrations: 0,
  };
  return plan;
}

export const planWrites = (plan: ImportPlan) => COUNTED.some((what) => plan.created[what] > 0 || plan.updated[what] > 0);
