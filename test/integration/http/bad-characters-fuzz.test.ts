import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createTeam, createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

// Every /api/v1 operation of the OpenAPI document, as an admin (so authorization lets the input through), is sent
// text no field may hold in each place input enters: path parameters, query parameters and the body. None may
// answer 5xx; the URL cases must answer 422 problem+json naming the parameter, the body cases the field.
const session = vi.hoisted(() => ({ actor: null as Actor | null, prisma: null as unknown }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => session.actor }));
vi.mock("@/lib/db", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/db")>()), getDb: async () => session.prisma }));

type Handler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = Partial<Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE", Handler>>;
interface Parameter {
  in: string;
  name: string;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: { $ref?: string; properties?: Record<string, unknown> } }> };
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}

const routeModules = import.meta.glob<RouteModule>("/app/api/v1/**/route.ts");
const PORTAL = "http://interchange.test";

// Path parameters arrive decoded by Next.js; a NUL or control character gets through its decoding.
const BAD_PATH_VALUES = { NUL: "\u0000", "control U+0001": "a\u0001b", "C1 control U+009B": "\u009b" };
// Query strings arrive raw: percent-encoded NUL, a control character, an overlong "/" and an encoded surrogate.
const BAD_QUERY_VALUES = { NUL: "%00", "control U+0008": "x%08", "overlong UTF-8": "%C0%AF", "encoded lone surrogate": "%ED%A0%80" };
// Bodies as bytes: JSON escapes for NUL, lone surrogates and controls, and raw bytes that are not UTF-8.
const BAD_BODY_STRINGS: Record<string, (field: string) => Uint8Array> = {
  NUL: (field) => Buffer.from(`{"${field}":"a\\u0000b"}`),
  "lone surrogate": (field) => Buffer.from(`{"${field}":"a\\ud800"}`),
  "control U+001B": (field) => Buffer.from(`{"${field}":"\\u001b[31m"}`),
  "overlong UTF-8": (field) => Buffer.concat([Buffer.from(`{"${field}":"a`), Buffer.from([0xc0, 0x80]), Buffer.from(`"}`)]),
};

let db: TestDatabase;
let document: Document;

function moduleFor(path: string): () => Promise<RouteModule> {
  const file = `/app${path.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`;
  const load = routeModules[file];
  if (!load) throw new Error(`No route file ${file} for ${path}`);
  return load;
}

function pathWith(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]));
}

const defaultParams = (operation: Operation) =>
  Object.fromEntries((operation.parameters ?? []).filter((p) => p.in === "path").map((p) => [p.name, "no-such-record"]));

function firstBodyField(operation: Operation): string {
  const schema = operation.requestBody?.content["application/json"]?.schema;
  const resolved = schema?.$ref ? document.components.schemas[schema.$ref.split("/").pop()!] : schema;
  return Object.keys(resolved?.properties ?? {})[0] ?? "name";
}

async function send(
  method: string,
  path: string,
  operationPath: string,
  { params, query = "", body, contentType = "application/json" }: { params: Record<string, string>; query?: string; body?: Uint8Array; contentType?: string },
) {
  const handler = (await moduleFor(operationPath)())[method.toUpperCase() as keyof RouteModule];
  if (!handler) throw new Error(`${operationPath} has no ${method.toUpperCase()} handler`);
  const headers: Record<string, string> = body ? { "content-type": contentType, "x-interchange-import": "csv" } : {};
  const request = new Request(`${PORTAL}${path}${query}`, { method: method.toUpperCase(), headers, body: body ? Buffer.from(body) : undefined });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  let json: { errors?: { pointer: string; detail: string }[] } | null = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: response.status, contentType: response.headers.get("content-type"), json };
}

const operations = () =>
  Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })));

beforeAll(async () => {
  db = await createTestDatabase();
  session.prisma = db.prisma;
  const team = await createTeam(db.prisma, { slug: "commerce" });
  session.actor = { ...(await createUser(db.prisma, { role: "admin" })), teamIds: [team.id] };
  const openapi = await import("@/app/api/v1/openapi.json/route");
  document = (await (await openapi.GET(new Request(`${PORTAL}/api/v1/openapi.json`), { params: Promise.resolve({}) })).json()) as Document;
});
afterAll(() => db.close());

describe("bad characters on every /api/v1 operation", () => {
  it("the document lists the operations and each has its route handler", () => {
    expect(operations().length).toBeGreaterThan(50);
    for (const { path } of operations()) expect(() => moduleFor(path)).not.toThrow();
  });

  it("path parameters: 422 problem+json naming the parameter, never 5xx", async () => {
    const failures: string[] = [];
    for (const { path, method, operation } of operations()) {
      for (const name of (operation.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name)) {
        for (const [label, value] of Object.entries(BAD_PATH_VALUES)) {
          const params = { ...defaultParams(operation), [name]: value };
          const { status, contentType, json } = await send(method, pathWith(path, params), path, { params });
          if (status !== 422 || contentType !== "application/problem+json" || json?.errors?.[0]?.pointer !== `/${name}`) {
            failures.push(`${method.toUpperCase()} ${path} {${name}} = ${label}: ${status} ${JSON.stringify(json?.errors ?? json)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("query parameters: 422 problem+json naming the parameter, never 5xx (export?q=%00 included)", async () => {
    const failures: string[] = [];
    for (const { path, method, operation } of operations()) {
      const params = defaultParams(operation);
      for (const name of (operation.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name)) {
        for (const [label, value] of Object.entries(BAD_QUERY_VALUES)) {
          const { status, contentType, json } = await send(method, pathWith(path, params), path, { params, query: `?${name}=${value}` });
          if (status !== 422 || contentType !== "application/problem+json" || json?.errors?.[0]?.pointer !== `/${name}`) {
            failures.push(`${method.toUpperCase()} ${path}?${name} = ${label}: ${status} ${JSON.stringify(json?.errors ?? json)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("bodies: never 5xx, and a 422 names the field that holds the bad text", async () => {
    const failures: string[] = [];
    let namedTheField = 0;
    for (const { path, method, operation } of operations()) {
      if (method === "get" || method === "delete") continue;
      const params = defaultParams(operation);
      const json = Boolean(operation.requestBody?.content["application/json"]);
      const field = firstBodyField(operation);
      for (const [label, bodyOf] of Object.entries(BAD_BODY_STRINGS)) {
        const body = json ? bodyOf(field) : Buffer.from(`key,name\nINT-1,${label === "NUL" ? "a\u0000b" : "a\u001bb"}\n`);
        const answer = await send(method, pathWith(path, params), path, { params, body, contentType: json ? "application/json" : "text/csv" });
        if (answer.status >= 500) failures.push(`${method.toUpperCase()} ${path} ${label}: ${answer.status}`);
        else if (answer.status === 422 && json) {
          const pointers = (answer.json?.errors ?? []).map((error) => error.pointer);
          if (!pointers.includes(`/${field}`)) failures.push(`${method.toUpperCase()} ${path} ${label}: 422 without /${field}: ${JSON.stringify(answer.json)}`);
          else namedTheField++;
        } else if (answer.status === 422 && answer.contentType !== "application/problem+json")
          failures.push(`${method.toUpperCase()} ${path} ${label}: 422 not problem+json`);
      }
      // An operation without path parameters reads its body once authorized: the bad text must be what it refuses.
      if (json && Object.keys(params).length === 0) {
        const answer = await send(method, path, path, { params, body: BAD_BODY_STRINGS.NUL(field) });
        const detail = answer.json?.errors?.find((error) => error.pointer === `/${field}`)?.detail ?? "";
        if (answer.status !== 422 || !/NUL/.test(detail))
          failures.push(`${method.toUpperCase()} ${path}: NUL in /${field} answered ${answer.status} ${JSON.stringify(answer.json)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(namedTheField).toBeGreaterThan(20);
  });
});
