import { Spectral, type RulesetDefinition } from "@stoplight/spectral-core";
import { oas3 } from "@stoplight/spectral-formats";
import { schema } from "@stoplight/spectral-functions";
import { asyncapi, oas } from "@stoplight/spectral-rulesets";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { lintContract } from "@/lib/standards/lint-contract";
import { spectralRulesetFile } from "@/lib/standards/ruleset-file";
import { goodSpec, toJson } from "./standard-specs";

/** What the Spectral CLI does with the file's names: `spectral:oas` is the OpenAPI ruleset, `schema` the core function. */
function asTheCliReadsIt(text: string): RulesetDefinition {
  const file = parse(text) as { extends: [string, string][]; rules: Record<string, unknown> };
  const rulesets: Record<string, unknown> = { "spectral:oas": oas, "spectral:asyncapi": asyncapi };
  const rules = Object.fromEntries(
    Object.entries(file.rules).map(([name, rule]) => {
      if (typeof rule === "string") return [name, rule];
      const definition = rule as { formats: string[]; then: { function: string; functionOptions: unknown } };
      expect(definition.formats).toEqual(["oas3"]);
      expect(definition.then.function).toBe("schema");
      return [name, { ...definition, formats: [oas3], then: { ...definition.then, function: schema } }];
    }),
  );
  return { extends: file.extends.map(([name, mode]) => [rulesets[name], mode]), rules } as RulesetDefinition;
}

describe("the exported .spectral.yaml", { timeout: 60_000 }, () => {
  it("finds what the portal finds", async () => {
    const spec = goodSpec();
    delete spec.security;
    spec.servers = [{ url: "https://api.example.org" }];
    spec.paths["/orders"].get.responses["404"].content = { "application/json": {} };
    delete spec.paths["/orders"].get.operationId;
    const spectral = new Spectral();
    spectral.setRuleset(asTheCliReadsIt(spectralRulesetFile({ "operation-operationId": "error" }, 3)));
    // Compared as a set of rule and severity: the CLI also reports org-security-applied once at the document's root
    // (Ajv's unmet if/else), which the portal leaves out in favour of the findings at the operations.
    const exported = [...new Set((await spectral.run(toJson(spec))).map((r) => `${r.code} ${r.severity}`))].sort();
    const portal = await lintContract(toJson(spec), { "operation-operationId": "error" });
    const severities = { error: 0, warn: 1, info: 2, hint: 3 };
    expect(portal.ok && portal.findings.map((f) => `${f.rule} ${severities[f.severity]}`).sort()).toEqual(exported);
    expect(exported).toContain("operation-operationId 0");
  });
});
