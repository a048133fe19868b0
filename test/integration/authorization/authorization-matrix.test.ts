import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PERMISSION_TABLE, ROLES, type Actor, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { createConsumer, createContract, createContractVersion, createIntegration, createSystem, createTeam, createUser } from "@/test/factories";
import { apiRequest, serveRoutesFrom, signedIn, withParams } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }));

/**
 * Every operation of the OpenAPI document × every role (and nobody) × a record of the caller's team and one of
 * another team. Generated from the document, and the document checked against the route files, so that a new route
 * cannot be left out. Expectations come from each operation's `x-permission` and the permission table:
 * - a role the table refuses (scope "none", or "team" on another team's record) must get 403 (or 404);
 * - every other call must not be refused for lack of sign-in and must not fail (no 401, no 5xx). Bodies are
 *   deliberately invalid, so an allowed write answers 422 and writes nothing; operations without a body get a
 *   record that does not exist. Policies beyond the table (who may approve) may still refuse an allowed role.
 */

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Handler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Variant = "own" | "other";

const routeModules = import.meta.glob<Record<string, unknown>>("/app/api/v1/**/route.ts");
const METHODS: Method[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];
const MISSING = "matrix-missing-0";

/** "/api/v1/integrations/{idOrKey}" and "/app/api/v1/integrations/[id]/route.ts" both become "/api/v1/integrations/*". */
const shapeOfPath = (path: string) => path.replace(/\{[^}]+\}/g, "*");
const shapeOfFile = (file: string) =>
  file
    .replace(/^\/app/, "")
    .replace(/\/route\.ts$/, "")
    .replace(/\[[^\]]+\]/g, "*");
const paramNamesOfFile = (file: string) => [...file.matchAll(/\[([^\]]+)\]/g)].map((match) => match[1]);

const { getOpenApiDocument } = await import("@/app/api/v1/openapi-document");
const { GET: openApiRoute } = await import("@/app/api/v1/openapi.json/route");
const document = getOpenApiDocument(openApiRoute.operation);
const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({
    path,
    method: method.toUpperCase() as Method,
    permission: operation["x-permission"] as Permission | undefined,
    hasBody: Boolean(operation.requestBody),
    isPublic: operation.security?.length === 0,
  })),
);

let db: TestDatabase;
let detach: () => void;
const actors = {} as Record<Role, Actor>;
// Records owned by the callers' team ("own") and by another team ("other"), by the path segment naming them.
const records: Record<string, Record<Variant, string>> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  const own = await createTeam(db.prisma, { name: "Matrix own" });
  const other = await createTeam(db.prisma, { name: "Matrix other" });
  for (const role of ROLES) {
    const teamIds = role === "admin" ? [] : [own.id];
    const user = await createUser(db.prisma, { role, name: `Matrix ${role}`, memberships: teamIds.map((teamId) => ({ teamId })) });
    actors[role] = { id: user.id, email: user.email, name: user.name, role, teamIds };
  }
  const owned = async (team: { id: string; slug: string }) => {
    const system = await createSystem(db.prisma, { ownerTeamId: team.id });
    const integration = await createIntegration(db.prisma, { ownerTeamId: team.id });
    const contract = await createContract(db.prisma, { ownerTeamId: team.id, integrationId: integration.id });
    const version = await createContractVersion(db.prisma, { contractId: contract.id, version: "1.0.0", status: "active" });
    const consumer = await createConsumer(db.prisma, { contractVersionId: version.id, ownerTeamId: team.id });
    const changeRequest = await db.prisma.changeRequest.create({
      data: {
        contractId: contract.id,
        baseVersionId: version.id,
        title: "Matrix",
        proposedVersion: "1.1.0",
        specText: "{}",
        status: "in_review",
        authorId: actors.admin.id,
      },
    });
    const figures = { cause: "volume_drop", observed: 1, expected: 100, threshold: 50, deviation: 0.99, windowStart: "2026-12-01T10:00:00.000Z" };
    const incident = await db.prisma.incident.create({
      data: {
        integrationId: integration.id,
        cause: "volume_drop",
        text: "Matrix",
        openingFigures: figures,
        latestFigures: figures,
        windowStart: new Date(figures.windowStart),
        lastSeenAt: new Date(),
      },
    });
    return { system, integration, contract, consumer, changeRequest, team, incident };
  };
  const [mine, theirs] = [await owned(own), await owned(other)];
  const pair = (pick: (r: typeof mine) => string) => ({ own: pick(mine), other: pick(theirs) });
  records.integrations = pair((r) => r.integration.id);
  records.systems = pair((r) => r.system.id);
  records.contracts = pair((r) => r.contract.id);
  records.consumers = pair((r) => r.consumer.id);
  records["change-requests"] = pair((r) => String(r.changeRequest.number));
  records.teams = pair((r) => r.team.slug);
  records.incidents = pair((r) => r.incident.id);
  records.versions = { own: "1.0.0", other: "1.0.0" };
  records.users = { own: actors.viewer.id, other: actors.viewer.id };
}, 60_000);

afterAll(async () => {
  detach?.();
  await db?.close();
});

/** The value of each path parameter: the record named by the segment before it, or one that does not exist. */
function paramsFor(file: string, variant: Variant, { existing }: { existing: boolean }): Record<string, string> {
  const segments = file.replace(/^\/app/, "").split("/");
  const params: Record<string, string> = {};
  segments.forEach((segment, index) => {
    const match = /^\[(.+)\]$/.exec(segment);
    if (!match) return;
    params[match[1]] = existing ? (records[segments[index - 1]]?.[variant] ?? MISSING) : MISSING;
  });
  return params;
}

/** Whether the table refuses the role this operation on this record, or null when it lets the call through to the use case. */
function tableRefuses(role: Role, permission: Permission | undefined, { onRecord, variant }: { onRecord: boolean; variant: Variant }): boolean {
  if (!permission) return false;
  const scope = PERMISSION_TABLE[role][permission];
  if (scope === "any") return false;
  if (scope === "none") return true;
  // "team": only the own team's records; a creation is checked against the body's team, after validation.
  return onRecord && variant === "other";
}

describe("the authorization matrix", () => {
  it("has a handler for every operation of the OpenAPI document, and documents every handler", async () => {
    const files = Object.keys(routeModules);
    const documented = new Set(operations.map((operation) => `${operation.method} ${shapeOfPath(operation.path)}`));
    const handled = new Set<string>();
    for (const file of files) {
      const exported = await routeModules[file]();
      for (const method of METHODS) if (typeof exported[method] === "function") handled.add(`${method} ${shapeOfFile(file)}`);
    }
    expect(
      [...documented].filter((key) => !handled.has(key)),
      "documented but without a handler",
    ).toEqual([]);
    expect(
      [...handled].filter((key) => !documented.has(key)),
      "handled but missing from the OpenAPI document",
    ).toEqual([]);
  });

  it("refuses every role the permission table refuses, asks everyone else to sign in never, and never fails", async () => {
    const fileOf = new Map(Object.keys(routeModules).map((file) => [shapeOfFile(file), file]));
    const violations: string[] = [];
    let calls = 0;
    for (const operation of operations) {
      const file = fileOf.get(shapeOfPath(operation.path));
      if (!file) continue; // reported by the test above
      const handler = (await routeModules[file]())[operation.method] as Handler;
      const onRecord = paramNamesOfFile(file).length > 0;
      const variants: Variant[] = onRecord ? ["own", "other"] : ["own"];
      const send = async (actor: Actor | null, variant: Variant, existing: boolean) => {
        signedIn.actor = actor;
        const params = paramsFor(file, variant, { existing });
        // The document's parameter names may differ from the folders' ([id] for {idOrKey}): they match by position.
        const values = paramNamesOfFile(file).map((name) => params[name]);
        let position = 0;
        const url = operation.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(values[position++]));
        const body = operation.method === "GET" || operation.method === "DELETE" ? undefined : { matrixProbe: "not a field of any input" };
        calls++;
        return (await handler(apiRequest(url, { method: operation.method, body }), withParams(params))).status;
      };
      const label = `${operation.method} ${operation.path}`;
      const anonymous = await send(null, "own", true);
      if (!operation.isPublic && anonymous !== 401) violations.push(`${label} without sign-in answered ${anonymous}, not 401`);
      for (const role of ROLES) {
        for (const variant of variants) {
          const refused = tableRefuses(role, operation.permission, { onRecord, variant });
          // A write without a body acts at once: an allowed role gets a record that does not exist.
          const existing = refused || operation.hasBody || operation.method === "GET";
          const status = await send(actors[role], variant, existing);
          const where = `${label} as ${role} on ${onRecord ? `the ${variant} team's record` : "the collection"}`;
          if (status >= 500) violations.push(`${where} answered ${status}`);
          else if (refused && status !== 403 && status !== 404) violations.push(`${where} answered ${status}; the table refuses ${operation.permission}`);
          else if (!refused && status === 401) violations.push(`${where} answered 401`);
        }
      }
    }
    expect(violations).toEqual([]);
    expect(calls).toBeGreaterThan(operations.length * ROLES.length);
  }, 300_000);
});
