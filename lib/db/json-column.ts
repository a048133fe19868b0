import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A value for a JSON column. Prisma types JSON input as an index-signature object, which a TypeScript interface
 * never is, so this is the one place that tells the compiler so; the value itself must be plain data (what
 * JSON.stringify keeps is what is stored). Reading back goes through the column's zod schema.
 */
export function toJsonColumn(value: object): Prisma.InputJsonValue {
  return value as Prisma.InputJsonValue;
}
