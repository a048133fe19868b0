import { describe, expect, it } from "vitest";
import { compileRuleSet, type CompiledRuleSet } from "@/lib/data-contracts/evaluator/compile-rule-set";
import { MemoryDuplicateWindow } from "@/lib/data-contracts/evaluator/duplicate-window";
import { evaluatePayload, type PayloadItem } from "@/lib/data-contracts/evaluator/evaluate-payload";
import { RULE_SET_FORMAT, type RuleDefinition, type RuleSetDocument } from "@/lib/data-contracts/evaluator/rule-set";

const schema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  required: ["sku", "approval_status"],
  properties: {
    sku: { type: "string" },
    gtin: { type: "string" },
    approval_status: { enum: ["draft", "pending", "approved"] },
    updated_at: { type: "string", format: "date-time" },
  },
};

const rules: RuleDefinition[] = [
  {
    id: "approved-only",
    kind: "approval_gate",
    expression: 'payload.approval_status == "approved"',
    message: "Only approved products are published.",
    severity: "error",
    pointer: "/approval_status",
    route: "manual_review",
  },
  {
    id: "marketplace-gtin",
    kind: "channel_requirement",
    channel: "marketplace_us",
    expression: 'has(payload.gtin) && payload.gtin.matches("^[0-9]{8,14}$")',
    message: "marketplace_us needs a GTIN.",
    severity: "error",
    pointer: "/gtin",
    route: "quarantine",
  },
  {
    id: "marketplace-image",
    kind: "channel_requirement",
    channel: "marketplace_us",
    expression: "has(payload.images) && size(payload.images) > 0",
    message: "marketplace_us needs an image.",
    severity: "error",
    pointer: "/images",
    route: "quarantine",
  },
  {
    id: "recalled",
    kind: "blocked",
    expression: 'has(payload.publication_block) && payload.publication_block == "recall"',
    message: "Recalled products are never published.",
    severity: "error",
    pointer: "/publication_block",
    route: "access_review",
    handler: "compliance",
  },
  {
    id: "title-length",
    kind: "field",
    expression: "!has(payload.product_name) || size(payload.product_name) <= 80",
    message: "Titles over 80 characters are cut by channels.",
    severity: "warning",
    pointer: "/product_name",
    route: "quarantine",
  },
  {
    id: "same-event",
    kind: "duplicate_window",
    expression: "payload.sku",
    windowMinutes: 10,
    message: "The same SKU was delivered less than 10 minutes ago.",
    severity: "error",
    pointer: "/sku",
    route: "duplicate",
  },
];

const document = (overrides: Partial<RuleSetDocument> = {}): RuleSetDocument => ({
  format: RULE_SET_FORMAT,
  integration: { key: "INT-0001", approvalState: "approved" },
  contract: { slug: "product-events", version: "2.0.0" },
  schema: { document: schema, pointer: "" },
  handlers: { quarantine: "product-data", manual_review: "product-stewards", duplicate: "data-operations", escalate: "pim-team" },
  rules,
  ...overrides,
});

function compiled(doc = document()): CompiledRuleSet {
  const result = compileRuleSet(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.compiled;
}

const good = {
  sku: "SKU-48192",
  gtin: "09506000134352",
  approval_status: "approved",
  images: ["a.jpg"],
  target_channels: ["ecommerce", "marketplace_us", "sales_portal"],
};
const run = (set: CompiledRuleSet, item: PayloadItem, window = new MemoryDuplicateWindow(), now = Date.UTC(2026, 11, 3, 12)) =>
  evaluatePayload(set, item, { now, window });

describe("compileRuleSet", () => {
  it("reports each broken expression where it is written: pointer, line and column inside the expression", () => {
    const result = compileRuleSet(
      document({
        rules: [
          rules[0],
          { ...rules[0], id: "broken", expression: 'payload.sku == "x" &&\n  payload.gtin ==' },
          { ...rules[0], id: "unknown-variable", expression: "product.sku == 1" },
          { ...rules[0], id: "not-a-condition", expression: "size(payload.sku)" },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { pointer: "/rules/1/expression", message: "Unexpected token: EOF", line: 2, column: 18 },
      { pointer: "/rules/2/expression", message: "Unknown variable: product", line: 1, column: 1 },
      { pointer: "/rules/3/expression", message: expect.stringContaining("must be true or false"), line: 1, column: 1 },
    ]);
  });

  it("refuses two rules with one id, a channel requirement without a channel and a duplicate window without minutes", () => {
    const result = compileRuleSet(document({ rules: [rules[0], rules[0], { ...rules[1], channel: null }, { ...rules[5], windowMinutes: 0 }] }));
    expect(result.ok ? [] : result.problems.map((p) => p.pointer)).toEqual(["/rules/1/id", "/rules/2/channel", "/rules/3/windowMinutes"]);
  });

  it("reports a schema ajv cannot compile instead of throwing", () => {
    const result = compileRuleSet(document({ schema: { document: { type: "object", properties: { a: { $ref: "#/nowhere" } } }, pointer: "" } }));
    expect(result.ok ? [] : result.problems.map((p) => p.pointer)).toEqual(["/schema"]);
  });

  it("validates against one schema inside a larger document (an AsyncAPI message payload) with its local $refs", () => {
    const asyncapi = {
      asyncapi: "2.6.0",
      components: {
        schemas: {
          Product: { type: "object", required: ["sku"], properties: { sku: { $ref: "#/components/schemas/Sku" } } },
          Sku: { type: "string", pattern: "^SKU-" },
        },
      },
    };
    const set = compiled(document({ schema: { document: asyncapi, pointer: "/components/schemas/Product" }, rules: [] }));
    expect(run(set, { payload: { sku: "SKU-1" } }).outcome).toBe("deliver");
    expect(run(set, { payload: { sku: "nope" } })).toMatchObject({ outcome: "escalate", handler: "pim-team", fired: [{ rule: "schema", pointer: "/sku" }] });
  });
});

describe("evaluatePayload", () => {
  it("delivers an approved product with everything its channels need", () => {
    expect(run(compiled(), { payload: good })).toEqual({ outcome: "deliver", handler: null, fired: [] });
  });

  it("holds an unapproved product for manual review by the route's handler, naming the rule, its message and field", () => {
    expect(run(compiled(), { payload: { ...good, approval_status: "pending" } })).toEqual({
      outcome: "manual_review",
      handler: "product-stewards",
      fired: [
        {
          rule: "approved-only",
          kind: "approval_gate",
          message: "Only approved products are published.",
          severity: "error",
          pointer: "/approval_status",
          route: "manual_review",
        },
      ],
    });
  });

  it("applies a channel's requirements only when the payload goes to that channel", () => {
    const noGtin = { ...good, gtin: undefined, images: [] };
    expect(run(compiled(), { payload: noGtin }).fired.map((f) => f.rule)).toEqual(["marketplace-gtin", "marketplace-image"]);
    expect(run(compiled(), { payload: noGtin }).outcome).toBe("quarantine");
    expect(run(compiled(), { payload: noGtin, targets: ["ecommerce"] }).outcome).toBe("deliver");
  });

  it("routes a blocked condition (fires when true) to its own handler, and the most urgent route wins", () => {
    const decision = run(compiled(), { payload: { ...good, approval_status: "pending", publication_block: "recall" } });
    expect(decision.outcome).toBe("access_review");
    expect(decision.handler).toBe("compliance");
    expect(decision.fired.map((f) => f.rule)).toEqual(["approved-only", "recalled"]);
  });

  it("reports a warning without changing the decision", () => {
    const decision = run(compiled(), { payload: { ...good, product_name: "x".repeat(81) } });
    expect(decision).toMatchObject({ outcome: "deliver", fired: [{ rule: "title-length", severity: "warning" }] });
  });

  it("quarantines a missing required field and escalates any other schema violation to the producer", () => {
    const missing = run(compiled(), { payload: { ...good, sku: undefined } });
    expect(missing.outcome).toBe("quarantine");
    expect(missing.fired[0]).toMatchObject({ rule: "schema", pointer: "/sku", message: 'Required field "sku" is missing.' });
    const badFormat = run(compiled(), { payload: { ...good, updated_at: "yesterday" } });
    expect(badFormat).toMatchObject({ outcome: "escalate", fired: [{ rule: "schema", pointer: "/updated_at" }] });
  });

  it("rejects a payload that is not a JSON object with the reason, and never throws", () => {
    for (const payload of [null, "text", 42, [good], undefined]) {
      const decision = run(compiled(), { payload });
      expect(decision.outcome).toBe("reject");
      expect(decision.fired[0].message).toMatch(/must be a JSON object/);
    }
  });

  it("fires a rule it cannot evaluate on this payload (a string where a number belongs) instead of letting it through", () => {
    const set = compiled(
      document({
        schema: null,
        rules: [{ ...rules[0], id: "price", expression: "payload.price > 0", message: "A price above zero.", pointer: "/price", route: "quarantine" }],
      }),
    );
    const decision = run(set, { payload: { price: "free" } });
    expect(decision.outcome).toBe("quarantine");
    expect(decision.fired[0].message).toMatch(/^A price above zero\. \(.+\)$/);
    expect(run(set, { payload: {} }).outcome).toBe("quarantine");
    expect(run(set, { payload: { price: 12.5 } }).outcome).toBe("deliver");
  });

  it("marks the same business key delivered within the window as a duplicate; after the window, or if the first was not delivered, it is not", () => {
    const set = compiled();
    const window = new MemoryDuplicateWindow();
    const t0 = Date.UTC(2026, 11, 3, 12);
    expect(run(set, { payload: good }, window, t0).outcome).toBe("deliver");
    expect(run(set, { payload: good }, window, t0 + 9 * 60_000)).toMatchObject({ outcome: "duplicate", handler: "data-operations" });
    expect(run(set, { payload: good }, window, t0 + 10 * 60_000).outcome).toBe("deliver");
    const other = { ...good, sku: "SKU-2" };
    expect(run(set, { payload: { ...other, approval_status: "pending" } }, window, t0).outcome).toBe("manual_review");
    expect(run(set, { payload: other }, window, t0 + 1).outcome).toBe("deliver");
    expect(window.added.map((a) => a.key)).toEqual(["SKU-48192", "SKU-48192", "SKU-2"]);
  });

  it("lets rules read the integration's own approval state", () => {
    const gate: RuleDefinition = { ...rules[0], id: "integration-approved", expression: 'integration.approval_state == "approved"', route: "access_review" };
    const approved = compiled(document({ rules: [gate] }));
    const draft = compiled(document({ rules: [gate], integration: { key: "INT-0001", approvalState: "draft" } }));
    expect(run(approved, { payload: good }).outcome).toBe("deliver");
    expect(run(draft, { payload: good }).outcome).toBe("access_review");
  });
});
