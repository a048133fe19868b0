import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fromJsonColumn } from "@/lib/db/json-column";
import { OPEN_STATUSES } from "@/lib/reviews/schemas";
import { zStoredDiff } from "@/lib/reviews/stored-diff";

/** The open proposals diffed against one contract version, with their stored diffs. */
export async function findOpenProposalsOnVersion(db: PrismaClient, versionId: string) {
  const rows = await db.changeRequest.findMany({
    where: { baseVersionId: versionId, status: { in: [...OPEN_STATUSES] } },
    select: { number: true, title: true, proposedVersion: true, status: true, diff: true },
    orderBy: { number: "asc" },
  });
  return rows.map((row) => ({ ...row, diff: row.diff === null ? null : fromJsonColumn(zStoredDiff, row.diff, "ChangeRequest.diff") }));
}
