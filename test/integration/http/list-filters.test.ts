import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSystem, createUser } from "@/test/factories";
import { apiRequest, serveRoutesFrom, signedIn, withParams } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }));

/**
 * The one rule for the API's list filters, checked on every GET operation of the OpenAPI document (so that a new
 * list cannot escape it): a query parameter the operation does not take, and a filter value that names nothing
 * (a team, a contract, a field that does not exist), are refused with 422 naming the parameter, instead of being
 * ignored or answering an empty list.
 */

type Handler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;
const routeModules = import.meta.glob<Record<string, unknown>>("/app/api/v1/**/route.ts");
const shapeOfFile = (file: string) =>
  file
    .replace(/^\/app/, "")
    .replace(/\/route\.ts$/, "")
    .replace(/\[[^\]]+\]/g, "*");

const { getOpenApiDocument } = await import("@/app/api/v1/openapi-document");
const { GET: openApiRoute } = await import("@/app/api/v1/openapi.json/route");
const document = getOpenApiDocument(openApiRoute.operation);
// Operations on a collection (no path parameter) that take a query: the lists, the graph, impact and lineage.
const listOperations = Object.entries(document.paths).flatMap(([path, methods]) => {
  const operation = methods.get;
  const query = operation?.parameters?.filter((parameter) => parameter.in === "query") ?? [];
  return operation && query.length > 0 && !path.includes("{") ? [{ path, operationId: operation.operationId, query }] : [];
});

let db: TestDatabase;
let detach: () => void;
const required: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  const admin = await createUser(db.prisma, { role: "admin" });
  signedIn.actor = { id: admin.id, email: admin.email, name: admin.name, role: "admin", teamIds: [] };
  const system = await createSystem(db.prisma);
  // Values for the parameters some operations require, so that only the parameter under test is wrong.
  Object.assign(required, { kind: "system", id: system.id, token: "" });
}, 60_000);

afterAll(async () => {
  detach?.();
  await db?.close();
});

async function handlerFor(path: string): Promise<Handler> {
  const file = Object.keys(routeModules).find((candidate) => shapeOfFile(candidate) === path)!;
  return (await routeModules[file]()).GET as Handler;
}

async function get(path: string, query: Record<string, string>) {
  const response = await (await handlerFor(path))(apiRequest(`${path}?${new URLSearchParams(query)}`), withParams({}));
  const body = (await response.json().catch(() => null)) as { errors?: { pointer: string }[] } | null;
  return { status: response.status, pointers: body?.errors?.map((error) => error.pointer) ?? [] };
}

const requiredQuery = (operation: (typeof listOperations)[number]) =>
  Object.fromEntries(operation.query.filter((parameter) => parameter.required).map((parameter) => [parameter.name, required[parameter.name]]));

describe("every list filter of the API", () => {
  it("declares what each filter that names something names", () => {
    const references = listOperations.flatMap((operation) =>
      operation.query.filter((parameter) => parameter.schema["x-references"]).map((parameter) => `${operation.operationId} ${parameter.name}`),
    );
    expect(references.sort()).toEqual(
      [
        "getLineage field",
        "getLineage dataObject",
        "getImpact field",
        "getImpact dataObject",
        "getGraph domain",
        "getGraph team",
        "getGraph capability",
        "listIntegrations system",
        "listIntegrations team",
        "listIntegrations capability",
        "exportIntegrationsCsv system",
        "exportIntegrationsCsv team",
        "exportIntegrationsCsv capability",
        "listSystems team",
        "listConsumers team",
        "listConsumers contract",
        "listContracts team",
        "listContracts system",
        "listContracts integration",
        "listChangeRequests contract",
        "listAuditEvents actorId",
        "listAssessments scope",
      ].sort(),
    );
  });

  it("refuses an unknown query parameter on every operation, naming it (422)", async () => {
    const answers: string[] = [];
    for (const operation of listOperations) {
      const { status, pointers } = await get(operation.path, { ...requiredQuery(operation), no_such_parameter: "1" });
      answers.push(`${operation.operationId} ${status} ${pointers.join(",")}`);
    }
    expect(answers).toEqual(listOperations.map((operation) => `${operation.operationId} 422 /no_such_parameter`));
  }, 120_000);

  it("refuses a filter value that names nothing, naming the parameter (422), instead of answering an empty list", async () => {
    const answers: string[] = [];
    const expected: string[] = [];
    for (const operation of listOperations) {
      for (const parameter of operation.query.filter((candidate) => candidate.schema["x-references"])) {
        const { status, pointers } = await get(operation.path, { ...requiredQuery(operation), [parameter.name]: "no-such-value-xyz" });
        answers.push(`${operation.operationId} ${parameter.name} ${status} ${pointers.join(",")}`);
        expected.push(`${operation.operationId} ${parameter.name} 422 /${parameter.name}`);
      }
    }
    expect(answers).toEqual(expected);
  }, 120_000);
});
