import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readHourlyVolumes } from "@/lib/signals/repository";
import { createIntegration, createTeam } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

const HOUR = 3_600_000;
const from = new Date("2026-12-01T00:00:00Z");
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
}, 60_000);
afterAll(async () => {
  await db?.close();
});

describe("readHourlyVolumes (the catalog list's sparklines)", () => {
  it("reads the hourly records of a whole page of integrations in one query, gaps absent", async () => {
    const team = await createTeam(db.prisma, { name: "Sparkline team" });
    const [a, b, quiet] = [
      await createIntegration(db.prisma, { ownerTeamId: team.id }),
      await createIntegration(db.prisma, { ownerTeamId: team.id }),
      await createIntegration(db.prisma, { ownerTeamId: team.id }),
    ];
    const row = (integrationId: string, resolution: "hour" | "minute" | "day", offsetHours: number, records: number) => ({
      integrationId,
      resolution,
      bucketStart: new Date(from.getTime() + offsetHours * HOUR),
      records,
    });
    await db.prisma.signalRollup.createMany({
      data: [
        row(a.id, "hour", 0, 10),
        row(a.id, "hour", 2, 30),
        row(a.id, "minute", 2, 7),
        row(a.id, "day", 0, 40),
        row(a.id, "hour", 24, 99),
        row(b.id, "hour", 1, 5),
      ],
    });
    const queries: string[] = [];
    const listening = db.prisma.$extends({
      query: {
        $allOperations: async ({ model, operation, args, query }) => {
          queries.push(`${model}.${operation}`);
          return query(args);
        },
      },
    });
    const volumes = await readHourlyVolumes(listening as unknown as typeof db.prisma, [a.id, b.id, quiet.id], from, new Date(from.getTime() + 24 * HOUR));
    expect(queries).toEqual(["SignalRollup.findMany"]);
    expect(volumes.get(a.id)).toEqual([
      { bucketStart: from, records: 10 },
      { bucketStart: new Date(from.getTime() + 2 * HOUR), records: 30 },
    ]);
    expect(volumes.get(b.id)).toEqual([{ bucketStart: new Date(from.getTime() + HOUR), records: 5 }]);
    expect(volumes.get(quiet.id)).toEqual([]);
  });
});
