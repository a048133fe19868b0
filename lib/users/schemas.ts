import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { emptyAsUndefined } from "@/lib/validation/primitives";

export const zRole = z.enum(ROLES);

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
