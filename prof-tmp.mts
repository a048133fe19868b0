import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations, openDatabase } from "@/lib/db";
import { loadEvidenceRows } from "@/lib/assessment/repository";
import { generateSyntheticCatalog } from "@/lib/seed/synthetic-catalog";
const dataDir = mkdtempSync(path.join(os.tmpdir(), "prof-"));
const db = await openDatabase({ kind: "pglite", dataDir });
await applyMigrations(db.sql);
await generateSyntheticCatalog(db.prisma, { integrations: 10000 });
const team = await db.prisma.team.findFirstOrThrow({ orderBy: { integrations: { _count: "desc" } }, select: { id: true, _count: { select: { integrations: true, contracts: true } } } });
console.log(team);
const t = async (label: string, f: () => Promise<unknown>) => { const s = performance.now(); await f(); console.log(label, Math.round(performance.now() - s)); };
for (let i = 0; i < 2; i++) {
  await t("org", () => loadEvidenceRows(db.prisma, null));
  await t("team", () => loadEvidenceRows(db.prisma, team.id));
  await t("team integrations only", () => db.prisma.integration.findMany({ where: { archivedAt: null, ownerTeamId: team.id }, select: { id: true, owners: { select: { role: true } }, _count: { select: { escalationPath: true, contracts: true, capabilities: true, validationRules: true } } } }));
  await t("team integrations no count", () => db.prisma.integration.findMany({ where: { archivedAt: null, ownerTeamId: team.id }, select: { id: true, owners: { select: { role: true } } } }));
  await t("team contracts", () => db.prisma.contract.findMany({ where: { archivedAt: null, ownerTeamId: team.id }, select: { versions: { select: { status: true, specText: true, changelog: true, createdAt: true } } } }));
}
await db.close(); rmSync(dataDir, { recursive: true, force: true });
