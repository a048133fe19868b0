import { Spectral } from "@stoplight/spectral-core";
import { describe, expect, it } from "vitest";
import { spectralRuleset } from "@/lib/standards/spectral-ruleset";
import { compareFindings, describeDelta } from "@/lib/standards/standards-delta";
import type { LintFinding } from "@/lib/standards/schemas";
import { goodSpec } from "./standard-specs";

/** A spec that breaks every organisation rule at least once. */
function badSpec() {
  const spec = goodSpec();
  delete spec.components.securitySchemes;
  spec.security = [{}];
  spec.servers = [{ url: "https://api.example.org" }];
  const get = spec.paths["/orders"].get;
  get.deprecated = true;
  get.parameters = [];
  get.responses["404"].content = { "application/json": {} };
  get.responses["200"].headers = {};
  delete get.responses["200"].content["application/json"].example;
  delete get.responses["429"];
  return spec;
}

async function organisationFindings(coreSchemaFunction: boolean) {
  const spectral = new Spectral();
  spectral.setRuleset(spectralRuleset({ "org-versioning-header": "warn" }, { coreSchemaFunction }));
  const results = await spectral.run(JSON.stringify(badSpec()));
  return results
    .filter((r) => String(r.code).startsWith("org-"))
    .map((r) => `${r.code} ${r.path.join("/")}`)
    .sort();
}

describe("the organisation's rules, compiled once", { timeout: 60_000 }, () => {
  it("report what Spectral's own schema function (the exported .spectral.yaml) reports", async () => {
    const compiled = await organisationFindings(false);
    expect(new Set(compiled.map((line) => line.split(" ")[0])).size).toBe(10);
    expect(compiled).toEqual(await organisationFindings(true));
  });
});

describe("the delta of a proposal", () => {
  const finding = (rule: string, pointer: string): LintFinding => ({ rule, pointer, severity: "warn", message: "m", line: 1, column: 1 });
  it("matches findings by rule and pointer", () => {
    const delta = compareFindings([finding("a", "/x"), finding("b", "/y")], [finding("b", "/y"), finding("c", "/z"), finding("a", "/w")]);
    expect(delta.introduced.map((f) => f.rule)).toEqual(["c", "a"]);
    expect(delta.fixed.map((f) => f.pointer)).toEqual(["/x"]);
    expect(describeDelta(delta)).toBe("introduces 2 violations, fixes 1");
    expect(describeDelta({ introduced: [], fixed: [] })).toBe("changes no finding of the API standards");
    expect(describeDelta({ introduced: [finding("a", "")], fixed: [] })).toBe("introduces 1 violation");
  });
});
