import { ZodError } from "zod";
import { DomainError } from "@/lib/errors/domain-errors";

/** What a catalog form's server action answers: success with where to go, or errors keyed by field path ("owners.data_owner"). */
export type CatalogActionResult = { ok: true; message: string; href: string } | { ok: false; error: string; fieldErrors: Record<string, string> };

export const fieldPath = (path: readonly PropertyKey[]) => path.map(String).join(".");

/** Expected failures become messages the form shows next to the field; anything else is a real error and is rethrown. */
export function toActionFailure(error: unknown): CatalogActionResult {
  if (error instanceof ZodError) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) fieldErrors[fieldPath(issue.path)] ??= issue.message;
    return { ok: false, error: "Some fields need attention.", fieldErrors };
  }
  if (error instanceof DomainError) {
    const fieldErrors: Record<string, string> = {};
    for (const e of error.issues) fieldErrors[e.pointer.slice(1).replace(/\//g, ".")] ??= e.detail;
    return { ok: false, error: error.message, fieldErrors };
  }
  throw error;
}
