import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ReferenceKind } from "@/lib/validation/filter-reference";

/** Of `values`, the ones that name something of `kind`: one query per filter, whatever the number of values. */
type Lookup = (db: PrismaClient, values: string[]) => Promise<string[]>;

const lookups: Record<ReferenceKind, Lookup> = {
  team: async (db, values) => (await db.team.findMany({ where: { slug: { in: values } }, select: { slug: true } })).map((row) => row.slug),
  "team-id": async (db, values) => (await db.team.findMany({ where: { id: { in: values } }, select: { id: true } })).map((row) => row.id),
  system: async (db, values) => (await db.system.findMany({ where: { slug: { in: values } }, select: { slug: true } })).map((row) => row.slug),
  "system-id": async (db, values) => (await db.system.findMany({ where: { id: { in: values } }, select: { id: true } })).map((row) => row.id),
  capability: async (db, values) => (await db.businessCapability.findMany({ where: { slug: { in: values } }, select: { slug: true } })).map((row) => row.slug),
  contract: async (db, values) => (await db.contract.findMany({ where: { slug: { in: values } }, select: { slug: true } })).map((row) => row.slug),
  "contract-id-or-slug": async (db, values) =>
    (await db.contract.findMany({ where: { OR: [{ id: { in: values } }, { slug: { in: values } }] }, select: { id: true, slug: true } })).flatMap((row) => [
      row.id,
      row.slug,
    ]),
  "integration-id": async (db, values) => (await db.integration.findMany({ where: { id: { in: values } }, select: { id: true } })).map((row) => row.id),
  "user-id": async (db, values) => (await db.user.findMany({ where: { id: { in: values } }, select: { id: true } })).map((row) => row.id),
  domain: async (db, values) =>
    (await db.system.findMany({ where: { businessDomain: { in: values } }, select: { businessDomain: true }, distinct: ["businessDomain"] })).map(
      (row) => row.businessDomain,
    ),
  "assessment-scope": async (db, values) => [...values.filter((value) => value === "organisation"), ...(await lookups.team(db, values))],
  // A field is known when an integration carries it, a consumer declares it or a contract's glossary defines it.
  field: (db, values) => knownTerms(db, values, [`"Integration"."fieldsExchanged"`, `"Consumer"."fieldsUsed"`], `"GlossaryEntry"."field"`),
  "data-object": (db, values) => knownTerms(db, values, [`"Integration"."dataObjects"`], null),
};

/**
 * The values among `values` found in any of the given text-array columns or text column. Raw SQL because the
 * question ("is this word in any row's array?") is one `= ANY` per table; the column names are constants above.
 */
async function knownTerms(db: PrismaClient, values: string[], arrayColumns: string[], textColumn: string | null): Promise<string[]> {
  const selects = arrayColumns.map((column) => {
    const table = column.slice(0, column.indexOf("."));
    return `SELECT v FROM unnest($1::text[]) AS v WHERE EXISTS (SELECT 1 FROM ${table} WHERE v = ANY(${column}))`;
  });
  if (textColumn) {
    const table = textColumn.slice(0, textColumn.indexOf("."));
    selects.push(`SELECT v FROM unnest($1::text[]) AS v WHERE EXISTS (SELECT 1 FROM ${table} WHERE ${textColumn} = v)`);
  }
  const rows = await db.$queryRawUnsafe<{ v: string }[]>(selects.join(" UNION "), values);
  return rows.map((row) => row.v);
}

/** Of `values`, those that name nothing of `kind`. */
export async function unknownValuesOf(db: PrismaClient, kind: ReferenceKind, values: string[]): Promise<string[]> {
  const known = new Set(await lookups[kind](db, values));
  return values.filter((value) => !known.has(value));
}
