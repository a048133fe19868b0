import { z } from "zod";
import { PERMISSIONS, ROLES } from "@/lib/auth/permissions";
import { emptyAsUndefined } from "@/lib/validation/primitives";

export const zRole = z.enum(ROLES);

/** The largest role change the API accepts. */
export const USER_ROLE_BODY_BYTES = 4096;

export const zChangeUserRoleInput = z.strictObject({
  role: zRole,
});
export type ChangeUserRoleInput = z.infer<typeof zChangeUserRoleInput>;

// An HTML form submits an empty field as "": that means "no filter", not an invalid value.

export const zUserListQuery = z.object({
  q: z.preprocess(emptyAsUndefined, z.string().trim().max(200).optional()),
  role: z.preprocess(emptyAsUndefined, zRole.optional()),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type UserListQuery = z.infer<typeof zUserListQuery>;

export const zUserOutput = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: zRole,
  title: z.string().nullable(),
  canSignIn: z.boolean(),
  lastSignInAt: z.date().nullable(),
  teams: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type UserOutput = z.infer<typeof zUserOutput>;

/** The caller as `GET /api/v1/me` answers: who they are and what they may do. */
export const zMeOutput = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: zRole,
  teamIds: z.array(z.string()),
  permissions: z.array(z.enum(PERMISSIONS)).describe("What the caller may do (team-scoped ones apply to their teams' records)."),
});
