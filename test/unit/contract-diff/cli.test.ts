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

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/contract-diff.ts"), ...args], {
    encoding: "utf8",
    cwd: root,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const breakingRevision = () => {
  const revision = structuredClone(ORDERS_BASE);
  revision.components.schemas.Order.properties.total.type = "string";
  return write("breaking.json", JSON.stringify(revision));
};

const warningRevision = () => {
  const revision = structuredClone(ORDERS_BASE);
  revision.components.schemas.Order.properties.status.enum.push("held");
  return write("warning.yaml", stringify(revision));
};

// Each case starts tsx processes (about a second each, more on a busy machine).
describe("npm run contract:diff", { timeout: 90_000 }, () => {
  it("exits 1 on a breaking change and prints every change as JSON with its id and level", () => {
    const { code, stdout } = run(base, breakingRevision());
    expect(code).toBe(1);
    const output = JSON.parse(stdout);
    expect(output.breaking).toBe(true);
    expect(output.changes[0]).toEqual({
      id: "response-property-type-changed",
      level: "error",
      severity: "breaking",
      kind: "response-property-type-changed",
      location: expect.objectContaining({ path: "/orders", operation: "GET", field: "total" }),
      message: expect.stringContaining("number to string"),
    });
  });

  it("lets a warning pass by default and fail with --fail-on warning", () => {
    const revision = warningRevision();
    const passing = run(base, revision);
    expect(passing.code).toBe(0);
    const output = JSON.parse(passing.stdout);
    expect(output).toMatchObject({ breaking: false, counts: { breaking: 0 } });
    expect(output.counts.warning).toBeGreaterThan(0);
    expect(output.changes[0]).toMatchObject({ level: "warning", id: "response-property-enum-value-added" });
    expect(run(base, revision, "--fail-on", "warning").code).toBe(1);
  });

  it("prints a human summary, GitHub annotations and JUnit", () => {
    const revision = breakingRevision();
    const text = run(base, revision, "--format", "text");
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^\d+ changes?: \d+ breaking, 0 may break some clients/);
    expect(text.stdout).toContain("error   [response-property-type-changed] GET /orders, field total:");
    const github = run(base, revision, "--format=github");
    expect(github.stdout.split("\n")[0]).toMatch(/^::error file=.*breaking\.json,title=response-property-type-changed::GET \/orders, field total: /);
    const junit = run(base, revision, "--format", "junit", "--fail-on", "info");
    expect(junit.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="contract-diff" tests="(\d+)" failures="\1">/);
    expect(junit.stdout).toContain('<failure type="error"');
  });

  it("exits 2 on a missing file, unparseable text, unsupported format, an unknown option or wrong usage", () => {
    expect(run(base, path.join(dir, "missing.yaml")).code).toBe(2);
    const broken = run(base, write("broken.yaml", "openapi: 3.1.0\npaths: [unclosed"));
    expect(broken.code).toBe(2);
    expect(JSON.parse(broken.stderr).error).toMatch(/cannot parse the revision/);
    expect(run(base, write("swagger.yaml", "swagger: '2.0'\n")).code).toBe(2);
    const badFormat = run(base, base, "--format", "xml");
    expect(badFormat.code).toBe(2);
    expect(JSON.parse(badFormat.stderr).error).toMatch(/--format/);
    expect(run(base, base, "--fail-on", "fatal").code).toBe(2);
    expect(run(base).code).toBe(2);
  });
});
