import { z } from "zod";

/**
 * What a list filter's value names. A filter that names a record (a team's slug, a contract) or a catalog term (a
 * field, a data object) is declared with `referenceTo`, so that an API call naming one that does not exist is
 * refused (422 naming the parameter) instead of answering an empty list, which reads like "nothing matches".
 */
export const REFERENCE_KINDS = {
  team: "team slug",
  "team-id": "team id",
  system: "system slug",
  "system-id": "system id",
  capability: "business capability slug",
  contract: "contract slug",
  "contract-id-or-slug": "contract id or slug",
  "integration-id": "integration id",
  "user-id": "user id",
  domain: "business domain",
  "assessment-scope": 'team slug (or "organisation")',
  field: "field",
  "data-object": "data object",
} as const;
export type ReferenceKind = keyof typeof REFERENCE_KINDS;

const REFERENCE_KEY = "x-references";

/** Marks a query parameter as naming a `kind`: the OpenAPI document shows it as `x-references`. */
export function referenceTo<T extends z.ZodType>(schema: T, kind: ReferenceKind): T {
  return schema.meta({ [REFERENCE_KEY]: kind }) as T;
}

/** The parameters of a query schema that name something, with what they name. */
export function referencesOf(query: z.ZodObject): { parameter: string; kind: ReferenceKind }[] {
  return Object.entries(query.shape).flatMap(([parameter, schema]) => {
    const kind = z.globalRegistry.get(schema as z.ZodType)?.[REFERENCE_KEY];
    return typeof kind === "string" && kind in REFERENCE_KINDS ? [{ parameter, kind: kind as ReferenceKind }] : [];
  });
}

/** The parameters given in a query that its schema does not know: refused, never ignored. */
export function unknownParametersOf(query: z.ZodObject, given: Record<string, unknown>): string[] {
  return Object.keys(given).filter((name) => !Object.hasOwn(query.shape, name));
}
