import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * `OIDC_ROLE_MAP=portal-admins=admin,architects=reviewer`: claim value = role, comma-separated. The order is the
 * priority: someone in several mapped groups gets the role of the first entry that matches.
 */
function mappingList<T extends z.ZodType<string>>(variable: string, target: T) {
  return z
    .string()
    .trim()
    .transform((text, context) => {
      const entries: { claimValue: string; target: z.infer<T> }[] = [];
      for (const part of text
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean)) {
        const at = part.lastIndexOf("=");
        const claimValue = at > 0 ? part.slice(0, at).trim() : "";
        const parsed = target.safeParse(at > 0 ? part.slice(at + 1).trim() : "");
        if (!claimValue || !parsed.success) {
          context.addIssue({
            code: "custom",
            message: `${variable}: "${part}" is not claim-value=${variable === "OIDC_ROLE_MAP" ? ROLES.join("|") : "team-slug"}.`,
          });
          return z.NEVER;
        }
        entries.push({ claimValue, target: parsed.data });
      }
      return entries;
    });
}

const zRole = z.enum(ROLES);
const zTeamSlug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a team slug");
const zSwitch = z.enum(["true", "false"]).transform((v) => v === "true");

export const zSingleSignOnEnvironment = z.object({
  OIDC_ROLE_CLAIM: z.string().trim().min(1).optional(),
  OIDC_ROLE_MAP: mappingList("OIDC_ROLE_MAP", zRole).default([]),
  OIDC_DEFAULT_ROLE: zRole.default("viewer"),
  OIDC_TEAM_CLAIM: z.string().trim().min(1).optional(),
  OIDC_TEAM_MAP: mappingList("OIDC_TEAM_MAP", zTeamSlug).default([]),
  OIDC_LINK_VERIFIED_EMAIL: zSwitch.default(false),
});

export interface ClaimMappings {
  /** Null: roles are managed in the portal only, never from claims. */
  role: { claim: string; map: { claimValue: string; target: Role }[]; defaultRole: Role } | null;
  /** Null: team memberships are managed in the portal only. */
  team: { claim: string; map: { claimValue: string; target: string }[] } | null;
  /** Lets a verified e-mail claim link to an existing account that has no identity yet. */
  linkVerifiedEmail: boolean;
}

export function readClaimMappings(env: Readonly<Record<string, string | undefined>>): ClaimMappings {
  const parsed = zSingleSignOnEnvironment.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid single sign-on settings: ${issue.path.join(".")}: ${issue.message}`);
  }
  const e = parsed.data;
  if (e.OIDC_ROLE_MAP.length > 0 && !e.OIDC_ROLE_CLAIM) throw new Error("OIDC_ROLE_MAP needs OIDC_ROLE_CLAIM (the claim that holds the groups).");
  if (e.OIDC_TEAM_MAP.length > 0 && !e.OIDC_TEAM_CLAIM) throw new Error("OIDC_TEAM_MAP needs OIDC_TEAM_CLAIM (the claim that holds the groups).");
  return {
    role: e.OIDC_ROLE_CLAIM ? { claim: e.OIDC_ROLE_CLAIM, map: e.OIDC_ROLE_MAP, defaultRole: e.OIDC_DEFAULT_ROLE } : null,
    team: e.OIDC_TEAM_CLAIM ? { claim: e.OIDC_TEAM_CLAIM, map: e.OIDC_TEAM_MAP } : null,
    linkVerifiedEmail: e.OIDC_LINK_VERIFIED_EMAIL,
  };
}

/** An identity an admin links by hand: the provider's issuer URL and the subject it gives the person. */
export const zLinkIdentityInput = z.strictObject({
  issuer: z.string().trim().url("Enter the issuer URL, e.g. https://login.example.com/realms/acme.").max(500),
  subject: z.string().trim().min(1, "Enter the subject (sub) the provider gives this person.").max(255),
});
export type LinkIdentityInput = z.infer<typeof zLinkIdentityInput>;
