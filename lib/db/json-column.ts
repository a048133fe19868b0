import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A value for a JSON column. Prisma types JSON input as an index-signature object, which a TypeScript interface
 * never is, so this is the one place that tells the compiler so; the value itself must be plain data (what
 * JSON.stringify keeps is what is stored).
 */
export function toJsonColumn(value: object): Prisma.InputJsonValue {
  return value as Prisma.InputJsonValue;
}

/**
 * A JSON column read back through its schema. A row of another shape is a fault of the stored data, not of the
 * request: it throws a plain Error (a logged 500 at the edges), never a ZodError, which would read as invalid input.
 */
export function fromJsonColumn<T>(schema: z.ZodType<T>, value: unknown, column: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`${column} does not have the expected shape at /${issue.path.join("/")}: ${issue.message}`);
}

/**
 * Declares the zod schema of a JSON column for a TypeScript type, and fails to compile unless the schema's output is
 * exactly that type: a field added to the type (or a wider union) without the schema would otherwise be dropped or
 * refused silently when rows are read back.
 */
export function jsonColumnSchema<T>() {
  return <S extends z.ZodType>(schema: S & ([z.infer<S>, T] extends [T, z.infer<S>] ? unknown : never)): S => schema;
}
