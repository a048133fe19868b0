import type { Prisma } from "@/lib/generated/prisma/client";
import { stableId } from "./stable-id";

const userId = (email: string) => stableId("user", email);

/**
 * A few inbox notifications so the demo's header badge and inbox have something to show before anyone has
 * proposed or deprecated anything. Written directly rather than through notifyUsers: the demo must never e-mail
 * anybody, even on a server with SMTP configured.
 */
export async function seedDemoEvents(tx: Prisma.TransactionClient, { now }: { now: Date }): Promise<number> {
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
  const { count } = await tx.notification.createMany({
    data: [
      {
        userId: userId("owner@interchange.demo"),
        kind: "review.changes_requested",
        title: "Changes requested on Product Catalog API",
        body: "Rita Vance asked for a deprecation notice before removing the `legacySku` field.",
        href: "/catalog/contracts/product-catalog-api",
        dedupeKey: "demo:product-catalog-api:changes-requested",
        createdAt: hoursAgo(3),
      },
      {
        userId: userId("owner@interchange.demo"),
        kind: "deprecation.reminder",
        title: "Inventory Availability API: acknowledge the planned retirement",
        body: "Two of your consumers still read the version being retired. Plan their migration or say what blocks it.",
        href: "/catalog/contracts/inventory-availability-api",
        dedupeKey: "demo:inventory-availability-api:reminder",
        createdAt: hoursAgo(26),
      },
      {
        userId: userId("owner@interchange.demo"),
        kind: "review.approved",
        title: "Product Events change approved",
        href: "/catalog/contracts/product-events",
        dedupeKey: "demo:product-events:approved",
        readAt: hoursAgo(40),
        createdAt: hoursAgo(48),
      },
      {
        userId: userId("reviewer@interchange.demo"),
        kind: "review.requested",
        title: "Review requested: Product Catalog API",
        body: "Owen Marsh proposed a change with one breaking change for two consumers.",
        href: "/catalog/contracts/product-catalog-api",
        dedupeKey: "demo:product-catalog-api:review-requested",
        createdAt: hoursAgo(5),
      },
    ],
    skipDuplicates: true,
  });
  return count;
}
