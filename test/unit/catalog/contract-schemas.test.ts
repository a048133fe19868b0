import { describe, expect, it } from "vitest";
import { splitFieldList, zCreateConsumerInput } from "@/lib/catalog/consumers/schemas";
import { zContractListQuery, zCreateContractInput, zCreateVersionInput, zGlossary } from "@/lib/catalog/contracts/schemas";

describe("contract and consumer schemas", () => {
  it("accepts a well-formed contract and treats empty optional references as none", () => {
    expect(zCreateContractInput.parse({ slug: "crm-api", name: "CRM API", type: "openapi", ownerTeamId: "t1", systemId: "", description: " " })).toMatchObject({
      systemId: null,
      description: null,
    });
  });

  it("names each invalid field", () => {
    const result = zCreateContractInput.safeParse({ slug: "CRM API", name: "x", type: "wsdl", ownerTeamId: "" });
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join("."))).toEqual(["slug", "name", "type", "ownerTeamId"]);
  });

  it("refuses unknown fields and review statuses on direct version creation", () => {
    expect(zCreateVersionInput.safeParse({ version: "1.0.0", specText: "{}", colour: "red" }).success).toBe(false);
    expect(zCreateVersionInput.safeParse({ version: "1.0.0", specText: "{}", status: "approved" }).success).toBe(false);
    expect(zCreateVersionInput.parse({ version: "1.0.0", specText: "{}" })).toMatchObject({ status: "draft", glossary: [] });
    expect(zCreateVersionInput.safeParse({ version: "v1", specText: "{}" }).success).toBe(false);
  });

  it("refuses a document over 10 MB and a glossary naming a field twice", () => {
    expect(zCreateVersionInput.safeParse({ version: "1.0.0", specText: "x".repeat(10 * 1024 * 1024 + 1) }).success).toBe(false);
    const twice = zGlossary.safeParse([
      { field: "a", meaning: "first" },
      { field: "a", meaning: "again" },
    ]);
    expect(twice.success ? null : twice.error.issues[0].message).toBe("Each field appears once in the glossary.");
  });

  it("reads list state from the URL with defaults, ignoring empty parameters", () => {
    expect(zContractListQuery.parse({ q: "", type: "", page: "2" })).toEqual({ archived: "exclude", sort: "name", page: 2 });
    expect(zContractListQuery.safeParse({ sort: "random" }).success).toBe(false);
  });

  it("splits the fields text box and checks consumers' fields", () => {
    expect(splitFieldList("a, b\n c,,\n")).toEqual(["a", "b", "c"]);
    const result = zCreateConsumerInput.safeParse({
      name: "Report",
      kind: "report",
      contractVersionId: "v",
      fieldsUsed: [],
      purpose: "Why not",
      ownerTeamId: "t",
    });
    expect(result.success ? null : result.error.issues[0].path).toEqual(["fieldsUsed"]);
  });
});
