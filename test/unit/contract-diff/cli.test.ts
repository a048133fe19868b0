import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { ORDERS_BASE } from "./openapi-cases";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const base = fileURLToPath(new URL("../../fixtures/contract-diff/orders-openapi.yaml", import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), "contract-diff-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

function run(...files: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/contract-diff.ts"), ...files], { encoding: "utf8", cwd: root });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case starts tsx processes (about a second each, more on a busy machine).
describe("npm run contract:diff", { timeout: 60_000 }, () => {
  it("exits 1 and prints the breaking changes as JSON", () => {
    const revision = structuredClone(ORDERS_BASE);
    revision.components.schemas.Order.properties.status.enum.push("held");
    const { code, stdout } = run(base, write("breaking.json", JSON.stringify(revision)));
    expect(code).toBe(1);
    const output = JSON.parse(stdout);
    expect(output.breaking).toBe(true);
    expect(output.changes[0]).toEqual({
      severity: "breaking",
      kind: "response-enum-value-added",
      location: expect.objectContaining({ path: "/orders", operation: "GET", field: "status" }),
      message: expect.stringContaining('"held"'),
    });
  });

  it("exits 0 when nothing is breaking, YAML on both sides", () => {
    const revision = structuredClone(ORDERS_BASE);
    revision.paths["/orders"].get.parameters.push({ name: "cursor", in: "query", schema: { type: "string" } });
    const { code, stdout } = run(base, write("compatible.yaml", stringify(revision)));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ breaking: false, changes: [{ severity: "non-breaking", kind: "request-optional-parameter-added" }] });
  });

  it("exits 2 on a missing file, unparseable text, unsupported format, or wrong usage", () => {
    expect(run(base, path.join(dir, "missing.yaml")).code).toBe(2);
    const broken = run(base, write("broken.yaml", "openapi: 3.1.0\npaths: [unclosed"));
    expect(broken.code).toBe(2);
    expect(JSON.parse(broken.stderr).error).toMatch(/cannot parse the revision/);
    expect(run(base, write("swagger.yaml", "swagger: '2.0'\n")).code).toBe(2);
    expect(run(base).code).toBe(2);
  });
});
