import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { parseCsv } from "@/lib/catalog/csv";
import { seedDemo } from "@/lib/seed/seed-demo";
import { GET as exportRoute } from "@/app/api/v1/integrations/export/route";
import { POST as importRoute } from "@/app/api/v1/integrations/import/route";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";
import { apiRequest, noParams, serveRoutesFrom } from "@/test/support/route-harness";

let db: TestDatabase;
let detach: () => void;
let token: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { now: new Date("2026-06-17T11:15:00Z") });
  // One record carries links and external references, so that the round trip covers those columns too.
  const first = await db.prisma.integration.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { key: "asc" } });
  await db.prisma.integration.update({
    where: { id: first.id },
    data: {
      links: [
        { kind: "runbook", url: "https://wiki.example.com/runbooks/orders", title: "Orders runbook" },
        { kind: "dashboard", url: "https://grafana.example.com/d/abc?from=now-1h&to=now", title: null },
      ],
      backstageRef: "component:default/order-sync",
      serviceNowId: "CI0012345",
    },
  });
  detach = serveRoutesFrom(db);
  const admin = await db.prisma.user.findFirstOrThrow({ where: { role: "admin" }, include: { memberships: true } });
  ({ secret: token } = await createApiToken(db.prisma, {
    actor: { ...admin, teamIds: admin.memberships.map((m) => m.teamId) },
    input: { name: "round trip", scope: "read_write" },
  }));
});
afterAll(async () => {
  detach?.();
  await db?.close();
});

const exportCsv = async () => {
  const response = await exportRoute(apiRequest("/api/v1/integrations/export", { token }), noParams);
  expect(response.status).toBe(200);
  return response.text();
};
const importCsv = async (csv: string, dryRun: boolean) => {
  const response = await importRoute(
    apiRequest(`/api/v1/integrations/import${dryRun ? "?dryRun=true" : ""}`, { method: "POST", token, body: csv, headers: { "content-type": "text/csv" } }),
    noParams,
  );
  return { status: response.status, body: (await response.json()) as { rows: number; created: number; updated: number; errors: unknown[] } };
};

describe("the inventory CSV round trip over the whole demo catalog", () => {
  it("imports its own export back unchanged: no row refused, every row an update, the next export identical", async () => {
    const exported = await exportCsv();
    expect(exported).toContain("component:default/order-sync");
    const rows = parseCsv(exported).length - 1;
    // The demo keeps some integrations without an owner team on purpose (the completeness score reports them).
    expect(await db.prisma.integration.count({ where: { archivedAt: null, ownerTeamId: null } })).toBeGreaterThan(0);

    const dryRun = await importCsv(exported, true);
    expect(dryRun.status).toBe(200);
    expect(dryRun.body.errors).toEqual([]);
    expect(dryRun.body).toMatchObject({ rows, created: 0, updated: rows });

    const applied = await importCsv(exported, false);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ rows, created: 0, updated: rows, errors: [] });
    expect(await exportCsv()).toBe(exported);
  });
});
