import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// The choices the list's filters and the integration form offer.

/**
 * Choices the list's filters offer: teams and capabilities, and only the selected system (there can be thousands;
 * the system filter searches them as the person types).
 */
export async function findIntegrationFilterOptions(db: PrismaClient, systemSlug: string | undefined) {
  const [selectedSystem, teams, capabilities] = await Promise.all([
    systemSlug ? db.system.findUnique({ where: { slug: systemSlug }, select: { slug: true, name: true } }) : null,
    db.team.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    db.businessCapability.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { selectedSystem, teams, capabilities };
}

/** Choices the form offers: live systems, teams, capabilities and people who can hold a role. */
export async function findIntegrationFormOptions(db: PrismaClient) {
  const [systems, teams, capabilities, people] = await Promise.all([
    db.system.findMany({ where: { archivedAt: null }, select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    db.team.findMany({ select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } }),
    db.businessCapability.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    db.user.findMany({ where: { disabledAt: null }, select: { email: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { systems, teams, capabilities, people };
}
export type IntegrationFormOptions = Awaited<ReturnType<typeof findIntegrationFormOptions>>;
