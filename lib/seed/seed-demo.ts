import { hashPassword } from "@/lib/auth/password";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { countCatalog, writeCatalog } from "./catalog";
import { buildDemoEnterprise, COMPANY, DEMO_PASSWORD } from "./demo-enterprise";
import { seedDemoEvents } from "./demo-events";
import { seedDemoDeprecations } from "./demo-deprecations";
import { seedDemoReviews } from "./demo-reviews";
import { seedDemoDashboardHistory } from "./demo-dashboard-history";
import { seedDemoSignals } from "./demo-signals";
import { lintDemoVersions } from "./demo-findings";

export interface SeedDemoOptions {
  /** Replace whatever the database holds, audit trail included. */
  force?: boolean;
  now?: Date;
}

export interface SeedDemoResult {
  seeded: boolean;
  reason?: string;
  /** Rows written when seeded; the rows that blocked seeding otherwise. */
  counts: Record<string, number>;
}

/**
 * Every table the demo writes, plus the audit trail. TRUNCATE rather than DELETE: the audit trail's append-only
 * trigger is a row-level UPDATE/DELETE trigger, which TRUNCATE does not fire, and AuditEvent.actorId would otherwise
 * forbid deleting any user who ever acted. Forcing a reseed is an explicit operator decision to reset a demo
 * database, so the trail restarts with the seed.demo-loaded event recording that it was forced. Users survive a
 * reseed in practice: their ids derive from their e-mails, so sessions and bookmarks stay valid.
 * Migration bookkeeping and sign-in throttles are not demo data and are left alone.
 */
const TRUNCATE_DEMO_TABLES = `TRUNCATE TABLE ${[
  "AuditEvent",
  "ConsumerCapability",
  "Consumer",
  "GlossaryEntry",
  "ContractVersion",
  "Contract",
  "ExceptionRoute",
  "ValidationRule",
  "EscalationStep",
  "IntegrationOwner",
  "IntegrationCapability",
  "Integration",
  "BusinessCapability",
  "System",
  "TeamMembership",
  "Team",
  "User",
]
  .map((table) => `"${table}"`)
  .join(", ")} CASCADE`;

// Generous: PGlite on a small machine takes a few seconds; the default 5 s would abort a healthy seed.
const TRANSACTION_TIMEOUT_MS = 120_000;

/** Loads the demo enterprise in one transaction. Never touches a database that already has people or systems unless forced. */
export async function seedDemo(prisma: PrismaClient, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const now = options.now ?? new Date();
  const force = options.force ?? false;

  const existing = await existingRows(prisma);
  if (!force && hasRows(existing)) return notSeeded(existing);

  // Outside the transaction: it is deliberately slow and needs no database.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const catalog = buildDemoEnterprise({ passwordHash, now });
  await lintDemoVersions(catalog);
  const counts = { ...countCatalog(catalog), auditEvents: 1 };

  const outcome = await prisma.$transaction(
    async (tx) => {
      if (force) {
        await tx.$executeRawUnsafe(TRUNCATE_DEMO_TABLES);
      } else {
        // Another process may have seeded since the first look.
        const again = await existingRows(tx);
        if (hasRows(again)) return notSeeded(again);
      }
      await writeCatalog(tx, catalog);
      await seedDemoEvents(tx, { now });
      await seedDemoDeprecations(tx, { now });
      await seedDemoReviews(tx, { now });
      await seedDemoDashboardHistory(tx, { now });
      await seedDemoSignals(tx, { now });
      await tx.auditEvent.create({
        data: {
          at: now,
          actorLabel: "system",
          action: "seed.demo-loaded",
          targetType: "database",
          targetId: "demo-enterprise",
          targetLabel: COMPANY.name,
          after: { forced: force, counts },
        },
      });
      return undefined;
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
  return outcome ?? { seeded: true, counts };
}

async function existingRows(db: Prisma.TransactionClient): Promise<Record<string, number>> {
  const [teams, users, systems] = await Promise.all([db.team.count(), db.user.count(), db.system.count()]);
  return { teams, users, systems };
}

function hasRows(counts: Record<string, number>): boolean {
  return Object.values(counts).some((count) => count > 0);
}

function notSeeded(existing: Record<string, number>): SeedDemoResult {
  const found = Object.entries(existing)
    .filter(([, count]) => count > 0)
    .map(([table, count]) => `${count} ${table}`)
    .join(", ");
  return {
    seeded: false,
    reason: `the database already has data (${found}); seeding only fills an empty database (use --force to replace everything)`,
    counts: existing,
  };
}
