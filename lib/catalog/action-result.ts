import { ZodError } from "zod";
import { ForbiddenError, NotFoundError } from "@/lib/auth/permissions";
import { HttpError } from "@/lib/http/http-error";

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
  if (error instanceof HttpError) {
    const fieldErrors: Record<string, string> = {};
    for (const e of error.details.errors ?? []) fieldErrors[e.pointer.slice(1).replace(/\//g, ".")] ??= e.detail;
    return { ok: false, error: error.details.detail ?? error.details.title, fieldErrors };
  }
  if (error instanceof ForbiddenError || error instanceof NotFoundError) return { ok: false, error: error.message, fieldErrors: {} };
  throw error;
}
