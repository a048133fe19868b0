import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { importBackstage } from "@/lib/backstage/import-backstage";
import { directoryReader } from "@/lib/backstage/entity-files";
import { InvalidInput } from "@/lib/errors/domain-errors";
import { createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

const FIXTURES = path.resolve("test/fixtures/backstage");
const catalog = readFileSync(path.join(FIXTURES, "catalog-info.yaml"), "utf8");
const none = { teams: 0, people: 0, systems: 0, contracts: 0, consumers: 0, integrations: 0 };

let db: TestDatabase;
let admin: Actor;
let owner: Actor;

beforeAll(async () => {
  db = await createTestDatabase();
  admin = { ...(await createUser(db.prisma, { role: "admin" })), teamIds: [] };
  owner = { ...(await createUser(db.prisma, { role: "owner" })), teamIds: [] };
});
afterAll(() => db.close());

const upload = (text: string, dryRun: boolean, actor = admin) => importBackstage(db.prisma, { actor, text, file: "catalog-info.yaml", reader: null, dryRun });
const auditRows = () => db.prisma.auditEvent.count();

describe("importBackstage", () => {
  it("only admins import: it creates teams and people", async () => {
    await expect(upload(catalog, true, owner)).rejects.toThrow();
  });

  it("a dry run reports each entity and writes nothing", async () => {
    const report = await upload(catalog, true);
    expect(report).toMatchObject({ dryRun: true, entities: 12, errors: 0 });
    expect(report.created).toEqual({ teams: 2, people: 2, systems: 3, contracts: 2, consumers: 1, integrations: 2 });
    expect(report.results.map((r) => [r.ref, r.action])).toEqual([
      ["domain:default/artists", "grouping"],
      ["system:default/artist-engagement-portal", "grouping"],
      ["group:default/team-a", "create"],
      ["group:default/backstage", "create"],
      ["user:default/breanna.davison", "create"],
      ["user:default/janelle.dawe", "create"],
      ["component:default/artist-lookup", "create"],
      ["component:default/artist-web", "create"],
      ["resource:default/artists-db", "create"],
      ["api:default/artist-api", "create"],
      ["api:default/artist-events", "create"],
      ["template:default/react-ssr-template", "skipped"],
    ]);
    expect(await db.prisma.system.count()).toBe(0);
    expect(await db.prisma.team.count()).toBe(0);
  });

  it("imports systems, contracts with their definition, teams, people, consumers and integrations", async () => {
    const report = await upload(catalog, false);
    expect(report.created).toEqual({ teams: 2, people: 2, systems: 3, contracts: 2, consumers: 1, integrations: 2 });

    const lookup = await db.prisma.system.findUniqueOrThrow({ where: { slug: "artist-lookup" }, include: { ownerTeam: true } });
    expect(lookup).toMatchObject({ backstageRef: "component:default/artist-lookup", businessDomain: "Artists", lifecycle: "planned", kind: "other" });
    expect(lookup.ownerTeam?.slug).toBe("team-a");
    expect(lookup.links).toEqual([
      { kind: "other", url: "https://example.com/user", title: "Examples Users" },
      { kind: "repository", url: "https://github.com/example/artist-lookup", title: "Repository" },
    ]);
    // Owned by a user: recorded for the user's (first) group.
    const web = await db.prisma.system.findUniqueOrThrow({ where: { slug: "artist-web" }, include: { ownerTeam: true } });
    expect(web).toMatchObject({ name: "Artist web", lifecycle: "active" });
    expect(web.ownerTeam?.slug).toBe("team-a");

    const api = await db.prisma.contract.findUniqueOrThrow({ where: { slug: "artist-api" }, include: { versions: true, system: true } });
    expect(api).toMatchObject({ type: "openapi", backstageRef: "api:default/artist-api" });
    expect(api.system?.slug).toBe("artist-lookup");
    expect(api.versions).toEqual([expect.objectContaining({ version: "1.2.0", status: "active", specText: expect.stringContaining("listArtists") })]);
    const events = await db.prisma.contract.findUniqueOrThrow({ where: { slug: "artist-events" }, include: { versions: true } });
    expect(events).toMatchObject({ type: "asyncapi" });
    expect(events.versions[0].version).toBe("0.3.0");

    const consumers = await db.prisma.consumer.findMany({ include: { system: true, contractVersion: { include: { contract: true } } } });
    expect(consumers.map((c) => [c.system?.slug, c.contractVersion.contract.slug, c.kind])).toEqual([["artist-web", "artist-api", "system"]]);

    const integrations = await db.prisma.integration.findMany({ include: { sourceSystem: true, targetSystem: true }, orderBy: { key: "asc" } });
    expect(integrations.map((i) => [i.sourceSystem.slug, i.targetSystem.slug, i.backstageRef]).sort()).toEqual([
      ["artist-lookup", "artists-db", "component:default/artist-lookup"],
      ["artist-web", "artist-lookup", "component:default/artist-web"],
    ]);

    const janelle = await db.prisma.user.findUniqueOrThrow({
      where: { email: "janelle-dawe@example.com" },
      include: { memberships: { include: { team: true } } },
    });
    expect(janelle.passwordHash).toBeNull();
    expect(janelle.memberships.map((m) => m.team.slug).sort()).toEqual(["backstage", "team-a"]);
  });

  it("importing the same catalog again writes nothing, not even an audit entry", async () => {
    const audits = await auditRows();
    const before = await db.prisma.system.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } });
    const report = await upload(catalog, false);
    expect(report.created).toEqual(none);
    expect(report.updated).toEqual(none);
    expect(new Set(report.results.map((r) => r.action))).toEqual(new Set(["grouping", "unchanged", "skipped"]));
    expect(await auditRows()).toBe(audits);
    expect(await db.prisma.system.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } })).toEqual(before);
    expect(await db.prisma.integration.count()).toBe(2);
    expect(await db.prisma.consumer.count()).toBe(1);
  });

  it("a changed entity updates its record only; a changed definition is reported, not applied", async () => {
    const changed = catalog
      .replace("description: Stores artist details", "description: Stores artists")
      .replace("operationId: listArtists", "operationId: listAllArtists");
    const report = await upload(changed, false);
    expect(report.updated).toEqual({ ...none, systems: 1 });
    expect(report.results.find((r) => r.ref === "api:default/artist-api")).toMatchObject({
      action: "unchanged",
      warnings: [expect.stringContaining("differs from version 1.2.0")],
    });
    expect((await db.prisma.system.findUniqueOrThrow({ where: { slug: "artists-db" } })).description).toBe("Stores artists");
    expect(await db.prisma.contractVersion.count({ where: { contract: { slug: "artist-api" } } })).toBe(1);
  });

  it("refuses the whole file when one entity is wrong, naming it", async () => {
    const broken = `${catalog}\n---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: orphan\nspec:\n  type: service\n  lifecycle: production\n  owner: nobody\n  consumesApis: [missing-api]\n`;
    const dry = await upload(broken, true);
    expect(dry.errors).toBe(1);
    expect(dry.results.find((r) => r.ref === "component:default/orphan")?.errors).toEqual([
      'Its owner group "nobody" is neither in the catalog nor a team of the portal.',
    ]);
    const systems = await db.prisma.system.count();
    const error = await upload(broken, false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInput);
    expect((error as InvalidInput).issues).toEqual([{ pointer: "/entities/component:default/orphan", detail: expect.stringContaining('"nobody"') }]);
    expect(await db.prisma.system.count()).toBe(systems);
  });

  it("refuses to take over a system of the same slug that is not linked to Backstage", async () => {
    await db.prisma.system.create({ data: { slug: "billing-core", name: "Billing", kind: "billing", businessDomain: "Finance" } });
    const text =
      "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: billing-core\nspec:\n  type: service\n  lifecycle: production\n  owner: team-a\n";
    const report = await upload(text, true);
    expect(report.results[0].errors).toEqual([expect.stringContaining("set its Backstage entity to component:default/billing-core to adopt it")]);
  });

  it("imports a directory: Location targets and $text definitions are read relative to their file", async () => {
    const reader = directoryReader(path.join(FIXTURES, "location"));
    const text = await reader.read("catalog-info.yaml");
    const report = await importBackstage(db.prisma, { actor: admin, text, file: "catalog-info.yaml", reader, dryRun: false });
    expect(report.errors).toBe(0);
    expect(report.created).toEqual({ ...none, teams: 1, people: 1, systems: 1, contracts: 1 });
    const podcast = await db.prisma.contract.findUniqueOrThrow({ where: { slug: "podcast-api" }, include: { versions: true, system: true } });
    expect(podcast.system?.slug).toBe("podcast-api");
    expect(podcast.versions[0]).toMatchObject({ version: "2.0.1", specText: expect.stringContaining("listEpisodes") });
  });
});
