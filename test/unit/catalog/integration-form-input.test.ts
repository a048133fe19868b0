import { describe, expect, it } from "vitest";
import { errorsOnFormRows, readIntegrationForm } from "@/lib/catalog/integrations/form-input";
import { zIntegrationInput } from "@/lib/catalog/integrations/schemas";

const form = (fields: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
};

const base: [string, string][] = [
  ["name", "Orders to WMS"],
  ["sourceSystem", "shop"],
  ["targetSystem", "wms"],
  ["ownerTeam", "commerce"],
  ["direction", "one_way"],
  ["mechanism", "event_message"],
  ["pattern", "event_driven"],
  ["frequency", "real_time"],
  ["dataClassification", "internal"],
  ["criticality", "tier2"],
  ["lifecycle", "active"],
  ["approvalState", "draft"],
  ["monitoring", "none"],
];

describe("readIntegrationForm", () => {
  it("reads rows in the order of their indexes, drops blank rows and remembers where each kept row came from", () => {
    const { input, origins } = readIntegrationForm(
      form([
        ...base,
        ["escalationPath.0.user", ""],
        ["escalationPath.0.contact", ""],
        ["escalationPath.2.user", "ann@acme.test"],
        ["escalationPath.2.contact", ""],
        ["escalationPath.1.user", ""],
        ["escalationPath.1.contact", "#oncall"],
        ["validationRules.0.kind", "required_field"],
        ["validationRules.0.field", "order_id"],
        ["validationRules.0.description", "Required."],
        ["exceptionRoutes.0.errorType", "duplicate_event"],
        ["exceptionRoutes.0.action", "deduplicate"],
        ["exceptionRoutes.0.handler", ""],
      ]),
      false,
    );
    expect(input.escalationPath).toEqual([
      { user: null, contact: "#oncall" },
      { user: "ann@acme.test", contact: null },
    ]);
    expect(origins.escalationPath).toEqual([1, 2]);
    expect(input.validationRules).toEqual([{ kind: "required_field", field: "order_id", description: "Required." }]);
    expect(input.exceptionRoutes).toEqual([{ errorType: "duplicate_event", action: "deduplicate", handler: null }]);
    expect(zIntegrationInput.safeParse(input).success).toBe(true);
  });

  it("an edit form sends empty lists when every row was removed, so the record's rows are removed too", () => {
    const { input } = readIntegrationForm(form(base), false);
    expect(input).toMatchObject({ escalationPath: [], validationRules: [], exceptionRoutes: [] });
    expect(input).not.toHaveProperty("key");
  });
});

describe("errorsOnFormRows", () => {
  it("moves an error about the n-th kept row onto the form row it came from, and leaves other paths alone", () => {
    const { input, origins } = readIntegrationForm(
      form([
        ...base,
        ["validationRules.0.kind", ""],
        ["validationRules.0.field", ""],
        ["validationRules.0.description", ""],
        ["validationRules.3.kind", "format"],
        ["validationRules.3.field", "email"],
        ["validationRules.3.description", ""],
      ]),
      false,
    );
    const parsed = zIntegrationInput.safeParse(input);
    expect(parsed.success).toBe(false);
    const errors = Object.fromEntries(parsed.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(errors).toEqual({ "validationRules.0.description": "Required." });
    expect(errorsOnFormRows({ ...errors, name: "Required.", escalationPath: "At most 10 steps." }, origins)).toEqual({
      "validationRules.3.description": "Required.",
      name: "Required.",
      escalationPath: "At most 10 steps.",
    });
  });
});
