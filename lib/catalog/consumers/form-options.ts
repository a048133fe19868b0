import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { can, type Actor } from "@/lib/auth/permissions";
import { findSystemOptions, findTeamOptions } from "@/lib/catalog/contracts/repository";
import { findCapabilityOptions, findVersionOptions } from "@/lib/catalog/consumers/repository";

/** The consumer form's choices: versions grouped by contract, and only the teams the actor may register for. */
export async function findConsumerFormOptions(db: PrismaClient, actor: Actor) {
  const [teams, systems, versions, capabilities] = await Promise.all([
    findTeamOptions(db),
    findSystemOptions(db),
    findVersionOptions(db),
    findCapabilityOptions(db),
  ]);
  const groups = new Map<string, { contract: string; slug: string; versions: { id: string; label: string }[] }>();
  for (const version of versions) {
    const group = groups.get(version.contract.slug) ?? { contract: version.contract.name, slug: version.contract.slug, versions: [] };
    group.versions.push({ id: version.id, label: `${version.version} (${version.status})` });
    groups.set(version.contract.slug, group);
  }
  return {
    teams: teams.filter((team) => can(actor, "catalog.create", { ownerTeamId: team.id })).map((team) => ({ id: team.id, label: team.name })),
    systems: systems.map((system) => ({ id: system.id, label: system.name })),
    versionGroups: [...groups.values()],
    capabilities: capabilities.map((capability) => ({ id: capability.id, label: capability.name })),
  };
}
