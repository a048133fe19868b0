import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, can, type Actor } from "@/lib/auth/permissions";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { insertRows } from "@/lib/db/insert-rows";
import { CsvSyntaxError, parseCsv } from "@/lib/catalog/csv";
import { checkCsvHeader, csvRowToInput } from "@/lib/catalog/integrations/csv-format";
import {
  findIntegrationsByKeys,
  insertChildRows,
  lockIntegrationKeys,
  nextIntegrationKey,
  updateIntegrationsIfUnchanged,
} from "@/lib/catalog/integrations/write-repository";
import { loadReferenceMaps, resolveWithMaps } from "@/lib/catalog/integrations/resolve-references";
import { zIntegrationCsvRow, type IntegrationCsvRow } from "@/lib/catalog/integrations/schemas";
import { Conflict, InvalidInput } from "@/lib/errors/domain-errors";

export const MAX_IMPORT_ROWS = 50_000;

/** `row` is the spreadsheet row (the header is row 1); `column` the CSV column when one is to blame. */
export interface ImportRowError {
  row: number;
  column?: string;
  detail: string;
}

export interface ImportReport {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  errors: ImportRowError[];
}

/** Reads and validates the file without touching the database: syntax, header, then every row against the schema. */
export function readImportFile(csv: string): { inputs: { row: number; input: IntegrationCsvRow }[]; errors: ImportRowError[] } {
  let rows: string[][];
  try {
    rows = parseCsv(csv);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { inputs: [], errors: [{ row: error.line, detail: error.message }] };
    throw error;
  }
  if (rows.length < 2)
    return { inputs: [], errors: [{ row: 1, detail: "The file has no data row: the first row names the columns, one integration per row follows." }] };
  const [header, ...data] = rows;
  const columns = header.map((h) => h.trim());
  const headerProblem = checkCsvHeader(columns);
  if (headerProblem) {
    const detail = [
      headerProblem.missing.length ? `missing required column(s): ${headerProblem.missing.join(", ")}` : "",
      headerProblem.unknown.length ? `unknown column(s): ${headerProblem.unknown.join(", ")}` : "",
    ]
      .filter(Boolean)
      .join("; ");
    return { inputs: [], errors: [{ row: 1, detail: `The header row has ${detail}.` }] };
  }
  if (data.length > MAX_IMPORT_ROWS) return { inputs: [], errors: [{ row: 1, detail: `At most ${MAX_IMPORT_ROWS} rows per import; split the file.` }] };
  const inputs: { row: number; input: IntegrationCsvRow }[] = [];
  const errors: ImportRowError[] = [];
  const seenKeys = new Map<string, number>();
  data.forEach((cells, index) => {
    const row = index + 2;
    if (cells.length > columns.length) errors.push({ row, detail: `The row has ${cells.length} cells but the header names ${columns.length} columns.` });
    const parsed = zIntegrationCsvRow.safeParse(csvRowToInput(columns, cells));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ row, column: String(issue.path[0] ?? ""), detail: issue.message });
      return;
    }
    if (parsed.data.key) {
      const first = seenKeys.get(parsed.data.key);
      if (first) errors.push({ row, column: "key", detail: `The key ${parsed.data.key} is already used by row ${first} of this file.` });
      seenKeys.set(parsed.data.key, row);
    }
    inputs.push({ row, input: parsed.data });
  });
  return { inputs, errors };
}

interface Plan {
  creates: { key: string | undefined; input: IntegrationCsvRow; write: ReturnType<typeof resolveWithMaps>["write"] }[];
  updates: { id: string; updatedAt: Date; input: IntegrationCsvRow; write: ReturnType<typeof resolveWithMaps>["write"] }[];
  errors: ImportRowError[];
}

/**
 * Checks every row against the database: references exist, the actor may write each row's team (and, for a key
 * that exists, the record's current team). A row with a known key updates that record; any other row creates one.
 */
async function planImport(tx: Prisma.TransactionClient, actor: Actor, rows: { row: number; input: IntegrationCsvRow }[]): Promise<Plan> {
  const inputs = rows.map((r) => r.input);
  const [maps, existing] = await Promise.all([
    loadReferenceMaps(tx, inputs),
    findIntegrationsByKeys(
      tx,
      inputs.map((i) => i.key).filter((k): k is string => !!k),
    ),
  ]);
  const plan: Plan = { creates: [], updates: [], errors: [] };
  rows.forEach(({ row, input }) => {
    const { key, ...record } = input;
    const { write, ownerTeamId, errors } = resolveWithMaps(maps, record);
    for (const e of errors) plan.errors.push({ row, column: e.pointer.split("/")[1], detail: e.detail });
    if (errors.length) return;
    const current = key ? existing.get(key) : undefined;
    if (current) {
      if (current.archivedAt) return void plan.errors.push({ row, column: "key", detail: `${key} is archived; archived records are read-only.` });
      if (!can(actor, "catalog.update", current) || !can(actor, "catalog.update", { ownerTeamId: ownerTeamId ?? null })) {
        return void plan.errors.push({ row, column: "ownerTeam", detail: `You may not change ${key}: it belongs to another team.` });
      }
      plan.updates.push({ id: current.id, updatedAt: current.updatedAt, input, write });
    } else {
      if (!can(actor, "catalog.create", { ownerTeamId: ownerTeamId ?? null })) {
        const detail =
          record.ownerTeam === null
            ? "Name the owner team: you may only register integrations for your own teams."
            : `You may only register integrations for your own teams, not "${record.ownerTeam}".`;
        return void plan.errors.push({ row, column: "ownerTeam", detail });
      }
      plan.creates.push({ key, input, write });
    }
  });
  return plan;
}

async function applyPlan(tx: Prisma.TransactionClient, plan: Plan): Promise<{ created: string[]; updated: string[] }> {
  let next = Number((await nextIntegrationKey(tx)).slice(4));
  // A new row may bring its own INT-NNNN key above the highest one in the database: numbering skips it.
  const keysInFile = new Set(plan.creates.map((c) => c.key).filter(Boolean));
  const freeKey = () => {
    let key: string;
    do key = `INT-${String(next++).padStart(4, "0")}`;
    while (keysInFile.has(key));
    return key;
  };
  const now = new Date();
  const rows = plan.creates.map(({ key, write }) => ({ id: randomUUID(), key: key ?? freeKey(), write }));
  await insertRows(
    tx,
    "Integration",
    rows.map(({ id, key, write }) => ({ ...write.scalars, id, key, createdAt: now, updatedAt: now })),
    now,
  );
  await insertChildRows(tx, rows);
  const changed = await updateIntegrationsIfUnchanged(
    tx,
    plan.updates.map(({ id, updatedAt, write }) => ({ id, loadedAt: updatedAt, write })),
  );
  // Someone changed a record between the plan and now (same transaction, so only a concurrent writer): refuse the whole file.
  if (changed !== plan.updates.length) {
    throw new Conflict(`${plan.updates.length - changed} integration(s) changed while the file was being imported; nothing was written. Import it again.`);
  }
  return { created: rows.map((r) => r.key), updated: plan.updates.map((u) => u.input.key!) };
}

const sortErrors = (errors: ImportRowError[]) => errors.sort((a, b) => a.row - b.row);

/**
 * Imports an integration inventory CSV. A dry run reports every row's errors and what would be created or updated,
 * and writes nothing. The import itself is all or nothing: one transaction, refused as a whole (422, every row's
 * error listed) when any row is wrong, audited as one `integration.import` event naming every key it touched.
 */
export async function importIntegrations(db: PrismaClient, { actor, csv, dryRun }: { actor: Actor; csv: string; dryRun: boolean }): Promise<ImportReport> {
  authorize(actor, "catalog.create");
  const file = readImportFile(csv);
  const rows = file.inputs.length + new Set(file.errors.map((e) => e.row)).size;
  if (dryRun) {
    // Rows the schema accepts are checked against the database too, so one dry run shows every problem.
    const plan = await db.$transaction((tx) => planImport(tx, actor, file.inputs), { timeout: 120_000 });
    return { dryRun, rows, created: plan.creates.length, updated: plan.updates.length, errors: sortErrors([...file.errors, ...plan.errors]) };
  }
  if (file.errors.length) throw importRefused(file.errors);
  return runMutation(db, {
    actor,
    permission: "catalog.create",
    action: "integration.import",
    // A file of tens of thousands of rows takes longer than an interactive transaction's default 5 s.
    transactionTimeoutMs: 120_000,
    schema: z.array(z.object({ row: z.number(), input: zIntegrationCsvRow })).max(MAX_IMPORT_ROWS),
    input: file.inputs,
    write: async (tx, { input }) => {
      // Before the plan reads which keys exist, so that no concurrent create takes one of them meanwhile.
      await lockIntegrationKeys(tx);
      const plan = await planImport(tx, actor, input);
      if (plan.errors.length) throw importRefused(plan.errors);
      const { created, updated } = await applyPlan(tx, plan);
      return {
        result: { dryRun, rows, created: created.length, updated: updated.length, errors: [] },
        target: { type: "integration-import", id: randomUUID(), label: `${created.length} created, ${updated.length} updated` },
        after: { created, updated },
      };
    },
  });
}

function importRefused(errors: ImportRowError[]): InvalidInput {
  const sorted = sortErrors(errors);
  return new InvalidInput(
    `${sorted.length} problem(s) in the file; nothing was imported. First: row ${sorted[0].row}${sorted[0].column ? `, ${sorted[0].column}` : ""}: ${sorted[0].detail}`,
    { issues: sorted.slice(0, 1000).map((e) => ({ pointer: `/rows/${e.row}${e.column ? `/${e.column}` : ""}`, detail: e.detail })) },
  );
}
