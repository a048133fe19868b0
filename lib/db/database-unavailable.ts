import { DatabaseUnreachableError } from "./open-database";
import { DatabaseLockedError } from "./pglite-lock";

// Prisma: can't reach the server, timed out, server closed the connection, pool timeout.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// Driver adapter error kinds (@prisma/driver-adapter-utils) that mean the connection, not the query, failed.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
// SQLSTATE class 08 (connection exception), 57P01-57P03 (the server is shutting down or starting), 53300 (too many connections).
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-3]|53300)$/;
// node-postgres reports a dropped connection and a pool checkout timeout as plain errors.
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Can't reach database server/i;

/**
 * Whether an error means the database cannot be reached right now (a 503 with Retry-After, not a 500): the
 * server is down, restarting, refusing connections, or PGlite's directory is held by another process. Prisma
 * wraps the driver's error, so the whole chain (cause, meta.driverAdapterError, AggregateError) is examined.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0 && seen.size < 20) {
    const current = pending.shift();
    if (current === null || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    if (current instanceof DatabaseUnreachableError || current instanceof DatabaseLockedError) return true;
    const { code, kind, message, cause, meta, errors } = current as {
      code?: unknown;
      kind?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
      errors?: unknown;
    };
    if (typeof code === "string" && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATE.test(code))) return true;
    if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
    if (typeof message === "string" && MESSAGES.test(message)) return true;
    pending.push(cause, meta?.driverAdapterError, ...(Array.isArray(errors) ? errors : []));
  }
  return false;
}
