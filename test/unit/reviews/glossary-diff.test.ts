import { describe, expect, it } from "vitest";
import { diffGlossary, meaningChangesFor, sameGlossary } from "@/lib/reviews/glossary-diff";
import { assessConsumers, summarizeImpact } from "@/lib/reviews/impact-summary";

const NET = { field: "net_revenue", meaning: "Gross minus discounts, before tax.", rules: "Recognised at shipment." };
const TAX = { field: "tax_region", meaning: "Jurisdiction for sales tax.", rules: null };

describe("diffGlossary", () => {
  it("names each field's change: defined, removed, meaning changed, rules changed", () => {
    const changes = diffGlossary(
      [NET, TAX, { field: "channel", meaning: "Where the order was placed.", rules: null }],
      [
        { ...NET, meaning: "Gross minus discounts, tax included." },
        { ...TAX, rules: "ISO 3166-2." },
        { field: "currency", meaning: "ISO 4217 code." },
      ],
    );
    expect(changes.map((change) => [change.field, change.kind])).toEqual([
      ["channel", "removed"],
      ["currency", "added"],
      ["net_revenue", "meaning_changed"],
      ["tax_region", "rules_changed"],
    ]);
    expect(changes[2]).toMatchObject({ before: { meaning: NET.meaning }, after: { meaning: "Gross minus discounts, tax included." } });
  });

  it("ignores the order of entries and differences of whitespace", () => {
    expect(sameGlossary([NET, TAX], [TAX, { ...NET, meaning: "Gross minus  discounts,\nbefore tax. " }])).toBe(true);
    expect(sameGlossary([NET], [{ ...NET, rules: null }])).toBe(false);
  });
});

describe("meaningChangesFor", () => {
  const changes = diffGlossary([NET, TAX], [{ ...NET, meaning: "Tax included." }, TAX, { field: "currency", meaning: "ISO 4217 code." }]);

  it("matches a bare glossary field at any depth of a declared path, never an operation entry", () => {
    expect(meaningChangesFor(changes, ["order_id", "net_revenue"])).toEqual(["net_revenue"]);
    expect(meaningChangesFor(changes, ["order.net_revenue"])).toEqual(["net_revenue"]);
    expect(meaningChangesFor(changes, ["lines[].net_revenue"])).toEqual(["net_revenue"]);
    expect(meaningChangesFor(changes, ["channel", "GET /orders"])).toEqual([]);
  });

  it("matches dotted glossary fields by path", () => {
    const dotted = diffGlossary([{ field: "customer.tax_region", meaning: "Old." }], [{ field: "customer.tax_region", meaning: "New." }]);
    expect(meaningChangesFor(dotted, ["tax_region"])).toEqual(["customer.tax_region"]);
    expect(meaningChangesFor(dotted, ["customer"])).toEqual(["customer.tax_region"]);
    expect(meaningChangesFor(dotted, ["supplier.tax_region"])).toEqual([]);
  });

  it("asks a consumer that declared no fields to acknowledge every moved meaning, and nobody to acknowledge a new definition", () => {
    expect(meaningChangesFor(changes, [])).toEqual(["net_revenue"]);
    expect(meaningChangesFor(diffGlossary([], [NET]), [])).toEqual([]);
  });
});

describe("the impact of a glossary change", () => {
  it("touches the consumers that declared the field and says so in the summary", () => {
    const consumer = (name: string, fieldsUsed: string[]) => ({
      id: name,
      name,
      kind: "dashboard",
      fieldsUsed,
      ownerUserId: null,
      ownerTeamId: null,
      owner: null,
      capabilities: [],
    });
    const changes = diffGlossary([NET], [{ ...NET, meaning: "Tax included." }]);
    const assessed = assessConsumers([], [consumer("Channel Monitor", ["channel"]), consumer("Revenue Dashboard", ["net_revenue"])], changes);
    expect(assessed.map((c) => [c.name, c.touched, c.broken, c.meaningChanges])).toEqual([
      ["Revenue Dashboard", true, false, ["net_revenue"]],
      ["Channel Monitor", false, false, []],
    ]);
    expect(summarizeImpact(assessed)).toMatchObject({
      meaningChanged: 1,
      sentence:
        "Breaks none of 2 consumers; the changes touch 1 of them. Changes the meaning of net_revenue for 1 of 2 consumers, whose owners acknowledge it.",
    });
  });
});
