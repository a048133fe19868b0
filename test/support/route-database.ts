import type { TestDatabase } from "./test-database";

/**
 * Makes route handlers (through getDb()) use a test database: getDb keeps its connection on globalThis, so the
 * test hands it one. Returns a function that detaches it again.
 */
export function serveRoutesFrom(db: TestDatabase): () => void {
  const shared = globalThis as typeof globalThis & { interchangeDb?: Promise<unknown> };
  shared.interchangeDb = Promise.resolve({ prisma: db.prisma, sql: db.sql, close: async () => {} });
  return () => {
    shared.interchangeDb = undefined;
  };
}

/** A request as curl would send it: a bearer token and, for writes, a JSON body. */
export function apiRequest(path: string, { method = "GET", token, body }: { method?: string; token?: string; body?: unknown } = {}): Request {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  return new Request(`http://localhost${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

export const noParams = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
export const withParams = <P>(params: P) => ({ params: Promise.resolve(params) });
