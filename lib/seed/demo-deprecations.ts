import type { Prisma } from "@/lib/generated/prisma/client";
import type { MigrationStatus } from "@/lib/generated/prisma/enums";
import { enqueueReminders } from "@/lib/deprecations/deprecation-schedule";
import { DAY_MS } from "@/lib/deprecations/notice-policy";
import { stableId } from "./stable-id";

interface DemoDeprecation {
  contract: string;
  version: string;
  replacement: string;
  reason: string;
  guide: string;
  announcedDaysAgo: number;
  sunsetInDays: number;
  /** Status by consumer name; consumers not listed take `others`. */
  statuses: Record<string, { status: MigrationStatus; blockedReason?: string }>;
  others: MigrationStatus;
}

/**
 * Three deprecations of versions the demo already marks deprecated: one past its sunset with a consumer still
 * migrating, one with a blocked consumer, one whose consumers have not all acknowledged yet.
 */
const DEMO_DEPRECATIONS: DemoDeprecation[] = [
  {
    contract: "order-api",
    version: "2.0.0",
    replacement: "2.1.0",
    reason:
      "2.0.0 leaves cancelled orders out of list results, so revenue built on it disagrees with finance. 2.1.0 returns them with order_status = cancelled.",
    guide: "https://developer.kestrelridge.example/order-api/2.1-migration",
    announcedDaysAgo: 100,
    sunsetInDays: -9,
    statuses: { "Board Revenue Pack (Tableau)": { status: "migrating" } },
    others: "migrated",
  },
  {
    contract: "subscription-events",
    version: "1.0.0",
    replacement: "2.0.0",
    reason: "1.0.0 carries billing's customer_status, which consumers joined to CRM's customer_status by mistake. 2.0.0 replaces it with subscription_status.",
    guide: "https://developer.kestrelridge.example/subscription-events/2.0-migration",
    announcedDaysAgo: 60,
    sunsetInDays: 45,
    statuses: {
      "Dunning Escalation Workflow": {
        status: "blocked",
        blockedReason: "The Zendesk macro reads customer_status; billing's mapping to subscription_status ships in release 24.3.",
      },
    },
    others: "acknowledged",
  },
  {
    contract: "margin-api",
    version: "1.0.0",
    replacement: "1.1.0",
    reason: "Margins on 1.0.0 ignore landed cost and overstate margin by 2-4 points.",
    guide: "https://developer.kestrelridge.example/margin-api/1.1-migration",
    announcedDaysAgo: 20,
    sunsetInDays: 100,
    statuses: { "Markdown Optimiser (experiment)": { status: "notified" } },
    others: "acknowledged",
  },
];

/** Loads the demo deprecations into the seed's transaction; reminders still ahead are scheduled as for a real announcement. */
export async function seedDemoDeprecations(tx: Prisma.TransactionClient, { now }: { now: Date }): Promise<number> {
  const fallbackAuthor = await tx.user.findFirst({ where: { role: "owner", passwordHash: { not: null } }, select: { id: true }, orderBy: { email: "asc" } });
  let written = 0;
  for (const demo of DEMO_DEPRECATIONS) {
    const versions = await tx.contractVersion.findMany({
      where: { contract: { slug: demo.contract }, version: { in: [demo.version, demo.replacement] } },
      select: { id: true, version: true, contract: { select: { ownerUserId: true } } },
    });
    const deprecated = versions.find((v) => v.version === demo.version);
    const replacement = versions.find((v) => v.version === demo.replacement);
    const author = deprecated?.contract.ownerUserId ?? fallbackAuthor?.id;
    if (!deprecated || !author) continue;
    const id = stableId("deprecation", `${demo.contract}@${demo.version}`);
    // Whole days at midnight UTC, as people enter them in the form.
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    const announcedAt = new Date(today - demo.announcedDaysAgo * DAY_MS);
    const sunsetAt = new Date(today + demo.sunsetInDays * DAY_MS);
    await tx.deprecation.create({
      data: {
        id,
        targetKind: "contract_version",
        contractVersionId: deprecated.id,
        replacementVersionId: replacement?.id ?? null,
        reason: demo.reason,
        migrationGuideUrl: demo.guide,
        announcedAt,
        sunsetAt,
        createdById: author,
        createdAt: announcedAt,
      },
    });
    await tx.contractVersion.update({ where: { id: deprecated.id }, data: { status: "deprecated" } });
    const consumers = await tx.consumer.findMany({ where: { contractVersionId: deprecated.id, archivedAt: null }, select: { id: true, name: true } });
    await tx.migrationItem.createMany({
      data: consumers.map((consumer) => {
        const { status, blockedReason } = demo.statuses[consumer.name] ?? { status: demo.others };
        return {
          deprecationId: id,
          consumerId: consumer.id,
          status,
          blockedReason: blockedReason ?? null,
          acknowledgedAt: status === "notified" ? null : new Date(announcedAt.getTime() + 3 * DAY_MS),
          migratedAt: status === "migrated" ? new Date(announcedAt.getTime() + 30 * DAY_MS) : null,
        };
      }),
    });
    await enqueueReminders(tx, { deprecationId: id, sunsetAt, now });
    written += 1;
  }
  return written;
}
