import { describe, expect, it } from "vitest";
import { parse as parseWithYamlPackage } from "yaml";
import { readContractText, type ReadContractTextResult } from "@/lib/contract-text/read-contract-text";

function documentOf(result: ReadContractTextResult): unknown {
  if (!result.ok) throw new Error(`expected the text to be read: ${result.issues[0].message}`);
  return result.parsed.document;
}

describe("readContractText: YAML semantics", () => {
  it("applies merge keys: a single mapping, a list of them, and keys written beside them win", () => {
    const text = ["base: &base {a: 1, b: 2}", "more: &more {b: 3, c: 4}", "one:", "  <<: *base", "  b: 9", "both:", "  <<: [*base, *more]"].join("\n");
    const document = documentOf(readContractText(text)) as Record<string, unknown>;
    expect(document.one).toEqual({ a: 1, b: 9 });
    expect(document.both).toEqual({ a: 1, b: 2, c: 4 });
    expect(document).not.toHaveProperty("one.<<");
  });

  it("reads scalars as the YAML 1.2 core schema does (as the yaml package does with merge keys on)", () => {
    const scalars = [
      "12",
      "-3",
      "+4",
      "0o17",
      "0x1F",
      "0777",
      "0b101",
      "1_000",
      "1.5",
      "1e3",
      ".5",
      ".inf",
      "-.Inf",
      ".NaN",
      "true",
      "False",
      "yes",
      "on",
      "null",
      "~",
      "Null",
      "",
      "2026-12-03",
      "2026-12-03T08:00:00Z",
      "'12'",
      '"true"',
      "!!str 12",
      "!!int 7",
    ];
    const text = scalars.map((scalar, index) => `k${index}: ${scalar}`).join("\n");
    const expected = parseWithYamlPackage(text, { schema: "core", merge: true });
    expect(documentOf(readContractText(text))).toEqual(expected);
    expect(expected).toMatchObject({ k6: "0b101", k7: "1_000", k16: "yes", k22: "2026-12-03" });
  });

  it("reads JSON as JSON and refuses text that is not JSON with its line and column", () => {
    expect(documentOf(readContractText('{"a": [1, {"b": null}]}'))).toEqual({ a: [1, { b: null }] });
    const broken = readContractText('{\n  "a": 1,\n  "b": ,\n}');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.issues[0]).toMatchObject({ line: 3, column: 8, message: expect.stringMatching(/^Not valid JSON/) });
  });

  it("refuses YAML syntax errors and duplicate keys with their line", () => {
    const duplicate = readContractText("info:\n  title: x\n  title: y\n");
    expect(duplicate.ok).toBe(false);
    if (!duplicate.ok) expect(duplicate.issues[0]).toMatchObject({ line: 3, message: expect.stringMatching(/^Not valid YAML/) });
    expect(readContractText("a: [1, 2").ok).toBe(false);
    expect(readContractText("  \n").ok).toBe(false);
  });

  it("accepts more merged keys than js-yaml's default budget of 10,000 (large real specs merge shared fields everywhere)", () => {
    const lines = ["shared: &shared {created_at: 1, updated_at: 2, created_by: 3, updated_by: 4, tenant: 5}", "schemas:"];
    for (let n = 0; n < 3_000; n++) lines.push(`  s${n}:`, "    <<: *shared", `    own: ${n}`);
    const document = documentOf(readContractText(lines.join("\n"))) as { schemas: Record<string, Record<string, number>> };
    expect(document.schemas.s2999).toEqual({ created_at: 1, updated_at: 2, created_by: 3, updated_by: 4, tenant: 5, own: 2999 });
  });
});

describe("readContractText: hostile YAML", () => {
  it("refuses aliases that expand past the bound (billion laughs), naming the bound", () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    const names = "abcdefghi";
    for (let level = 1; level < names.length; level++) {
      const previous = `*${names[level - 1]}`;
      lines.push(`${names[level]}: &${names[level]} [${Array(9).fill(previous).join(",")}]`);
    }
    const result = readContractText(lines.join("\n"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].message).toMatch(/aliases expand to more than 5,000,000 nodes/);
    // The same shape, small enough, is an ordinary document.
    expect(readContractText(lines.slice(0, 3).join("\n")).ok).toBe(true);
  });

  it("applies the bound given to it", () => {
    const text = "a: &a [1, 2, 3]\nb: [*a, *a, *a]\n";
    expect(readContractText(text, { maxExpandedNodes: 10 }).ok).toBe(false);
    expect(readContractText(text, { maxExpandedNodes: 100 }).ok).toBe(true);
  });

  it("refuses an alias inside the node it names, which would never end", () => {
    const result = readContractText("a: &a\n  b: *a\n");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].message).toMatch(/refers to a node that contains it/);
  });

  it("refuses nesting deeper than any contract needs instead of overflowing the stack", () => {
    expect(readContractText(`a: ${"[".repeat(5_000)}${"]".repeat(5_000)}`).ok).toBe(false);
    expect(readContractText(`{"a": ${"[".repeat(20_000)}${"]".repeat(20_000)}}`).ok).toBe(true);
  });
});

describe("readContractText: positions", () => {
  const yaml = [
    "openapi: 3.1.0", // 1
    "x-fields: &fields", // 2
    "  created_at:", // 3
    "    type: strin", // 4
    "components:", // 5
    "  schemas:", // 6
    "    Order:", // 7
    "      properties:", // 8
    "        <<: *fields", // 9
    "        id: {type: string}", // 10
  ].join("\n");

  it("locates a pointer through a merge key at the line where the base writes it", () => {
    const result = readContractText(yaml);
    if (!result.ok) throw new Error("expected the text to be read");
    const positions = result.parsed.locate([
      "/components/schemas/Order/properties/created_at/type",
      "/components/schemas/Order/properties/id",
      "/components/schemas/Order/missing",
    ]);
    expect(positions.get("/components/schemas/Order/properties/created_at/type")).toEqual({ line: 4, column: 11 });
    expect(positions.get("/components/schemas/Order/properties/id")?.line).toBe(10);
    // A missing field is shown where its parent is written.
    expect(positions.get("/components/schemas/Order/missing")?.line).toBe(8);
  });

  it("locates pointers in JSON", () => {
    const result = readContractText('{\n  "a": {\n    "b": [1, 2]\n  }\n}');
    if (!result.ok) throw new Error("expected the text to be read");
    expect(result.parsed.locate(["/a/b/1", "/a/c"])).toEqual(
      new Map([
        ["/a/b/1", { line: 3, column: 14 }],
        ["/a/c", { line: 2, column: 8 }],
      ]),
    );
  });
});
