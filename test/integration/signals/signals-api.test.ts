import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { readSignalSeries } from "@/lib/signals/repository";
import { POST as postSignals } from "@/app/api/v1/signals/route";
import { GET as getMe } from "@/app/api/v1/me/route";
import { GET as listIntegrations } from "@/app/api/v1/integrations/route";
import { createIntegration, createTeam, createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";
import { apiRequest, noParams, serveRoutesFrom } from "@/test/support/route-harness";

let db: TestDatabase;
let detach: () => void;
let ownerSignals: string;
let ownerReadWrite: string;
let viewerReadWrite: string;
let ours: { id: string; key: string };
let theirs: { id: string; key: string };
let archived: { id: string; key: string };

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

async function send(token: string, body: unknown) {
  const response = await postSignals(apiRequest("/api/v1/signals", { method: "POST", token, body }), noParams);
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  const team = await createTeam(db.prisma, { name: "Signals own" });
  const other = await createTeam(db.prisma, { name: "Signals other" });
  const owner = await createUser(db.prisma, { role: "owner", name: "Signal Owner", memberships: [{ teamId: team.id }] });
  const viewer = await createUser(db.prisma, { role: "viewer", name: "Signal Viewer" });
  const ownerActor: Actor = { id: owner.id, email: owner.email, name: owner.name, role: "owner", teamIds: [team.id] };
  const viewerActor: Actor = { id: viewer.id, email: viewer.email, name: viewer.name, role: "viewer", teamIds: [] };
  ownerSignals = (await createApiToken(db.prisma, { actor: ownerActor, input: { name: "collector", scope: "signals:write" } })).secret;
  ownerReadWrite = (await createApiToken(db.prisma, { actor: ownerActor, input: { name: "script", scope: "read_write" } })).secret;
  viewerReadWrite = (await createApiToken(db.prisma, { actor: viewerActor, input: { name: "script", scope: "read_write" } })).secret;
  ours = await createIntegration(db.prisma, { ownerTeamId: team.id });
  theirs = await createIntegration(db.prisma, { ownerTeamId: other.id });
  archived = await createIntegration(db.prisma, { ownerTeamId: team.id, archivedAt: new Date(), archiveReason: "gone" });
});
afterAll(async () => {
  detach?.();
  await db?.close();
});

describe("POST /api/v1/signals", () => {
  it("stores the good points of a batch and refuses each bad one with a reason and a JSON pointer, listing unknown keys", async () => {
    const time = minutesAgo(3);
    const { status, body } = await send(ownerSignals, {
      points: [
        { integration: ours.key, time: time.toISOString(), records: 120, errors: 3, latencyMs: 250, deadLetterDepth: 2 },
        { integration: ours.key, time: time.toISOString(), records: -1 },
        { integration: "INT-NOPE", time: time.toISOString(), records: 1 },
        { integration: theirs.key, time: time.toISOString(), records: 1 },
        { integration: archived.key, time: time.toISOString(), records: 1 },
        { integration: ours.key, time: "yesterday", records: 1 },
        { integration: ours.key, time: new Date(Date.now() + 3_600_000).toISOString(), records: 1 },
        { integration: ours.key, time: new Date(Date.now() - 30 * 86_400_000).toISOString(), records: 1 },
        {
          integration: ours.key,
          time: time.toISOString(),
          records: 5,
          latency: { count: 2, sumMs: 300, buckets: { boundsMs: [100, 1000], counts: [1, 1, 0] } },
        },
        "not a point",
      ],
    });
    expect(status).toBe(200);
    expect(body.accepted).toBe(2);
    expect(body.refused).toBe(8);
    expect(body.unknownIntegrations).toEqual(["INT-NOPE"]);
    expect(body.refusals.map((r: { pointer: string }) => r.pointer)).toEqual([
      "/points/1/records",
      "/points/2",
      "/points/3",
      "/points/4",
      "/points/5/time",
      "/points/6/time",
      "/points/7/time",
      "/points/9",
    ]);
    expect(body.refusals[1].reason).toContain("INT-NOPE");
    expect(body.refusals[2].reason).toContain("another team");
    expect(body.refusals[3].reason).toContain("archived");
    expect(body.refusals[5].reason).toContain("future");
    expect(body.refusals[6].reason).toContain("retention");
    const [series] = await readSignalSeries(db.prisma, [ours.id], minutesAgo(10), new Date(), "minute");
    expect(series.points).toHaveLength(1);
    expect(series.points[0]).toMatchObject({ records: 125, errors: 3, deadLetterDepth: 2, points: 2 });
    expect(series.points[0].latency).toMatchObject({ count: 3, sumMs: 550 });
    const integration = await db.prisma.integration.findUniqueOrThrow({ where: { id: ours.id } });
    expect(integration.lastSignalAt?.getTime()).toBe(time.getTime());
  });

  it("refuses a body that is not a batch of points as a whole, naming the field, and never fails", async () => {
    for (const body of [{}, { points: [] }, { points: "all" }]) {
      const { status, body: problem } = await send(ownerSignals, body);
      expect(status).toBe(422);
      expect(problem.errors[0].pointer).toBe("/points");
    }
    const { status, body: problem } = await send(ownerSignals, []);
    expect(status).toBe(422);
    expect(problem.errors[0].pointer).toBe("/");
  });

  it("lets a read-write token of a role that may report do it, and refuses a viewer's", async () => {
    const point = { integration: ours.key, time: minutesAgo(1).toISOString(), records: 1 };
    expect((await send(ownerReadWrite, { points: [point] })).body.accepted).toBe(1);
    expect((await send(viewerReadWrite, { points: [point] })).status).toBe(403);
  });
});

describe("the signals:write token scope", () => {
  it("can do nothing but report signals: reads and other writes are refused", async () => {
    const me = await getMe(apiRequest("/api/v1/me", { token: ownerSignals }), noParams);
    expect(me.status).toBe(403);
    expect((await me.json()).detail).toContain("may only report signals");
    const list = await listIntegrations(apiRequest("/api/v1/integrations", { token: ownerSignals }), noParams);
    expect(list.status).toBe(403);
  });
});
