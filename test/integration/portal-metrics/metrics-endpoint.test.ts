import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import type { ApiTokenScope } from "@/lib/api-tokens/schemas";
import { GET as getMetrics } from "@/app/api/v1/metrics/route";
import { GET as getMe } from "@/app/api/v1/me/route";
import { POST as postSignals } from "@/app/api/v1/signals/route";
import { createIntegration, createTeam, createUser } from "@/test/factories";
import { apiRequest, noParams, serveRoutesFrom, signedIn } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

// No session: a scrape without a token is anonymous.
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }));

let db: TestDatabase;
let detach: () => void;
const tokens = {} as Record<"adminMetrics" | "adminSignals" | "adminRead" | "viewerRead" | "ownerSignals", string>;
let integrationKey: string;

async function token(actor: Actor, scope: ApiTokenScope): Promise<string> {
  return (await createApiToken(db.prisma, { actor, input: { name: `metrics ${scope}`, scope } })).secret;
}

const actorOf = (user: { id: string; email: string; name: string }, role: Actor["role"], teamIds: string[] = []): Actor => ({ ...user, role, teamIds });

async function scrape(secret?: string) {
  const response = await getMetrics(apiRequest("/api/v1/metrics", { token: secret }), noParams);
  return { status: response.status, contentType: response.headers.get("content-type"), text: await response.text() };
}

// The Prometheus text format (0.0.4): `# HELP`/`# TYPE` comments and `name{label="value",…} number` samples. Values
// are read like Prometheus reads them (Go's ParseFloat): NaN and Inf in any case (prom-client writes "Nan").
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*",?)*\})? (-?[0-9.eE+-]+|(?:nan|[+-]inf))$/i;
const COMMENT = /^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .+$/;

/** The samples of an exposition by their full series (name and labels), failing on any line that is not the format. */
function parseExposition(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (line === "" || COMMENT.test(line)) continue;
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`Not a Prometheus sample: ${line}`);
    samples.set(`${match[1]}${match[2] ?? ""}`, Number(match[3]));
  }
  return samples;
}

beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  const team = await createTeam(db.prisma, { name: "Metrics team" });
  const admin = await createUser(db.prisma, { role: "admin", name: "Metrics Admin" });
  const viewer = await createUser(db.prisma, { role: "viewer", name: "Metrics Viewer" });
  const owner = await createUser(db.prisma, { role: "owner", name: "Metrics Owner", memberships: [{ teamId: team.id }] });
  tokens.adminMetrics = await token(actorOf(admin, "admin"), "metrics:read");
  tokens.adminSignals = await token(actorOf(admin, "admin"), "signals:write");
  tokens.adminRead = await token(actorOf(admin, "admin"), "read");
  tokens.viewerRead = await token(actorOf(viewer, "viewer"), "read");
  tokens.ownerSignals = await token(actorOf(owner, "owner", [team.id]), "signals:write");
  integrationKey = (await createIntegration(db.prisma, { ownerTeamId: team.id })).key;
  await db.prisma.job.create({ data: { kind: "email.send", dedupeKey: "metrics-test-dead", payload: {}, runAt: new Date(), status: "dead" } });
}, 60_000);

afterAll(async () => {
  detach?.();
  await db?.close();
});

describe("GET /api/v1/metrics (served at /metrics)", () => {
  it("answers the Prometheus text format with the job queue, open incidents and process figures", async () => {
    const { status, contentType, text } = await scrape(tokens.adminMetrics);
    expect(status).toBe(200);
    expect(contentType).toContain("text/plain");
    expect(contentType).toContain("version=0.0.4");
    const samples = parseExposition(text);
    expect(samples.get('interchange_jobs{state="dead",kind="email.send"}')).toBe(1);
    expect(samples.get('interchange_incidents_open{cause="volume_drop"}')).toBe(0);
    expect(samples.has("process_cpu_user_seconds_total")).toBe(true);
  });

  it("counts an API request, with its operation, method and status, and its duration", async () => {
    const series = 'interchange_http_requests_total{operation="getMe",method="GET",status="200"}';
    const before = parseExposition((await scrape(tokens.adminMetrics)).text);
    const me = await getMe(apiRequest("/api/v1/me", { token: tokens.adminRead }), noParams);
    expect(me.status).toBe(200);
    const after = parseExposition((await scrape(tokens.adminMetrics)).text);
    expect((after.get(series) ?? 0) - (before.get(series) ?? 0)).toBe(1);
    const durations = 'interchange_http_request_duration_seconds_count{operation="getMe",method="GET"}';
    expect((after.get(durations) ?? 0) - (before.get(durations) ?? 0)).toBe(1);
  });

  it("counts signal points accepted and refused", async () => {
    const accepted = 'interchange_signal_points_total{receiver="signals",outcome="accepted"}';
    const refused = 'interchange_signal_points_total{receiver="signals",outcome="refused"}';
    const before = parseExposition((await scrape(tokens.adminMetrics)).text);
    const time = new Date(Date.now() - 120_000).toISOString();
    const ingest = await postSignals(
      apiRequest("/api/v1/signals", {
        method: "POST",
        token: tokens.ownerSignals,
        body: {
          points: [
            { integration: integrationKey, time, records: 5 },
            { integration: integrationKey, time, records: -1 },
          ],
        },
      }),
      noParams,
    );
    expect(ingest.status).toBe(200);
    const after = parseExposition((await scrape(tokens.adminMetrics)).text);
    expect((after.get(accepted) ?? 0) - (before.get(accepted) ?? 0)).toBe(1);
    expect((after.get(refused) ?? 0) - (before.get(refused) ?? 0)).toBe(1);
  });

  it("refuses a scrape without a token (401), with a token of another scope (403) and for a role without metrics.read (403)", async () => {
    const anonymous = await scrape();
    expect(anonymous.status).toBe(401);
    expect(anonymous.text).not.toContain("interchange_");
    const signalsScope = await scrape(tokens.adminSignals);
    expect(signalsScope.status).toBe(403);
    expect(signalsScope.text).not.toContain("interchange_");
    expect((await scrape(tokens.viewerRead)).status).toBe(403);
  });

  it("lets a metrics:read token do nothing else", async () => {
    const me = await getMe(apiRequest("/api/v1/me", { token: tokens.adminMetrics }), noParams);
    expect(me.status).toBe(403);
  });
});
