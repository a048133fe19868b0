import { DatabaseLockedError, DatabaseUnreachableError, InvalidDatabaseUrlError, MigrationBlockedError, MigrationFailedError } from "@/lib/db";

const EXPECTED = [DatabaseLockedError, DatabaseUnreachableError, InvalidDatabaseUrlError, MigrationBlockedError, MigrationFailedError];

/** One line for the operator: the message of a known failure, never a stack trace (set DEBUG=1 for one). */
export function describeError(error: unknown): string {
  if (process.env.DEBUG && error instanceof Error && error.stack) return error.stack;
  if (EXPECTED.some((type) => error instanceof type)) return (error as Error).message;
  if (error instanceof Error) return error.message.split("\n")[0];
  return String(error);
}
