import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { findIntegrationOptions, findSystemOptions, findTeamOptions } from "@/lib/catalog/contracts/repository";

/** The choices of the contract form: an owner only sees the teams they may register for. */
export async function findContractFormOptions(db: PrismaClient, actor: Actor) {
  const [teams, systems, integrations] = await Promise.all([findTeamOptions(db), findSystemOptions(db), findIntegrationOptions(db)]);
  return {
    teams: teams.filter((team) => can(actor, "catalog.create", { ownerTeamId: team.id })).map((team) => ({ id: team.id, label: team.name })),
    systems: systems.map((system) => ({ id: system.id, label: system.name })),
    integrations: integrations.map((integration) => ({ id: integration.id, label: `${integration.key} ${integration.name}` })),
  };
}
