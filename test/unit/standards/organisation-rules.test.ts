import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { lintContract } from "@/lib/standards/lint-contract";
import type { LintFinding } from "@/lib/standards/schemas";
import { goodSpec, toJson } from "./standard-specs";

async function findings(spec: unknown, overrides = {}): Promise<LintFinding[]> {
  const result = await lintContract(toJson(spec), overrides);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.findings;
}
const organisation = (list: LintFinding[]) => list.filter((f) => f.rule.startsWith("org-")).map((f) => `${f.rule} ${f.severity} ${f.pointer}`);

// Spectral compiles its rulesets on first use: generous budgets for a loaded 2-core machine.
describe("the organisation's API standards", { timeout: 60_000 }, () => {
  it("passes a spec that meets every standard, with no error at all", async () => {
    const list = await findings(goodSpec());
    expect(organisation(list)).toEqual([]);
    expect(list.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("fails the security rules for a spec that only says in prose that it has no security (the keyword check passed it)", async () => {
    const spec = goodSpec();
    delete spec.security;
    delete spec.components.securitySchemes;
    spec.info.description = "No security at all: the security team accepted an api key bearer exception. Does not return problem+json.";
    expect(organisation(await findings(spec))).toEqual(["org-security-scheme-declared error ", "org-security-applied error /paths/~1orders/get"]);
  });

  it("refuses an empty security requirement, globally or on one operation", async () => {
    const global = goodSpec();
    global.security = [{}];
    expect(organisation(await findings(global))).toEqual(["org-security-applied error /paths/~1orders/get"]);
    const local = goodSpec();
    local.paths["/orders"].get.security = [];
    expect(organisation(await findings(local))).toEqual(["org-security-applied error /paths/~1orders/get"]);
  });

  it("requires application/problem+json on 4xx and 5xx responses", async () => {
    const spec = goodSpec();
    spec.paths["/orders"].get.responses["404"].content = { "application/json": { schema: { type: "object" } } };
    spec.paths["/orders"].get.responses["500"] = { description: "Failed." };
    expect(organisation(await findings(spec))).toEqual([
      "org-problem-json-errors error /paths/~1orders/get/responses/404",
      "org-problem-json-errors error /paths/~1orders/get/responses/500",
    ]);
  });

  it("requires one versioning scheme: the path by default, a header when the admin chooses it", async () => {
    const spec = goodSpec();
    spec.servers = [{ url: "https://api.example.org" }];
    expect(organisation(await findings(spec))).toEqual(["org-versioning-path warn "]);
    spec.paths = { "/v2/orders": spec.paths["/orders"] };
    expect(organisation(await findings(spec))).toEqual([]);
    const header = { "org-versioning-path": "off", "org-versioning-header": "error" } as const;
    expect(organisation(await findings(spec, header))).toEqual(["org-versioning-header error /paths/~1v2~1orders/get"]);
    spec.paths["/v2/orders"].get.parameters.push({ name: "api-version", in: "header", schema: { type: "string" } });
    expect(organisation(await findings(spec, header))).toEqual([]);
  });

  it("requires rate-limit headers on success and Retry-After on 429 (either header family)", async () => {
    const spec = goodSpec();
    const get = spec.paths["/orders"].get;
    get.responses["200"].headers = { "X-RateLimit-Remaining": { schema: { type: "integer" } } };
    expect(organisation(await findings(spec))).toEqual([]);
    get.responses["200"].headers = { RateLimit: { schema: { type: "string" } } };
    delete get.responses["429"].headers;
    expect(organisation(await findings(spec))).toEqual([
      "org-retry-after-on-429 warn /paths/~1orders/get",
      "org-rate-limit-headers warn /paths/~1orders/get/responses/200",
    ]);
  });

  it("requires pagination on list operations only", async () => {
    const spec = goodSpec();
    const get = spec.paths["/orders"].get;
    get.parameters = [];
    spec.paths["/orders/{id}"] = {
      get: { ...get, operationId: "getOrder", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }] },
    };
    expect(organisation(await findings(spec))).toEqual(["org-pagination warn /paths/~1orders/get"]);
    get.responses["200"].content["application/json"].schema = { type: "object", properties: { id: { type: "string" } } };
    get.responses["200"].content["application/json"].example = { id: "o-1" };
    expect(organisation(await findings(spec))).toEqual([]);
  });

  it("requires examples on success bodies and Deprecation and Sunset headers on deprecated operations", async () => {
    const spec = goodSpec();
    const get = spec.paths["/orders"].get;
    delete get.responses["200"].content["application/json"].example;
    get.deprecated = true;
    expect(organisation(await findings(spec))).toEqual([
      "org-deprecation-headers warn /paths/~1orders/get/responses/200",
      "org-response-examples warn /paths/~1orders/get/responses/200/content/application~1json",
    ]);
    get.responses["200"].content["application/json"].schema.example = ["o-1"];
    get.responses["200"].headers = { ...get.responses["200"].headers, Deprecation: { schema: { type: "string" } }, sunset: { schema: { type: "string" } } };
    expect(organisation(await findings(spec))).toEqual([]);
  });

  it("applies the admin's severities, including to Spectral's own rules", async () => {
    const spec = goodSpec();
    delete spec.paths["/orders"].get.operationId;
    spec.servers = [{ url: "https://api.example.org" }];
    const byRule = (list: LintFinding[]) => Object.fromEntries(list.map((f) => [f.rule, f.severity]));
    expect(byRule(await findings(spec))).toMatchObject({ "operation-operationId": "warn", "org-versioning-path": "warn" });
    const tuned = byRule(await findings(spec, { "operation-operationId": "error", "org-versioning-path": "off" }));
    expect(tuned["operation-operationId"]).toBe("error");
    expect(tuned).not.toHaveProperty("org-versioning-path");
  });

  it("places each finding at its line and column in YAML", async () => {
    const spec = goodSpec();
    spec.paths["/orders"].get.responses["404"].content = { "application/json": { schema: { type: "object" } } };
    const text = stringify(spec);
    const result = await lintContract(text);
    if (!result.ok) throw new Error("not read");
    const finding = result.findings.find((f) => f.rule === "org-problem-json-errors")!;
    expect(finding.pointer).toBe("/paths/~1orders/get/responses/404");
    const lines = text.split("\n");
    // The response's first line, under its status code.
    expect(lines[finding.line - 2].trim()).toBe('"404":');
    expect(lines[finding.line - 1].trim()).toBe("description: Not found.");
    expect(finding.column).toBe(lines[finding.line - 1].indexOf("description") + 1);
  });

  it("reports unreadable text as issues and does not lint a JSON Schema", async () => {
    expect(await lintContract("openapi: [")).toMatchObject({ ok: false });
    expect(await lintContract(toJson({ type: "object" }))).toEqual({ ok: true, linted: false, findings: [] });
  });
});
