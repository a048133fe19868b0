import type { Actor } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Lets integration tests call App Router handlers directly: the test decides who is signed in and which database
 * the handlers open. Use with `vi.mock("@/lib/auth/actor", ...)` and `vi.mock("@/lib/db", ...)` reading `apiHarness`.
 */
export const apiHarness: { actor: Actor | null; db: PrismaClient | null } = { actor: null, db: null };

type Handler<P> = (request: Request, segment: { params: Promise<P> }) => Promise<Response>;

export async function call<P>(
  handler: Handler<P>,
  { method = "GET", url = "http://test.local/api", params, body, headers = {} }: { method?: string; url?: string; params?: P; body?: unknown; headers?: Record<string, string> },
) {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === "string" ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)["content-type"] ??= "application/json";
  }
  const response = await handler(new Request(url, init), { params: Promise.resolve((params ?? {}) as P) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? (JSON.parse(text) as Record<string, unknown> & { errors?: { pointer: string; detail: string }[] }) : null };
}
