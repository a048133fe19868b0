import { describe, expect, it } from "vitest";
import { diffContracts, parseContractText } from "@/lib/contract-diff";
import { describeChange } from "@/lib/reviews/change-wording";
import { buildReviewDiff } from "@/lib/reviews/review-diff";
import { buildTextDiff, type DiffRow } from "@/lib/reviews/text-diff";

const spec = (taxType: string, extraPaths = 0) =>
  [
    "openapi: 3.1.0",
    "info: { title: Orders, version: 1.0.0 }",
    "paths:",
    ...Array.from({ length: extraPaths }, (_, n) => [`  /filler${n}:`, "    get:", "      responses:", "        '204': { description: Nothing }"]).flat(),
    "  /orders:",
    "    get:",
    "      parameters:",
    "        - name: limit",
    "          in: query",
    "          schema: { type: integer }",
    "      responses:",
    "        '200':",
    "          description: Orders",
    "          content:",
    "            application/json:",
    "              schema: { $ref: '#/components/schemas/Order' }",
    "components:",
    "  schemas:",
    "    Order:",
    "      type: object",
    "      properties:",
    "        id: { type: string }",
    `        tax_amount: { type: ${taxType} }`,
    "",
  ].join("\n");

function changesOf(base: string, proposed: string) {
  return diffContracts(parseContractText(base), parseContractText(proposed)).changes;
}

describe("the text diff of two versions", () => {
  it("folds unchanged lines and highlights the changed word within the line", () => {
    const diff = buildTextDiff(spec("number", 30), spec("string", 30))!;
    const changed = diff.rows.filter((row): row is Extract<DiffRow, { kind: "changed" }> => row.kind === "changed");
    expect(changed).toHaveLength(1);
    const row = changed[0];
    expect(row.base.number).toBe(row.proposed.number);
    expect(row.base.segments.filter((segment) => segment.changed).map((segment) => segment.text)).toEqual(["number"]);
    expect(row.proposed.segments.filter((segment) => segment.changed).map((segment) => segment.text)).toEqual(["string"]);
    expect(diff.rows[0]).toEqual({ kind: "gap", hidden: expect.any(Number) });
    expect(diff.rows.length).toBeLessThan(20);
  });

  it("keeps removed and added lines on their own side", () => {
    const diff = buildTextDiff("a\nb\nc\n", "a\nc\nd\n", { context: 0 })!;
    expect(diff.rows.map((row) => row.kind)).toEqual(["gap", "removed", "gap", "added"]);
  });
});

describe("the review diff", () => {
  it("names the field of a schema change and ties the change to the row that shows it", () => {
    const base = spec("number", 30);
    const proposed = spec("string", 30);
    const diff = buildReviewDiff(base, proposed, changesOf(base, proposed))!;
    const change = diff.changes.find((candidate) => candidate.field === "tax_amount")!;
    expect(change.text).toBe("The type changed from number to string.");
    expect(change.place).toBe("GET /orders");
    const row = diff.rows[change.row!];
    expect(row.kind).toBe("changed");
    expect("proposed" in row && row.proposed.segments.map((segment) => segment.text).join("")).toContain("tax_amount");
  });

  it("finds a removed parameter in the base text", () => {
    const base = spec("number");
    const proposed = base.replace(/ {8}- name: limit\n {10}in: query\n {10}schema: \{ type: integer \}\n/, "");
    const diff = buildReviewDiff(base, proposed, changesOf(base, proposed))!;
    const removal = diff.changes.find((candidate) => candidate.pointer.includes("/parameters/query/limit"))!;
    const row = diff.rows[removal.row!];
    expect(row.kind).toBe("removed");
    expect("base" in row && row.base.segments[0].text).toContain("name: limit");
  });
});

describe("a change said under its operation", () => {
  it("drops the operation the heading already names, once", () => {
    expect(
      describeChange({ message: "GET /orders: the type changed from number to string.", location: { pointer: "/x", operation: "GET", path: "/orders" } }),
    ).toEqual({ field: null, text: "The type changed from number to string." });
  });
});
