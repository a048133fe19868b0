import { z } from "zod";
import { zCursorPageQuery } from "@/lib/pagination/cursor";
import { zRole } from "@/lib/users/schemas";
import { emptyAsUndefined } from "@/lib/validation/primitives";

export const zTeamSlug = z
  .string()
  .trim()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens, e.g. order-management.");

/** The largest team the API accepts as JSON. */
export const TEAM_BODY_BYTES = 8192;

/** Shared with the catalog export file, so that an exported team always imports back. */
export const TEAM_TEXT_LIMITS = { name: 120, description: 2000 } as const;

export const zCreateTeamInput = z.strictObject({
  slug: zTeamSlug,
  name: z.string().trim().min(2, "Give the team a name.").max(TEAM_TEXT_LIMITS.name),
  description: z.string().trim().max(TEAM_TEXT_LIMITS.description).nullish().describe("What the team is responsible for."),
});
export type CreateTeamInput = z.infer<typeof zCreateTeamInput>;

export const zUpdateTeamInput = zCreateTeamInput.partial().refine((input) => Object.keys(input).length > 0, "Send at least one field to change.");
export type UpdateTeamInput = z.infer<typeof zUpdateTeamInput>;

export const zTeamListQuery = z.object({
  q: z.preprocess(emptyAsUndefined, z.string().trim().max(200).optional()).describe("Search in the name, slug and description."),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type TeamListQuery = z.infer<typeof zTeamListQuery>;

export const zTeamApiListQuery = zTeamListQuery.omit({ page: true }).extend(zCursorPageQuery.shape);
export type TeamApiListQuery = z.infer<typeof zTeamApiListQuery>;

export const zTeamSlugParams = z.object({ slug: z.string().max(100).describe("The team's slug (or its id).") });

export const zTeamOutput = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  memberCount: z.number().int(),
  owns: z.object({ systems: z.number().int(), integrations: z.number().int(), contracts: z.number().int(), consumers: z.number().int() }),
});
export type TeamOutput = z.infer<typeof zTeamOutput>;

export const zTeamDetailOutput = zTeamOutput.extend({
  members: z.array(z.object({ id: z.string(), name: z.string(), email: z.string(), title: z.string().nullable(), role: zRole, isLead: z.boolean() })),
});
export type TeamDetailOutput = z.infer<typeof zTeamDetailOutput>;

export const zAddTeamMemberInput = z.strictObject({
  email: z.string().trim().toLowerCase().email("The e-mail of a registered person."),
  isLead: z.boolean().default(false),
});
export type AddTeamMemberInput = z.infer<typeof zAddTeamMemberInput>;

export const zChangeTeamMemberInput = z.strictObject({ isLead: z.boolean() });

export const zTeamMemberOutput = z.object({ userId: z.string(), email: z.string(), name: z.string(), isLead: z.boolean() });
export type TeamMemberOutput = z.infer<typeof zTeamMemberOutput>;

export const zTeamPage = z.object({ items: z.array(zTeamOutput), nextCursor: z.string().nullable() });
