import { parseEntityRef, type Entity } from "@backstage/catalog-model";
import { parseAllDocuments } from "yaml";
import type { ContractType, Lifecycle } from "@/lib/generated/prisma/enums";
import { zRecordLinks, type LinkKind, type RecordLink } from "@/lib/catalog/links/schemas";
import type { EntitySource, SourcedEntity } from "@/lib/backstage/read-entities";

/**
 * How Backstage entities become portal records (decision 060). Pure: the same entities always map to the same
 * records, which is what makes a re-import of an unchanged catalog write nothing.
 *
 * - Group → team (slug = the entity's name); User → person (matched by e-mail), with team memberships;
 * - Component and Resource → system, keyed by its Backstage ref; API → contract with a first version holding the
 *   definition, owned by the system whose `providesApis` names it;
 * - `consumesApis` → a consumer of the API's current version; `dependsOn` → an integration from the dependent to
 *   what it depends on;
 * - System and Domain → the systems' business domain (the portal has no record of its own for them).
 */

export type RecordKind = "team" | "person" | "system" | "contract";

export interface TeamRecord {
  ref: string;
  slug: string;
  name: string;
  description: string | null;
}
export interface PersonRecord {
  ref: string;
  email: string;
  name: string;
  teams: string[];
}
export interface SystemRecord {
  ref: string;
  slug: string;
  name: string;
  description: string | null;
  businessDomain: string;
  ownerTeam: string | null;
  lifecycle: Lifecycle;
  links: RecordLink[] | null;
}
export interface ContractRecord {
  ref: string;
  slug: string;
  name: string;
  description: string | null;
  type: ContractType;
  ownerTeam: string | null;
  systemRef: string | null;
  links: RecordLink[] | null;
  definition: string;
  version: string;
}
/** `from` consumes / depends on `to`, both Backstage refs. */
export interface Relation {
  from: string;
  to: string;
}

export interface EntityReport {
  ref: string;
  kind: string;
  source: EntitySource;
  /** What the entity becomes; null for System and Domain entities, which only group systems. */
  record: RecordKind | null;
  errors: string[];
  warnings: string[];
}

export interface MappedCatalog {
  teams: TeamRecord[];
  people: PersonRecord[];
  systems: SystemRecord[];
  contracts: ContractRecord[];
  consumers: Relation[];
  integrations: Relation[];
  reports: Map<string, EntityReport>;
}

const RECORD_OF: Record<string, RecordKind | null> = {
  group: "team",
  user: "person",
  component: "system",
  resource: "system",
  api: "contract",
  system: null,
  domain: null,
};

export const UNASSIGNED_DOMAIN = "Unassigned";

/** A portal slug for an entity ref: its name, prefixed by its namespace outside `default`. */
export function slugOf(ref: string): string {
  const { namespace, name } = parseEntityRef(ref);
  const raw = namespace === "default" ? name : `${namespace}-${name}`;
  return raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

const LIFECYCLES: Record<string, Lifecycle> = { experimental: "planned", production: "active", deprecated: "deprecated" };

const CONTRACT_TYPES: Record<string, ContractType> = { openapi: "openapi", asyncapi: "asyncapi", "json-schema": "json_schema" };
/** The Backstage API type the export writes for each contract type; the inverse of the table above. */
export const BACKSTAGE_CONTRACT_TYPES: Record<ContractType, string> = { openapi: "openapi", asyncapi: "asyncapi", json_schema: "json-schema", other: "other" };

function linkKind(link: { type?: string; icon?: string; title?: string; url: string }): LinkKind {
  const text = `${link.type ?? ""} ${link.icon ?? ""} ${link.title ?? ""}`.toLowerCase();
  if (/runbook/.test(text)) return "runbook";
  if (/dashboard|grafana|monitor/.test(text)) return "dashboard";
  if (/repo|github|gitlab|source/.test(text)) return "repository";
  if (/doc/.test(text)) return "docs";
  return "other";
}

/** The version a definition declares (`info.version` of OpenAPI and AsyncAPI), or 1.0.0. */
export function definitionVersion(definition: string): string {
  try {
    const version = (parseAllDocuments(definition)[0]?.toJS() as { info?: { version?: unknown } } | null)?.info?.version;
    const text = typeof version === "number" ? String(version) : version;
    if (typeof text === "string" && /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(text.trim())) return text.trim();
  } catch {
    // A definition that is not YAML or JSON is stored as written; only its version is unknown.
  }
  return "1.0.0";
}

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);
const refs = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

function normalizedRef(target: string, defaultKind: string, namespace: string): string | null {
  try {
    const { kind, namespace: ns, name } = parseEntityRef(target, { defaultKind, defaultNamespace: namespace });
    return `${kind}:${ns}/${name}`.toLowerCase();
  } catch {
    return null;
  }
}

export function mapEntities(entities: readonly SourcedEntity[]): MappedCatalog {
  const catalog: MappedCatalog = { teams: [], people: [], systems: [], contracts: [], consumers: [], integrations: [], reports: new Map() };
  const byRef = new Map<string, Entity>();
  for (const { entity, ref, source } of entities) {
    const kind = entity.kind.toLowerCase();
    if (catalog.reports.has(ref)) {
      const first = catalog.reports.get(ref)!;
      first.errors.push(`Declared twice: again in ${source.file}, document ${source.document}.`);
      continue;
    }
    catalog.reports.set(ref, { ref, kind: entity.kind, source, record: RECORD_OF[kind] ?? null, errors: [], warnings: [] });
    byRef.set(ref, entity);
  }
  const report = (ref: string) => catalog.reports.get(ref)!;
  const namespaceOf = (entity: Entity) => entity.metadata.namespace ?? "default";

  // A user who owns something stands for their first group: the portal's records are owned by teams.
  const ownerTeam = (ref: string, entity: Entity): string | null => {
    const owner = text((entity.spec as { owner?: unknown } | undefined)?.owner);
    if (!owner) return null;
    const ownerRef = normalizedRef(owner, "group", namespaceOf(entity));
    if (!ownerRef) {
      report(ref).errors.push(`spec.owner "${owner}" is not an entity reference.`);
      return null;
    }
    if (ownerRef.startsWith("group:")) return slugOf(ownerRef);
    if (ownerRef.startsWith("user:")) {
      const user = byRef.get(ownerRef);
      const group = user ? refs((user.spec as { memberOf?: unknown }).memberOf)[0] : undefined;
      if (group) return slugOf(normalizedRef(group, "group", namespaceOf(user!)) ?? group);
      report(ref).warnings.push(`Owned by ${ownerRef}, who belongs to no group in the catalog: recorded without an owner team.`);
      return null;
    }
    report(ref).errors.push(`spec.owner ${ownerRef} is neither a group nor a user.`);
    return null;
  };

  const domainOf = (systemRef: string | null): string => {
    if (!systemRef) return UNASSIGNED_DOMAIN;
    const system = byRef.get(systemRef);
    if (!system) return UNASSIGNED_DOMAIN;
    const domain = text((system.spec as { domain?: unknown } | undefined)?.domain);
    const domainEntity = domain ? byRef.get(normalizedRef(domain, "domain", namespaceOf(system)) ?? "") : undefined;
    if (domainEntity) return (text(domainEntity.metadata.title) ?? domainEntity.metadata.name).slice(0, 100);
    return (text(system.metadata.title) ?? system.metadata.name).slice(0, 100);
  };

  const linksOf = (ref: string, entity: Entity): RecordLink[] | null => {
    const links = (entity.metadata.links ?? []).map((link) => ({ kind: linkKind(link), url: link.url, title: text(link.title) }));
    if (!links.length) return null;
    const parsed = zRecordLinks.safeParse(links);
    if (parsed.success) return parsed.data;
    report(ref).errors.push(`metadata.links: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    return null;
  };

  const slugs = new Map<string, string>();
  const takeSlug = (ref: string, record: RecordKind): string => {
    const slug = slugOf(ref);
    const key = `${record}:${slug}`;
    const other = slugs.get(key);
    if (other) report(ref).errors.push(`Its ${record}'s slug "${slug}" is also the slug of ${other}.`);
    else if (slug.length < 2) report(ref).errors.push(`The name gives the slug "${slug}"; the portal needs at least 2 characters.`);
    slugs.set(key, ref);
    return slug;
  };

  const providers = new Map<string, string>();
  for (const [ref, entity] of byRef) {
    if (!ref.startsWith("component:")) continue;
    for (const api of refs((entity.spec as { providesApis?: unknown }).providesApis)) {
      const apiRef = normalizedRef(api, "api", namespaceOf(entity));
      if (!apiRef) continue;
      const first = providers.get(apiRef);
      if (first && first !== ref) report(ref).warnings.push(`${apiRef} is also provided by ${first}: its contract belongs to ${first}.`);
      else providers.set(apiRef, ref);
    }
  }

  for (const [ref, entity] of byRef) {
    const kind = entity.kind.toLowerCase();
    const spec = (entity.spec ?? {}) as Record<string, unknown>;
    const name = (text(entity.metadata.title) ?? entity.metadata.name).slice(0, 200);
    const description = text(entity.metadata.description);
    const namespace = namespaceOf(entity);
    if (kind === "group") {
      const profile = (spec.profile ?? {}) as { displayName?: unknown };
      catalog.teams.push({
        ref,
        slug: takeSlug(ref, "team"),
        name: (text(profile.displayName) ?? name).slice(0, 120),
        description: description?.slice(0, 2000) ?? null,
      });
    } else if (kind === "user") {
      const profile = (spec.profile ?? {}) as { displayName?: unknown; email?: unknown };
      const email = text(profile.email);
      if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) {
        report(ref).errors.push("spec.profile.email is missing: the portal knows people by their e-mail address.");
        continue;
      }
      const teams = refs(spec.memberOf).map((group) => normalizedRef(group, "group", namespace));
      catalog.people.push({
        ref,
        email: email.toLowerCase(),
        name: text(profile.displayName) ?? name,
        teams: teams.filter((t): t is string => !!t).map(slugOf),
      });
    } else if (kind === "component" || kind === "resource") {
      const systemRef = text(spec.system) ? normalizedRef(String(spec.system), "system", namespace) : null;
      const lifecycle = text(spec.lifecycle)?.toLowerCase();
      const mapped = lifecycle ? LIFECYCLES[lifecycle] : undefined;
      if (lifecycle && !mapped) report(ref).warnings.push(`Lifecycle "${lifecycle}" has no equivalent: recorded as active.`);
      catalog.systems.push({
        ref,
        slug: takeSlug(ref, "system"),
        name,
        description: description?.slice(0, 5000) ?? null,
        businessDomain: domainOf(systemRef),
        ownerTeam: ownerTeam(ref, entity),
        lifecycle: mapped ?? "active",
        links: linksOf(ref, entity),
      });
      for (const api of refs(spec.consumesApis)) {
        const apiRef = normalizedRef(api, "api", namespace);
        if (apiRef) catalog.consumers.push({ from: ref, to: apiRef });
      }
      for (const target of refs(spec.dependsOn)) {
        const targetRef = normalizedRef(target, "component", namespace);
        if (targetRef && /^(component|resource):/.test(targetRef)) catalog.integrations.push({ from: ref, to: targetRef });
        else report(ref).warnings.push(`dependsOn ${target} is not a component or resource: no integration is recorded for it.`);
      }
    } else if (kind === "api") {
      const type = text(spec.type)?.toLowerCase() ?? "other";
      const definition = typeof spec.definition === "string" ? spec.definition : JSON.stringify(spec.definition ?? null, null, 2);
      catalog.contracts.push({
        ref,
        slug: takeSlug(ref, "contract"),
        name,
        description: description?.slice(0, 5000) ?? null,
        type: CONTRACT_TYPES[type] ?? "other",
        ownerTeam: ownerTeam(ref, entity),
        systemRef: providers.get(ref) ?? null,
        links: linksOf(ref, entity),
        definition,
        version: definitionVersion(definition),
      });
    }
  }

  // dependencyOf is dependsOn written from the other side.
  for (const [ref, entity] of byRef) {
    if (!/^(component|resource):/.test(ref)) continue;
    for (const source of refs((entity.spec as { dependencyOf?: unknown }).dependencyOf)) {
      const from = normalizedRef(source, "component", namespaceOf(entity));
      if (from && /^(component|resource):/.test(from) && !catalog.integrations.some((r) => r.from === from && r.to === ref))
        catalog.integrations.push({ from, to: ref });
    }
  }
  return catalog;
}
