import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { notifyUsers } from "@/lib/notifications/notify-users";
import { GET as listNotifications } from "@/app/api/v1/notifications/route";
import { POST as markRead } from "@/app/api/v1/notifications/read/route";
import { createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";
import { apiRequest, noParams, serveRoutesFrom } from "@/test/support/route-harness";

let db: TestDatabase;
let detach: () => void;
let anaToken: string;
let benId: string;

interface ListAnswer {
  items: { id: string; kind: string; title: string; readAt: string | null }[];
  nextCursor: string | null;
  unreadCount: number;
}

beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  const ana = await createUser(db.prisma, { role: "viewer" });
  benId = (await createUser(db.prisma)).id;
  const actor: Actor = { id: ana.id, email: ana.email, name: ana.name, role: ana.role, teamIds: [] };
  anaToken = (await createApiToken(db.prisma, { actor, input: { name: "inbox", scope: "read_write" } })).secret;
  for (let n = 1; n <= 5; n += 1) {
    await db.prisma.$transaction((tx) =>
      notifyUsers(tx, {
        userIds: [ana.id, benId],
        kind: n % 2 ? "review.requested" : "deprecation.announced",
        title: `Event ${n}`,
        href: `/reviews/CR-${n}`,
        dedupeKey: `event-${n}`,
      }),
    );
  }
});
afterAll(async () => {
  detach();
  await db.close();
});

const list = async (query = "") => {
  const response = await listNotifications(apiRequest(`/api/v1/notifications${query}`, { token: anaToken }), noParams);
  return { status: response.status, answer: (await response.json()) as ListAnswer };
};
const read = (input: unknown) => markRead(apiRequest("/api/v1/notifications/read", { method: "POST", token: anaToken, body: input }), noParams);

describe("/api/v1/notifications", () => {
  it("lists only the caller's notifications, newest first, in cursor pages, with filters", async () => {
    const first = await list("?limit=3");
    expect(first.answer.items.map((item) => item.title)).toEqual(["Event 5", "Event 4", "Event 3"]);
    expect(first.answer.unreadCount).toBe(5);
    const second = await list(`?limit=3&cursor=${first.answer.nextCursor}`);
    expect(second.answer.items.map((item) => item.title)).toEqual(["Event 2", "Event 1"]);
    expect(second.answer.nextCursor).toBeNull();
    expect((await list("?kind=deprecation.announced")).answer.items.map((item) => item.title)).toEqual(["Event 4", "Event 2"]);
    expect((await list("?q=event%203")).answer.items).toHaveLength(1);
    expect((await list("?show=everything")).status).toBe(422);
  });

  it("marks some, then all, read; others' ids are ignored", async () => {
    const { answer } = await list();
    const bensNotification = await db.prisma.notification.findFirstOrThrow({ where: { userId: benId } });
    const some = await read({ ids: [answer.items[0].id, bensNotification.id] });
    expect(await some.json()).toEqual({ marked: 1, unreadCount: 4 });
    expect((await db.prisma.notification.findUniqueOrThrow({ where: { id: bensNotification.id } })).readAt).toBeNull();
    expect((await list("?show=unread")).answer.items).toHaveLength(4);

    const invalid = await read({ ids: [], all: true });
    expect(invalid.status).toBe(422);
    expect(await read({ all: true }).then((response) => response.json())).toEqual({ marked: 4, unreadCount: 0 });
    expect((await list("?show=unread")).answer.items).toHaveLength(0);
    expect(await db.prisma.notification.count({ where: { userId: benId, readAt: null } })).toBe(5);
  });
});
