import type { Actor } from "@/lib/auth/permissions";
import type { TestDatabase } from "./test-database";

/**
 * Integration tests call App Router handlers directly, on a test database:
 *
 * - `serveRoutesFrom(db)` makes the handlers' getDb() return it (getDb keeps its connection on globalThis).
 * - A session is faked by `vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }))` and
 *   setting `signedIn.actor`; a personal API token needs no mock (`token` below).
 * - `call(handler, ...)` sends one request and reads the answer; `apiRequest` builds the request alone.
 */
export const signedIn: { actor: Actor | null } = { actor: null };

/** Returns a function that detaches the database again. */
export function serveRoutesFrom(db: TestDatabase): () => void {
  const shared = globalThis as typeof globalThis & { interchangeDb?: Promise<unknown> };
  shared.interchangeDb = Promise.resolve({ prisma: db.prisma, sql: db.sql, close: async () => {} });
  return () => {
    shared.interchangeDb = undefined;
  };
}

interface RequestOptions {
  method?: string;
  /** A personal API token, sent as `Authorization: Bearer …`. */
  token?: string;
  /** JSON-encoded, unless already a string (to send malformed JSON or CSV). */
  body?: unknown;
  headers?: Record<string, string>;
}

/** A request as curl would send it. `path` may be a path ("/api/v1/me?x=1") or a whole URL. */
export function apiRequest(path: string, { method = "GET", token, body, headers = {} }: RequestOptions = {}): Request {
  const all: Record<string, string> = { ...headers };
  if (token) all.authorization = `Bearer ${token}`;
  if (body !== undefined) all["content-type"] ??= "application/json";
  const url = path.startsWith("http://") || path.startsWith("https://") ? path : `http://localhost${path}`;
  return new Request(url, { method, headers: all, body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body) });
}

export const noParams = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
export const withParams = <P>(params: P) => ({ params: Promise.resolve(params) });

type Handler<P> = (request: Request, segment: { params: Promise<P> }) => Promise<Response>;

/** Calls a handler and reads its answer: status, headers and the parsed JSON body (null when empty). */
export async function call<P>(handler: Handler<P>, { url = "/api", params, ...options }: RequestOptions & { url?: string; params?: P } = {}) {
  const response = await handler(apiRequest(url, options), withParams((params ?? {}) as P));
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: text ? (JSON.parse(text) as Record<string, unknown> & { errors?: { pointer: string; detail: string }[] }) : null,
  };
}
