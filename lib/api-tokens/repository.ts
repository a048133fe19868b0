import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { LAST_USED_WRITE_INTERVAL_MS } from "@/lib/api-tokens/token-secret";
import { zApiTokenScope, type ApiTokenOutput } from "@/lib/api-tokens/schemas";

const tokenSelect = {
  id: true,
  name: true,
  scope: true,
  prefix: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const satisfies Prisma.ApiTokenSelect;

type TokenRow = Prisma.ApiTokenGetPayload<{ select: typeof tokenSelect }>;

function toApiTokenOutput(row: TokenRow): ApiTokenOutput {
  return { ...row, scope: zApiTokenScope.parse(row.scope) };
}

/** A person's tokens, live ones first, newest first. */
export async function findApiTokensOfUser(db: PrismaClient, userId: string): Promise<ApiTokenOutput[]> {
  const rows = await db.apiToken.findMany({
    where: { userId },
    select: tokenSelect,
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(toApiTokenOutput);
}

export async function insertApiToken(
  tx: Prisma.TransactionClient,
  data: { userId: string; name: string; scope: string; prefix: string; tokenHash: string; expiresAt: Date | null },
): Promise<ApiTokenOutput> {
  return toApiTokenOutput(await tx.apiToken.create({ data, select: tokenSelect }));
}

export async function findApiTokenForUpdate(tx: Prisma.TransactionClient, id: string) {
  return tx.apiToken.findUnique({ where: { id }, select: { ...tokenSelect, userId: true } });
}

export async function markApiTokenRevoked(tx: Prisma.TransactionClient, id: string, at: Date): Promise<ApiTokenOutput> {
  return toApiTokenOutput(await tx.apiToken.update({ where: { id }, data: { revokedAt: at }, select: tokenSelect }));
}

export async function findApiTokenByHash(db: PrismaClient, tokenHash: string) {
  return db.apiToken.findUnique({
    where: { tokenHash },
    select: { id: true, userId: true, scope: true, expiresAt: true, revokedAt: true, lastUsedAt: true },
  });
}

/** Records a use at most once a minute; the condition makes concurrent requests write once between them. */
export async function recordApiTokenUse(db: PrismaClient, id: string, now: Date): Promise<void> {
  await db.apiToken.updateMany({
    where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now.getTime() - LAST_USED_WRITE_INTERVAL_MS) } }] },
    data: { lastUsedAt: now },
  });
}
