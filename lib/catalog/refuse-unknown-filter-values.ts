import "server-only";
import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { unknownValuesOf } from "@/lib/catalog/filter-reference-repository";
import { InvalidInput, type FieldIssue } from "@/lib/errors/domain-errors";
import { REFERENCE_KINDS, referencesOf } from "@/lib/validation/filter-reference";

const quoted = (values: string[]) => values.map((value) => `"${value}"`).join(", ");

/**
 * The one rule for list filters that name something: a value that names nothing is refused (422 naming the
 * parameter), because an empty answer would read as "nothing matches" when the question itself was wrong.
 */
export async function refuseUnknownFilterValues(db: PrismaClient, schema: z.ZodObject, query: Record<string, unknown>): Promise<void> {
  const issues: FieldIssue[] = [];
  for (const { parameter, kind } of referencesOf(schema)) {
    const given = query[parameter];
    const values = [given].flat().filter((value): value is string => typeof value === "string" && value !== "");
    if (values.length === 0) continue;
    const unknown = await unknownValuesOf(db, kind, [...new Set(values)]);
    if (unknown.length > 0) issues.push({ pointer: `/${parameter}`, detail: `No ${REFERENCE_KINDS[kind]} ${quoted(unknown)} exists.` });
  }
  if (issues.length > 0) throw new InvalidInput(`Query parameter ${issues[0].pointer} is invalid: ${issues[0].detail}`, { issues });
}
