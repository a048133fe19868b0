import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { createIntegration, createTeam, createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

// The handlers run as in production except for who is signed in by cookie and which database they open.
const session = vi.hoisted(() => ({ actor: null as Actor | null, prisma: null as unknown }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => session.actor }));
vi.mock("@/lib/db", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/db")>()), getDb: async () => session.prisma }));

const item = await import("@/app/api/v1/integrations/[idOrKey]/route");
const csvImport = await import("@/app/api/v1/integrations/import/route");
const csvExport = await import("@/app/api/v1/integrations/export/route");

const PORTAL = "http://interchange.test";
const noParams = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
const withKey = (idOrKey: string) => ({ params: Promise.resolve({ idOrKey }) });

let db: TestDatabase;
let admin: Actor;
let tokenSecret: string;
let key: string;

function patch(name: string, headers: Record<string, string>, { cookie = true } = {}) {
  session.actor = cookie ? admin : null;
  const request = new Request(`${PORTAL}/api/v1/integrations/${key}`, {
    method: "PATCH",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ name }),
  });
  return item.PATCH(request, withKey(key));
}

async function currentName() {
  return (await db.prisma.integration.findUniqueOrThrow({ where: { key } })).name;
}

async function exportedCsvRenamedTo(name: string) {
  session.actor = admin;
  const response = await csvExport.GET(new Request(`${PORTAL}/api/v1/integrations/export?q=${key}`), noParams);
  const csv = await response.text();
  return csv.replace(await currentName(), name);
}

function importCsv(csv: string, headers: Record<string, string>, { cookie = true } = {}) {
  session.actor = cookie ? admin : null;
  return csvImport.POST(new Request(`${PORTAL}/api/v1/integrations/import`, { method: "POST", headers, body: csv }), noParams);
}

beforeAll(async () => {
  vi.stubEnv("NEXTAUTH_URL", PORTAL);
  db = await createTestDatabase();
  session.prisma = db.prisma;
  const team = await createTeam(db.prisma, { slug: "commerce" });
  admin = { ...(await createUser(db.prisma, { role: "admin" })), teamIds: [team.id] };
  key = (await createIntegration(db.prisma, { ownerTeamId: team.id })).key;
  tokenSecret = (await createApiToken(db.prisma, { actor: admin, input: { name: "ci", scope: "read_write" } })).secret;
});
beforeEach(async () => {
  await db.prisma.integration.update({ where: { key }, data: { name: "Original" } });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await db.close();
});

describe("cookie-authenticated writes to /api/v1 from another origin", () => {
  it.each([
    ["another site's Origin", { origin: "http://evil.example", "sec-fetch-site": "cross-site" }],
    ["another port of the same host", { origin: "http://interchange.test:8080", "sec-fetch-site": "same-site" }],
    ["an opaque Origin (sandboxed frame)", { origin: "null" }],
    ["Sec-Fetch-Site alone", { "sec-fetch-site": "cross-site" }],
  ])("are refused with 403 problem+json and change nothing: %s", async (_, headers) => {
    const response = await patch("Renamed by evil", headers);
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect((await response.json()).detail).toMatch(/origin/i);
    expect(await currentName()).toBe("Original");
  });

  it("are accepted from the portal's own pages, and from clients that are not browsers", async () => {
    expect((await patch("From the portal", { origin: PORTAL, "sec-fetch-site": "same-origin" })).status).toBe(200);
    expect(await currentName()).toBe("From the portal");
    expect((await patch("From curl with a cookie", {})).status).toBe(200);
    expect(await currentName()).toBe("From curl with a cookie");
  });

  it("leave token-authenticated calls alone, whatever their Origin", async () => {
    const response = await patch(
      "By token",
      { origin: "http://evil.example", "sec-fetch-site": "cross-site", authorization: `Bearer ${tokenSecret}` },
      { cookie: false },
    );
    expect(response.status).toBe(200);
    expect(await currentName()).toBe("By token");
  });

  it("must carry JSON: a body a form could send (text/plain, urlencoded, multipart) is refused", async () => {
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      session.actor = admin;
      const request = new Request(`${PORTAL}/api/v1/integrations/${key}`, {
        method: "PATCH",
        headers: { "content-type": contentType, origin: PORTAL },
        body: JSON.stringify({ name: "Form" }),
      });
      const response = await item.PATCH(request, withKey(key));
      expect(response.status).toBe(415);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
    expect(await currentName()).toBe("Original");
  });
});

describe("the CSV import with a session cookie", () => {
  it("needs the X-Interchange-Import: csv header, which a browser form or a simple request cannot send", async () => {
    const csv = await exportedCsvRenamedTo("Renamed by a form");
    for (const contentType of ["text/plain", "text/csv"]) {
      const refused = await importCsv(csv, { "content-type": contentType, origin: PORTAL });
      expect(refused.status).toBe(415);
      expect((await refused.json()).detail).toMatch(/X-Interchange-Import: csv/);
    }
    expect(await currentName()).toBe("Original");

    const accepted = await importCsv(csv, { "content-type": "text/csv", "x-interchange-import": "csv", origin: PORTAL });
    expect(accepted.status).toBe(200);
    expect(await currentName()).toBe("Renamed by a form");
  });

  it("is refused cross-origin even with the header", async () => {
    const csv = await exportedCsvRenamedTo("Renamed cross-origin");
    const response = await importCsv(csv, { "content-type": "text/csv", "x-interchange-import": "csv", origin: "http://evil.example" });
    expect(response.status).toBe(403);
    expect(await currentName()).toBe("Original");
  });

  it("needs no extra header with a token", async () => {
    const csv = await exportedCsvRenamedTo("Imported by token");
    const response = await importCsv(csv, { "content-type": "text/csv", authorization: `Bearer ${tokenSecret}` }, { cookie: false });
    expect(response.status).toBe(200);
    expect(await currentName()).toBe("Imported by token");
  });
});
