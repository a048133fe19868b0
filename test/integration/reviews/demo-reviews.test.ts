import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { findActorById } from "@/lib/auth/repository";
import { findChangeRequest, findChangeRequests } from "@/lib/reviews/find-change-requests";
import { zReviewListQuery } from "@/lib/reviews/schemas";
import { seedDemo } from "@/lib/seed/seed-demo";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

const NOW = new Date("2026-06-17T11:15:00Z");
let db: TestDatabase;
const actorByEmail = async (email: string): Promise<Actor> =>
  (await findActorById(db.prisma, (await db.prisma.user.findUniqueOrThrow({ where: { email } })).id))!;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { now: NOW });
});
afterAll(() => db.close());

describe("the demo's change requests", () => {
  it("cover the workflow's states", async () => {
    const statuses = (await db.prisma.changeRequest.findMany({ select: { status: true } })).map((row) => row.status).sort();
    expect(statuses).toEqual(["changes_requested", "draft", "in_review", "rejected", "withdrawn"]);
  });

  it("put a breaking change with revenue consumers in the reviewer's and the owner's queues", async () => {
    const reviewer = await actorByEmail("reviewer@interchange.demo");
    const queue = await findChangeRequests(db.prisma, { actor: reviewer, query: zReviewListQuery.parse({}), now: NOW });
    expect(queue.items.map((item) => item.title)).toEqual(["Rename net_revenue to net_amount"]);
    const [item] = queue.items;
    expect(item.breakingCount).toBeGreaterThan(0);
    const { request } = await findChangeRequest(db.prisma, { actor: reviewer, number: item.number, now: NOW });
    expect(request.impact.broken).toBeGreaterThanOrEqual(2);
    expect(request.impact.sentence).toMatch(/feed revenue reporting/);
    expect(request.steps.find((step) => step.kind === "consumer_acknowledgement" && step.satisfied)?.satisfiedBy).toBe("Priya Raman");

    const owner = await actorByEmail("owner@interchange.demo");
    const ownerQueue = await findChangeRequests(db.prisma, { actor: owner, query: zReviewListQuery.parse({}), now: NOW });
    expect(ownerQueue.items.map((row) => row.number)).toEqual([item.number]);
    const mine = await findChangeRequests(db.prisma, { actor: owner, query: zReviewListQuery.parse({ tab: "mine" }), now: NOW });
    expect(mine.items.map((row) => row.status).sort()).toEqual(["changes_requested", "draft"]);
  });
});
