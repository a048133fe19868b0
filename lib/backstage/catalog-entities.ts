import { stringify } from "yaml";
import type { ContractType, Lifecycle } from "@/lib/generated/prisma/enums";
import { storedLinks } from "@/lib/catalog/links/schemas";
import { currentVersion } from "@/lib/backstage/plan-import";
import { BACKSTAGE_CONTRACT_TYPES, UNASSIGNED_DOMAIN, slugOf } from "@/lib/backstage/map-entities";

export interface CatalogForBackstage {
  teams: { slug: string; name: string; description: string | null }[];
  people: { email: string; name: string; teams: string[] }[];
  systems: {
    id: string;
    slug: string;
    name: string;
    description: string | null;
    businessDomain: string;
    lifecycle: Lifecycle;
    links: unknown;
    backstageRef: string | null;
    ownerTeam: string | null;
  }[];
  contracts: {
    id: string;
    slug: string;
    name: string;
    description: string | null;
    type: ContractType;
    links: unknown;
    backstageRef: string | null;
    systemId: string | null;
    ownerTeam: string | null;
    versions: { version: string; status: string; specText: string | null }[];
  }[];
  consumers: { systemId: string; contractId: string }[];
  integrations: { sourceSystemId: string; targetSystemId: string }[];
}

const LIFECYCLE: Record<Lifecycle, string> = { planned: "experimental", active: "production", deprecated: "deprecated", retired: "deprecated" };
const API_VERSION = "backstage.io/v1alpha1";

/** kind, namespace and name of a record: its Backstage ref when it has one of the right kind, else its slug. */
function identity(backstageRef: string | null, slug: string, kinds: readonly string[]): { kind: string; namespace: string; name: string } {
  const match = backstageRef?.match(/^([a-z]+):([^/]+)\/(.+)$/i);
  if (match && kinds.includes(match[1].toLowerCase())) return { kind: match[1].toLowerCase(), namespace: match[2], name: match[3] };
  return { kind: kinds[0], namespace: "default", name: slug };
}
const refText = (id: { kind: string; namespace: string; name: string }) => `${id.kind}:${id.namespace === "default" ? "" : `${id.namespace}/`}${id.name}`;

function metadata(name: string, namespace: string, title: string | null, description: string | null, links: unknown) {
  const stored = storedLinks(links);
  return {
    name,
    ...(namespace === "default" ? {} : { namespace }),
    ...(title && title !== name ? { title } : {}),
    ...(description ? { description } : {}),
    ...(stored.length ? { links: stored.map((l) => ({ url: l.url, ...(l.title ? { title: l.title } : {}), type: l.kind })) } : {}),
  };
}

/**
 * The catalog as Backstage entities (decision 060, read backwards): teams as Groups, people in teams as Users,
 * business domains as Systems, systems as Components (Resources when they were imported as one), contracts as APIs
 * with their current version as the definition, consumers as `consumesApis` and integrations as `dependsOn`.
 * Backstage requires an owner: records without an owner team are left out and listed in the file's first comment.
 * Importing the file into an empty portal and exporting again gives the same file.
 */
export function catalogToBackstageYaml(catalog: CatalogForBackstage): string {
  const left: string[] = [];
  const docs: object[] = [];
  for (const team of catalog.teams) {
    docs.push({
      apiVersion: API_VERSION,
      kind: "Group",
      metadata: metadata(team.slug, "default", null, team.description, null),
      spec: { type: "team", profile: { displayName: team.name }, children: [] },
    });
  }
  const userNames = new Set<string>();
  for (const person of catalog.people) {
    const base = slugOf(`user:default/${person.email.split("@")[0]}`) || "person";
    let name = base;
    for (let n = 2; userNames.has(name); n++) name = `${base}-${n}`;
    userNames.add(name);
    docs.push({
      apiVersion: API_VERSION,
      kind: "User",
      metadata: { name },
      spec: { profile: { displayName: person.name, email: person.email }, memberOf: person.teams },
    });
  }

  const systems = catalog.systems.filter((s) => s.ownerTeam !== null || !left.push(`system ${s.slug}`));
  const domains = new Map<string, { name: string; owner: string }>();
  for (const s of systems) {
    if (s.businessDomain === UNASSIGNED_DOMAIN || domains.has(s.businessDomain)) continue;
    const base = slugOf(`system:default/${s.businessDomain}`) || "domain";
    let name = base;
    // "Sales" and "sales" are two domains to the portal but one name to Backstage.
    for (let n = 2; [...domains.values()].some((d) => d.name === name); n++) name = `${base}-${n}`;
    domains.set(s.businessDomain, { name, owner: s.ownerTeam! });
  }
  for (const [title, domain] of domains) {
    docs.push({ apiVersion: API_VERSION, kind: "System", metadata: { name: domain.name, title }, spec: { owner: domain.owner } });
  }

  const contracts = catalog.contracts.filter((c) => {
    if (c.ownerTeam === null) return !left.push(`contract ${c.slug}`);
    if (!currentVersion(c.versions)?.specText) return !left.push(`contract ${c.slug} (no version with a definition)`);
    return true;
  });
  const systemIds = new Map(systems.map((s) => [s.id, identity(s.backstageRef, s.slug, ["component", "resource"])]));
  const apiIds = new Map(contracts.map((c) => [c.id, identity(c.backstageRef, c.slug, ["api"])]));
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
  for (const s of systems) {
    const id = systemIds.get(s.id)!;
    const provides = sorted(contracts.filter((c) => c.systemId === s.id).map((c) => refText(apiIds.get(c.id)!).replace(/^api:/, "")));
    const consumes = sorted(
      catalog.consumers.filter((c) => c.systemId === s.id && apiIds.has(c.contractId)).map((c) => refText(apiIds.get(c.contractId)!).replace(/^api:/, "")),
    );
    const dependsOn = sorted(
      catalog.integrations.filter((i) => i.sourceSystemId === s.id && systemIds.has(i.targetSystemId)).map((i) => refText(systemIds.get(i.targetSystemId)!)),
    );
    const domain = domains.get(s.businessDomain);
    docs.push({
      apiVersion: API_VERSION,
      kind: id.kind === "resource" ? "Resource" : "Component",
      metadata: metadata(id.name, id.namespace, s.name, s.description, s.links),
      spec: {
        type: id.kind === "resource" ? "resource" : "service",
        ...(id.kind === "resource" ? {} : { lifecycle: LIFECYCLE[s.lifecycle] }),
        owner: s.ownerTeam,
        ...(domain ? { system: domain.name } : {}),
        ...(provides.length ? { providesApis: provides } : {}),
        ...(consumes.length ? { consumesApis: consumes } : {}),
        ...(dependsOn.length ? { dependsOn } : {}),
      },
    });
  }
  for (const c of contracts) {
    const id = apiIds.get(c.id)!;
    docs.push({
      apiVersion: API_VERSION,
      kind: "API",
      metadata: metadata(id.name, id.namespace, c.name, c.description, c.links),
      spec: { type: BACKSTAGE_CONTRACT_TYPES[c.type], lifecycle: "production", owner: c.ownerTeam, definition: currentVersion(c.versions)!.specText },
    });
  }
  const header = [
    "# The Interchange catalog as Backstage entities (catalog-info.yaml).",
    ...(left.length ? [`# Left out (Backstage requires an owner and APIs a definition): ${left.join(", ")}.`] : []),
  ];
  return `${header.join("\n")}\n${docs.map((doc) => stringify(doc, { lineWidth: 0 })).join("---\n")}`;
}
