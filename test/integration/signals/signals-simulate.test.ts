import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { readSignalSeries } from "@/lib/signals/repository";
import { FAILING, ORDER_FLOW, STALE_BATCH } from "@/lib/seed/demo-signal-shape";
import { demoSimulatedFlows } from "@/lib/seed/signal-simulation";
import { POST as postOtlp } from "@/app/api/v1/otlp/v1/metrics/route";
import { createIntegration, createTeam, createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";
import { serveRoutesFrom } from "@/test/support/route-harness";

const run = promisify(execFile);
let db: TestDatabase;
let detach: () => void;
let server: Server;
let url: string;
let token: string;
const stories: Record<"order" | "failing" | "stale", { id: string }> = {} as never;

/** A loopback portal that only has the OTLP receiver, so the script sends over real HTTP into the route handler. */
function startServer(): Promise<void> {
  server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === "string") headers.set(name, value);
    if (incoming.url !== "/api/v1/otlp/v1/metrics") return void outgoing.writeHead(404).end();
    const request = new Request(`http://127.0.0.1${incoming.url}`, { method: incoming.method, headers, body: Buffer.concat(chunks) });
    const response = await postOtlp(request, { params: Promise.resolve({}) });
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  const team = await createTeam(db.prisma, { name: "Simulated team" });
  const user = await createUser(db.prisma, { role: "owner", name: "Simulated Owner", memberships: [{ teamId: team.id }] });
  const actor: Actor = { id: user.id, email: user.email, name: user.name, role: "owner", teamIds: [team.id] };
  token = (await createApiToken(db.prisma, { actor, input: { name: "simulator", scope: "signals:write" } })).secret;
  // Only the three stories exist here: the simulator's other integrations are reported back as unknown.
  const keyOf = (name: string) => demoSimulatedFlows().find((flow) => flow.name === name)!.key;
  stories.order = await createIntegration(db.prisma, { ownerTeamId: team.id, key: keyOf(ORDER_FLOW), name: ORDER_FLOW, frequency: "real_time" });
  stories.failing = await createIntegration(db.prisma, { ownerTeamId: team.id, key: keyOf(FAILING), name: FAILING, frequency: "real_time" });
  stories.stale = await createIntegration(db.prisma, { ownerTeamId: team.id, key: keyOf(STALE_BATCH), name: STALE_BATCH, frequency: "daily" });
  await startServer();
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  detach?.();
  await db?.close();
});

describe("npm run signals:simulate -- --once", () => {
  it("sends one minute of the demo's signals through the OTLP receiver with the SDK, and exits 0", { timeout: 120_000 }, async () => {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "scripts/signals-simulate.ts", "--once", "--url", url], {
      env: { ...process.env, INTERCHANGE_TOKEN: token },
      timeout: 100_000,
    });
    expect(stdout).toMatch(/sent \d+ integrations/);
    // The receiver's partial success names the demo integrations this database does not have.
    expect(stderr).toContain("Partial Success");
    const from = new Date(Date.now() - 10 * 60_000);
    const to = new Date(Date.now() + 60_000);
    const [order, failing, stale] = await readSignalSeries(db.prisma, [stories.order.id, stories.failing.id, stories.stale.id], from, to, "minute");
    expect(order.points).toHaveLength(1);
    expect(failing.points[0].deadLetterDepth).toBeGreaterThan(0);
    expect(failing.points[0].latency?.count).toBeGreaterThan(0);
    // The nightly batch reports no volume and a last success more than 26 h ago: stale.
    expect(stale.points[0].lastSuccessAt!.getTime()).toBeLessThan(Date.now() - 26 * 3_600_000);
  });
});
