import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors/domain-errors";
import { domainProblem } from "@/lib/http/domain-problem";
import { parseCsv, toCsv } from "@/lib/catalog/csv";
import { INTEGRATION_CSV_COLUMNS, integrationToCsvRow } from "@/lib/catalog/integrations/csv-format";
import { importIntegrations } from "@/lib/catalog/integrations/import-integrations";
import { findIntegration } from "@/lib/catalog/integrations/detail-repository";
import { createBusinessCapability, createSystem, createTeam, createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

let db: TestDatabase;
let owner: Actor;
let viewer: Actor;

const actorOf = (user: { id: string; email: string; name: string; role: Actor["role"] }, teamIds: string[] = []): Actor => ({ ...user, teamIds });
const HEADER = [
  "key",
  "name",
  "sourceSystem",
  "targetSystem",
  "ownerTeam",
  "direction",
  "mechanism",
  "pattern",
  "frequency",
  "volumePerDay",
  "data_owner",
  "escalationPath",
  "capabilities",
];
const row = (key: string, overrides: Partial<Record<string, string>> = {}) =>
  HEADER.map(
    (column) =>
      overrides[column] ??
      {
        key,
        name: `Flow ${key}`,
        sourceSystem: "crm",
        targetSystem: "dwh",
        ownerTeam: "data",
        direction: "one_way",
        mechanism: "file_transfer",
        pattern: "point_to_point",
        frequency: "daily",
        volumePerDay: "100",
        data_owner: "dana@acme.test",
        escalationPath: "dana@acme.test; #data-oncall",
        capabilities: "reporting",
      }[column]!,
  );

beforeAll(async () => {
  db = await createTestDatabase();
  const data = await createTeam(db.prisma, { slug: "data" });
  await createTeam(db.prisma, { slug: "other" });
  owner = actorOf(await createUser(db.prisma, { role: "owner" }), [data.id]);
  viewer = actorOf(await createUser(db.prisma, { role: "viewer" }));
  await createUser(db.prisma, { email: "dana@acme.test" });
  await createSystem(db.prisma, { slug: "crm" });
  await createSystem(db.prisma, { slug: "dwh" });
  await createBusinessCapability(db.prisma, { slug: "reporting" });
});
afterAll(() => db.close());

describe("importIntegrations", () => {
  it("a dry run lists every broken row and writes nothing; the real import of the same file is refused whole", async () => {
    const csv = toCsv([
      HEADER,
      row("INT-5001"),
      row("INT-5002", { sourceSystem: "mainframe" }),
      row("INT-5003", { volumePerDay: "lots" }),
      row("INT-5004", { ownerTeam: "other" }),
    ]);
    const report = await importIntegrations(db.prisma, { actor: owner, csv, dryRun: true });
    expect(report.errors).toEqual([
      { row: 3, column: "sourceSystem", detail: 'No system has the slug "mainframe".' },
      { row: 4, column: "volumePerDay", detail: expect.any(String) },
      { row: 5, column: "ownerTeam", detail: expect.stringContaining("your own teams") },
    ]);
    const refused = await importIntegrations(db.prisma, { actor: owner, csv, dryRun: false }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect(domainProblem(refused as DomainError).status).toBe(422);
    expect(await db.prisma.integration.count({ where: { key: "INT-5001" } })).toBe(0);
  });

  it("names a broken CSV line and an unknown column", async () => {
    const broken = await importIntegrations(db.prisma, { actor: owner, csv: `${HEADER.join(",")}\n"INT-1,oops\n`, dryRun: true });
    expect(broken.errors[0]).toMatchObject({ row: 2, detail: expect.stringContaining("never closed") });
    const unknown = await importIntegrations(db.prisma, {
      actor: owner,
      csv: toCsv([
        [...HEADER, "colour"],
        [...row("INT-5009"), "red"],
      ]),
      dryRun: true,
    });
    expect(unknown.errors[0].detail).toMatch(/unknown column\(s\): colour/);
  });

  it("imports all rows in one audited transaction, then an export of them imports back as updates", async () => {
    const csv = toCsv([HEADER, row("INT-6001"), row("INT-6002"), row("", { name: "No key given" })]);
    expect((await importIntegrations(db.prisma, { actor: owner, csv, dryRun: true })).errors).toEqual([]);
    const report = await importIntegrations(db.prisma, { actor: owner, csv, dryRun: false });
    expect(report).toMatchObject({ created: 3, updated: 0, errors: [] });
    const imported = (await findIntegration(db.prisma, "INT-6001"))!;
    expect(imported.owners.map((o) => o.role)).toEqual(["data_owner"]);
    expect(imported.escalationPath.map((s) => s.contact ?? s.user?.email)).toEqual(["dana@acme.test", "#data-oncall"]);
    expect(imported.capabilities.map((c) => c.slug)).toEqual(["reporting"]);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "integration.import" } });
    expect((audit.after as { created: string[] }).created).toHaveLength(3);

    const exported = toCsv([[...INTEGRATION_CSV_COLUMNS], integrationToCsvRow({ ...imported, name: "Renamed in a spreadsheet" })]);
    expect(parseCsv(exported)[1][1]).toBe("Renamed in a spreadsheet");
    const again = await importIntegrations(db.prisma, { actor: owner, csv: exported, dryRun: false });
    expect(again).toMatchObject({ created: 0, updated: 1 });
    expect((await findIntegration(db.prisma, "INT-6001"))!.name).toBe("Renamed in a spreadsheet");
  });

  it("updates many existing keys at once, keeps what the file has no column for, and numbers new rows around the file's own keys", async () => {
    const keys = Array.from({ length: 40 }, (_, i) => `INT-${7100 + i}`);
    await importIntegrations(db.prisma, { actor: owner, csv: toCsv([HEADER, ...keys.map((key) => row(key))]), dryRun: false });
    const ruled = (await db.prisma.integration.findUniqueOrThrow({ where: { key: keys[0] } })).id;
    await db.prisma.validationRule.create({ data: { integrationId: ruled, kind: "required_field", field: "account_id", description: "Required." } });
    await db.prisma.exceptionRoute.create({ data: { integrationId: ruled, errorType: "unclassified", action: "error_queue" } });

    const next = `INT-${7140}`;
    const csv = toCsv([
      HEADER,
      ...keys.map((key, i) => row(key, { name: `Renamed ${i}`, volumePerDay: String(i), escalationPath: "#data-oncall" })),
      row(next),
      row(""),
    ]);
    const report = await importIntegrations(db.prisma, { actor: owner, csv, dryRun: false });
    expect(report).toMatchObject({ created: 2, updated: 40, errors: [] });
    const rows = await db.prisma.integration.findMany({
      where: { key: { in: keys } },
      select: { key: true, name: true, volumePerDay: true, escalationPath: { select: { contact: true } } },
      orderBy: { key: "asc" },
    });
    expect(rows.map((r) => [r.name, r.volumePerDay, r.escalationPath.map((s) => s.contact)])).toEqual(
      keys.map((_, i) => [`Renamed ${i}`, i, ["#data-oncall"]]),
    );
    const kept = (await findIntegration(db.prisma, keys[0]))!;
    expect(kept.validationRules).toEqual([{ kind: "required_field", field: "account_id", description: "Required." }]);
    expect(kept.exceptionRoutes).toEqual([{ errorType: "unclassified", action: "error_queue", handler: null }]);
    // The keyless row got the next free number that neither the database nor the file uses.
    expect(await db.prisma.integration.count({ where: { key: "INT-7141" } })).toBe(1);
  });

  it("refuses a viewer", async () => {
    await expect(importIntegrations(db.prisma, { actor: viewer, csv: toCsv([HEADER, row("INT-7001")]), dryRun: true })).rejects.toThrow(/permission/);
  });
});
