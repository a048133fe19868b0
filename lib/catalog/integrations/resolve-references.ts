import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findCapabilityIdsBySlug, findSystemIdsBySlug, findTeamIdsBySlug, findUserIdsByEmail } from "@/lib/catalog/integrations/lookup-repository";
import { type IntegrationWrite } from "@/lib/catalog/integrations/write-repository";
import { OWNER_ROLES, type IntegrationUpdateInput } from "@/lib/catalog/integrations/schemas";
import { InvalidInput } from "@/lib/errors/domain-errors";

/** An update, or a CSV row, whose `ownerTeam` may be null: no team owns the integration. */
type ReferencingInput = Omit<IntegrationUpdateInput, "ownerTeam"> & { ownerTeam?: string | null };

export type ReferenceErrors = { pointer: string; detail: string }[];

export function unresolvedReferences(errors: ReferenceErrors): InvalidInput {
  return new InvalidInput(`${errors[0].pointer.slice(1)}: ${errors[0].detail}`, { issues: errors });
}

export interface ReferenceMaps {
  systems: Map<string, { id: string; archivedAt: Date | null }>;
  teams: Map<string, string>;
  users: Map<string, string>;
  capabilities: Map<string, string>;
}

/** Loads every system, team, person and capability the inputs name, in four queries however many inputs there are. */
export async function loadReferenceMaps(tx: Prisma.TransactionClient, inputs: readonly ReferencingInput[]): Promise<ReferenceMaps> {
  const systems = new Set<string>();
  const teams = new Set<string>();
  const emails = new Set<string>();
  const capabilities = new Set<string>();
  for (const input of inputs) {
    if (input.sourceSystem) systems.add(input.sourceSystem);
    if (input.targetSystem) systems.add(input.targetSystem);
    if (input.ownerTeam) teams.add(input.ownerTeam);
    for (const email of Object.values(input.owners ?? {})) if (email) emails.add(email);
    for (const step of input.escalationPath ?? []) if (step.user) emails.add(step.user);
    for (const slug of input.capabilities ?? []) capabilities.add(slug);
  }
  const [systemMap, teamMap, userMap, capabilityMap] = await Promise.all([
    systems.size ? findSystemIdsBySlug(tx, [...systems]) : new Map<string, { id: string; archivedAt: Date | null }>(),
    teams.size ? findTeamIdsBySlug(tx, [...teams]) : new Map<string, string>(),
    emails.size ? findUserIdsByEmail(tx, [...emails]) : new Map<string, string>(),
    capabilities.size ? findCapabilityIdsBySlug(tx, [...capabilities]) : new Map<string, string>(),
  ]);
  return { systems: systemMap, teams: teamMap, users: userMap, capabilities: capabilityMap };
}

/**
 * Turns the human references of an integration record (system and team slugs, e-mails, capability slugs) into
 * ids, and names every one that does not exist. `pointerPrefix` places the pointers inside a larger document
 * (a CSV row). Absent keys stay absent, so an update changes only what it names.
 */
export function resolveWithMaps(
  maps: ReferenceMaps,
  input: ReferencingInput,
  pointerPrefix = "",
): { write: IntegrationWrite; ownerTeamId: string | null | undefined; errors: ReferenceErrors } {
  const errors: ReferenceErrors = [];
  const at = (path: string) => `${pointerPrefix}/${path}`;
  // healthStatus is read-only (decision 051): accepted from clients and CSV files that send a record back, not written.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { sourceSystem, targetSystem, ownerTeam, owners, escalationPath, capabilities, validationRules, exceptionRoutes, healthStatus, ...scalars } = input;
  const { systems, teams, users, capabilities: capabilityIds } = maps;

  const write: IntegrationWrite = { scalars: { ...scalars } };
  if (validationRules) write.validationRules = validationRules.map((rule) => ({ ...rule, field: rule.field ?? null }));
  if (exceptionRoutes) write.exceptionRoutes = exceptionRoutes.map((route) => ({ ...route, handler: route.handler ?? null }));
  for (const [field, slug] of [
    ["sourceSystem", sourceSystem],
    ["targetSystem", targetSystem],
  ] as const) {
    if (slug === undefined) continue;
    const system = systems.get(slug);
    if (!system) errors.push({ pointer: at(field), detail: `No system has the slug "${slug}".` });
    else if (system.archivedAt) errors.push({ pointer: at(field), detail: `The system "${slug}" is archived.` });
    else write.scalars[field === "sourceSystem" ? "sourceSystemId" : "targetSystemId"] = system.id;
  }
  let ownerTeamId: string | null | undefined;
  if (ownerTeam === null) {
    ownerTeamId = null;
    write.scalars.ownerTeamId = null;
  } else if (ownerTeam !== undefined) {
    ownerTeamId = teams.get(ownerTeam);
    if (!ownerTeamId) errors.push({ pointer: at("ownerTeam"), detail: `No team has the slug "${ownerTeam}".` });
    else write.scalars.ownerTeamId = ownerTeamId;
  }
  if (owners) {
    write.owners = [];
    for (const role of OWNER_ROLES) {
      const email = owners[role];
      if (!email) continue;
      const userId = users.get(email);
      if (!userId) errors.push({ pointer: at(`owners/${role}`), detail: `No registered person has the e-mail ${email}.` });
      else write.owners.push({ role, userId });
    }
  }
  if (escalationPath) {
    write.escalationPath = escalationPath.map((step, index) => {
      const userId = step.user ? users.get(step.user) : undefined;
      if (step.user && !userId) errors.push({ pointer: at(`escalationPath/${index}/user`), detail: `No registered person has the e-mail ${step.user}.` });
      return { position: index + 1, userId: userId ?? null, contact: step.contact ?? null };
    });
  }
  if (capabilities) {
    write.capabilityIds = [];
    capabilities.forEach((slug, index) => {
      const id = capabilityIds.get(slug);
      if (!id) errors.push({ pointer: at(`capabilities/${index}`), detail: `No business capability has the slug "${slug}".` });
      else if (!write.capabilityIds!.includes(id)) write.capabilityIds!.push(id);
    });
  }
  return { write, ownerTeamId, errors };
}

export async function resolveIntegrationReferences(tx: Prisma.TransactionClient, input: IntegrationUpdateInput, pointerPrefix = "") {
  return resolveWithMaps(await loadReferenceMaps(tx, [input]), input, pointerPrefix);
}
