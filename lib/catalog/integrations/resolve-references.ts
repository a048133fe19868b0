import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { HttpError } from "@/lib/http/http-error";
import { problem } from "@/lib/http/problem-details";
import {
  findCapabilityIdsBySlug,
  findSystemIdsBySlug,
  findTeamIdsBySlug,
  findUserIdsByEmail,
  type IntegrationWrite,
} from "@/lib/catalog/integrations/repository";
import { OWNER_ROLES, type IntegrationUpdateInput } from "@/lib/catalog/integrations/schemas";

export type ReferenceErrors = { pointer: string; detail: string }[];

export function unresolvedReferences(errors: ReferenceErrors): HttpError {
  return new HttpError(problem(422, `${errors[0].pointer.slice(1)}: ${errors[0].detail}`, { errors }));
}

/**
 * Turns the human references of an integration record (system and team slugs, e-mails, capability slugs) into
 * ids, and names every one that does not exist. `pointerPrefix` places the pointers inside a larger document
 * (a CSV row). Absent keys stay absent, so an update changes only what it names.
 */
export async function resolveIntegrationReferences(
  tx: Prisma.TransactionClient,
  input: IntegrationUpdateInput,
  pointerPrefix = "",
): Promise<{ write: IntegrationWrite; ownerTeamId: string | undefined; errors: ReferenceErrors }> {
  const errors: ReferenceErrors = [];
  const at = (path: string) => `${pointerPrefix}/${path}`;
  const { sourceSystem, targetSystem, ownerTeam, owners, escalationPath, capabilities, ...scalars } = input;

  const systemSlugs = [sourceSystem, targetSystem].filter((s): s is string => !!s);
  const ownerEmails = owners ? Object.values(owners).filter((e): e is string => !!e) : [];
  const stepEmails = (escalationPath ?? []).map((s) => s.user).filter((e): e is string => !!e);
  const [systems, teams, users, capabilityIds] = await Promise.all([
    systemSlugs.length ? findSystemIdsBySlug(tx, systemSlugs) : new Map<string, { id: string; archivedAt: Date | null }>(),
    ownerTeam ? findTeamIdsBySlug(tx, [ownerTeam]) : new Map<string, string>(),
    ownerEmails.length || stepEmails.length ? findUserIdsByEmail(tx, [...ownerEmails, ...stepEmails]) : new Map<string, string>(),
    capabilities?.length ? findCapabilityIdsBySlug(tx, capabilities) : new Map<string, string>(),
  ]);

  const write: IntegrationWrite = { scalars: { ...scalars } };
  for (const [field, slug] of [["sourceSystem", sourceSystem], ["targetSystem", targetSystem]] as const) {
    if (slug === undefined) continue;
    const system = systems.get(slug);
    if (!system) errors.push({ pointer: at(field), detail: `No system has the slug "${slug}".` });
    else if (system.archivedAt) errors.push({ pointer: at(field), detail: `The system "${slug}" is archived.` });
    else write.scalars[field === "sourceSystem" ? "sourceSystemId" : "targetSystemId"] = system.id;
  }
  let ownerTeamId: string | undefined;
  if (ownerTeam !== undefined) {
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
