import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogueRows, oasdiffLevel } from "@/lib/contract-diff/change-catalogue";
import type { ChangeSeverity } from "@/lib/contract-diff";
import { renderChangeIdTable, TABLE_END, TABLE_START } from "@/lib/contract-diff/change-id-table";

const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");

describe("README's table of contract change ids", () => {
  it("is the one the catalogue generates (run npm run contract:change-ids after changing a rule)", () => {
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END);
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(start, end + TABLE_END.length)).toBe(renderChangeIdTable());
  });

  it("lists every id of the catalogue once, with a reason wherever the level differs from oasdiff's", () => {
    const table = renderChangeIdTable();
    const ids = catalogueRows().map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(table).toContain(`\`${id}\``);
    const breaks = (severity: ChangeSeverity | undefined) => severity === "breaking" || severity === "warning";
    for (const row of catalogueRows()) {
      const checks = row.severity
        ? [[row.id, row.severity] as const]
        : (["request", "response"] as const).flatMap((side) =>
            ["body", "property", "parameter"].map((place) => [`${side}-${place}-${row.id}`, row[side]] as const),
          );
      for (const [id, severity] of checks) {
        const theirs = oasdiffLevel(id);
        if (theirs && breaks(severity) !== (theirs !== "info")) expect(row.why, id).toBeTruthy();
      }
    }
  });
});
