import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import type { Actor } from "@/lib/auth/permissions";
import { importBackstage } from "@/lib/backstage/import-backstage";
import { readCatalogForBackstage } from "@/lib/backstage/export-repository";
import { catalogToBackstageYaml } from "@/lib/backstage/catalog-entities";
import { createIntegration, createSystem, createTeam, createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

const catalog = readFileSync("test/fixtures/backstage/catalog-info.yaml", "utf8");

let source: TestDatabase;
let target: TestDatabase;
const adminOf = async (db: TestDatabase): Promise<Actor> => ({ ...(await createUser(db.prisma, { role: "admin" })), teamIds: [] });
const exportOf = async (db: TestDatabase) => catalogToBackstageYaml(await readCatalogForBackstage(db.prisma));

beforeAll(async () => {
  [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => {
  await Promise.all([source.close(), target.close()]);
});

describe("the Backstage export", () => {
  it("export → import into an empty portal → export gives the same file", async () => {
    await importBackstage(source.prisma, { actor: await adminOf(source), text: catalog, file: "catalog-info.yaml", reader: null, dryRun: false });
    // Records the portal knows that never came from Backstage: they are exported too.
    const team = await createTeam(source.prisma, { slug: "payments", name: "Payments" });
    const ledger = await createSystem(source.prisma, { slug: "ledger", name: "Ledger", businessDomain: "Finance", ownerTeamId: team.id, lifecycle: "active" });
    const web = await source.prisma.system.findUniqueOrThrow({ where: { slug: "artist-web" } });
    await createIntegration(source.prisma, { sourceSystemId: ledger.id, targetSystemId: web.id, ownerTeamId: team.id });

    const first = await exportOf(source);
    const documents = parseAllDocuments(first).map((d) => d.toJS() as { kind: string; metadata: { name: string }; spec: Record<string, unknown> });
    expect(first).not.toMatch(/Left out/);
    expect(documents.find((d) => d.metadata.name === "ledger")?.spec).toMatchObject({
      owner: "payments",
      system: "finance",
      dependsOn: ["component:artist-web"],
    });
    expect(documents.find((d) => d.metadata.name === "artist-web")?.spec).toMatchObject({
      consumesApis: ["artist-api"],
      dependsOn: ["component:artist-lookup"],
    });
    expect(documents.find((d) => d.kind === "API" && d.metadata.name === "artist-api")?.spec.definition).toContain("listArtists");

    const report = await importBackstage(target.prisma, { actor: await adminOf(target), text: first, file: "export.yaml", reader: null, dryRun: false });
    expect(report.errors).toBe(0);
    expect(await exportOf(target)).toBe(first);
  });

  it("leaves out what Backstage cannot hold, and says so", async () => {
    await createSystem(source.prisma, { slug: "orphan-system", ownerTeamId: null });
    const yaml = await exportOf(source);
    expect(yaml).toMatch(/^# Left out \(Backstage requires an owner and APIs a definition\): system orphan-system\.$/m);
    expect(yaml).not.toMatch(/name: orphan-system/);
  });
});
