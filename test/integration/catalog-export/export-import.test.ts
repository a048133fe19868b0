import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { importCatalog } from "@/lib/catalog/export/import-catalog";
import { Conflict } from "@/lib/errors/domain-errors";
import { domainProblem } from "@/lib/http/domain-problem";
import { readCatalogForExport } from "@/lib/catalog/export/repository";
import type { CatalogExportInput } from "@/lib/catalog/export/schemas";
import { seedDemo } from "@/lib/seed/seed-demo";
import { GET as exportRoute } from "@/app/api/v1/export/catalog.json/route";
import { POST as importRoute } from "@/app/api/v1/import/catalog/route";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";
import { apiRequest, noParams, serveRoutesFrom } from "@/test/support/route-harness";

let source: TestDatabase;
let target: TestDatabase;
let exported: CatalogExportInput;
let importer: Actor;

const withoutTimestamp = (file: CatalogExportInput) => ({ ...file, exportedAt: "ignored" });
type Problem = { status: number; detail?: string; errors?: { pointer: string; detail: string }[] };

beforeAll(async () => {
  [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  await seedDemo(source.prisma, { now: new Date("2026-06-17T11:15:00Z") });
  const detach = serveRoutesFrom(source);
  try {
    const admin = await source.prisma.user.findFirstOrThrow({ where: { role: "admin" }, include: { memberships: true } });
    const { secret } = await createApiToken(source.prisma, {
      actor: { ...admin, teamIds: admin.memberships.map((m) => m.teamId) },
      input: { name: "export", scope: "read" },
    });
    const response = await exportRoute(apiRequest("/api/v1/export/catalog.json", { token: secret }), noParams);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="interchange-catalog-\d{4}-\d{2}-\d{2}\.json"$/);
    exported = (await response.json()) as CatalogExportInput;
  } finally {
    detach();
  }
  // The fresh installation's first admin is the same person as the demo's: they sign in, then import.
  const demoAdmin = exported.people.find((p) => p.role === "admin")!;
  const row = await target.prisma.user.create({ data: { email: demoAdmin.email, name: demoAdmin.name, role: "admin", title: demoAdmin.title } });
  importer = { id: row.id, email: row.email, name: row.name, role: "admin", teamIds: [] };
});
afterAll(async () => {
  await Promise.all([source?.close(), target?.close()]);
});

describe("catalog export", () => {
  it("holds the whole demo catalog and no password hash", () => {
    expect(exported.format).toBe("interchange.catalog");
    expect(exported.integrations.length).toBeGreaterThan(10);
    expect(exported.consumers.length).toBeGreaterThan(0);
    expect(exported.contracts.some((c) => c.versions.some((v) => v.glossary.length > 0))).toBe(true);
    expect(exported.integrations.some((i) => i.owners.length > 0 && i.escalationPath.length > 0 && i.exceptionRoutes.length > 0)).toBe(true);
    expect(exported.systems.find((s) => s.slug === "order-service")).toMatchObject({ backstageRef: "component:default/order-service", links: { length: 3 } });
    const text = JSON.stringify(exported);
    expect(text).not.toMatch(/passwordHash|scrypt/i);
  });
});

describe("catalog import", () => {
  it("names the failing field of an invalid file as a JSON pointer, and writes nothing", async () => {
    const broken = structuredClone(exported);
    broken.integrations[2].sourceSystem = "no-such-system";
    (broken.systems[0] as { kind: string }).kind = "mainframe";
    const error = await importCatalog(target.prisma, { actor: importer, input: broken }).catch((e: unknown) => e);
    const detach = serveRoutesFrom(target);
    try {
      const token = (await createApiToken(target.prisma, { actor: importer, input: { name: "import", scope: "read_write" } })).secret;
      const response = await importRoute(apiRequest("/api/v1/import/catalog", { method: "POST", token, body: broken }), noParams);
      expect(response.status).toBe(422);
      const body = (await response.json()) as Problem;
      expect(body.errors?.map((e) => e.pointer)).toEqual(expect.arrayContaining(["/systems/0/kind"]));
      // Reference checks run once the shape is valid: fix the enum and the dangling reference is named.
      (broken.systems[0] as { kind: string }).kind = exported.systems[0].kind;
      const second = await importRoute(apiRequest("/api/v1/import/catalog", { method: "POST", token, body: broken }), noParams);
      expect(((await second.json()) as Problem).errors?.map((e) => e.pointer)).toEqual(["/integrations/2/sourceSystem"]);
    } finally {
      detach();
    }
    expect(error).toBeDefined();
    expect(await target.prisma.system.count()).toBe(0);
  });

  it("refuses a spec document that the official meta-schema rejects, as the form and the API do, and writes nothing", async () => {
    const broken = structuredClone(exported);
    const c = broken.contracts.findIndex((contract) => contract.type === "openapi" && contract.versions.some((version) => version.specText));
    const v = broken.contracts[c].versions.findIndex((version) => version.specText);
    const spec = { openapi: "3.1.0", info: { title: "Orders", version: "1.0.0" }, servers: [{ description: "Production, without its url" }], paths: {} };
    broken.contracts[c].versions[v].specText = JSON.stringify(spec, null, 2);
    const detach = serveRoutesFrom(target);
    let details: Problem;
    try {
      const token = (await createApiToken(target.prisma, { actor: importer, input: { name: "import specs", scope: "read_write" } })).secret;
      const response = await importRoute(apiRequest("/api/v1/import/catalog", { method: "POST", token, body: broken }), noParams);
      details = { status: response.status, ...((await response.json()) as Omit<Problem, "status">) };
    } finally {
      detach();
    }
    expect(details.status).toBe(422);
    expect(details.errors).toEqual([
      {
        pointer: `/contracts/${c}/versions/${v}/specText`,
        detail: expect.stringMatching(/is not valid: Line 8, column 5 \(\/servers\/0\/url\): Missing "url"\.$/),
      },
    ]);
    expect(await target.prisma.contract.count()).toBe(0);
  });

  it("into an empty database reproduces the catalog: exporting again gives the same file", async () => {
    const result = await importCatalog(target.prisma, { actor: importer, input: exported });
    expect(result.imported.integrations).toBe(exported.integrations.length);
    expect(result.imported.existingPeople).toBe(1);
    const again = await readCatalogForExport(target.prisma);
    expect(withoutTimestamp(JSON.parse(JSON.stringify(again)) as CatalogExportInput)).toEqual(withoutTimestamp(exported));
    const audit = await target.prisma.auditEvent.findFirstOrThrow({ where: { action: "catalog.import" } });
    expect(audit.actorId).toBe(importer.id);
  });

  it("refuses a catalog that is not empty, with a clear problem", async () => {
    const error = await importCatalog(target.prisma, { actor: importer, input: exported }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Conflict);
    expect(domainProblem(error as Conflict).status).toBe(409);
    expect(domainProblem(error as Conflict).detail).toMatch(/not empty/);
  });

  it("is admin only", async () => {
    const viewer = { ...importer, role: "viewer" as const };
    await expect(importCatalog(target.prisma, { actor: viewer, input: exported })).rejects.toThrow(/permission/);
  });
});
