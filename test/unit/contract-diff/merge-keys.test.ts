import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { diffContracts, parseContractText } from "@/lib/contract-diff";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const basePath = fileURLToPath(new URL("../../fixtures/contract-text/orders-merge-keys.yaml", import.meta.url));
const BASE = readFileSync(basePath, "utf8");
// The merged base loses updated_at: Order's response no longer has it, exactly as if it were written inline.
const REVISION = BASE.replace(/  updated_at:\n    type: string\n    format: date-time\n/, "");
const dir = mkdtempSync(path.join(os.tmpdir(), "contract-merge-keys-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a property removed from a YAML merged base", () => {
  it("is one breaking change, the same as the property removed inline", () => {
    expect(REVISION).not.toBe(BASE);
    const merged = diffContracts(parseContractText(BASE), parseContractText(REVISION));
    expect(merged.counts.breaking).toBe(1);
    expect(merged.changes.filter((change) => change.severity === "breaking").map((change) => change.location.field)).toEqual(["updated_at"]);

    const inlineBase = BASE.replace(
      "        <<: *audit-fields\n",
      "        created_at: {type: string, format: date-time}\n        updated_at: {type: string, format: date-time}\n",
    );
    const inlineRevision = BASE.replace("        <<: *audit-fields\n", "        created_at: {type: string, format: date-time}\n");
    const written = diffContracts(parseContractText(inlineBase), parseContractText(inlineRevision));
    const breaking = (changes: typeof merged.changes) => changes.filter((change) => change.severity === "breaking");
    expect(breaking(merged.changes)).toEqual(breaking(written.changes));
  });

  it("makes npm run contract:diff exit 1", { timeout: 60_000 }, () => {
    const revisionPath = path.join(dir, "revision.yaml");
    writeFileSync(revisionPath, REVISION);
    const result = spawnSync(
      process.execPath,
      [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/contract-diff.ts"), basePath, revisionPath],
      { encoding: "utf8", cwd: root },
    );
    expect(result.status).toBe(1);
    const output = JSON.parse(result.stdout);
    expect(output.breaking).toBe(true);
    expect(output.changes.filter((change: { severity: string }) => change.severity === "breaking")).toHaveLength(1);
  });
});
