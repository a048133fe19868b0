import { describe, expect, it } from "vitest";
import { z } from "zod";
import { queryRecordOf, readPageQuery, recordOfEntries } from "@/lib/validation/query";

describe("recordOfEntries", () => {
  it("keeps a key given once as a value and a repeated key as an array, in order", () => {
    expect(recordOfEntries(new URLSearchParams("health=failing&q=x&health=degraded&health=unknown"))).toEqual({
      health: ["failing", "degraded", "unknown"],
      q: "x",
    });
  });

  it("keeps a key named like a prototype property as plain data", () => {
    const record = recordOfEntries(new URLSearchParams("__proto__=x&constructor=y"));
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.keys(record)).toEqual(["__proto__", "constructor"]);
  });

  it("reads a request URL's query by the same rule", () => {
    expect(queryRecordOf("http://localhost/api/v1/systems?team=a&team=b&page=2")).toEqual({ team: ["a", "b"], page: "2" });
  });
});

describe("readPageQuery", () => {
  const schema = z.object({
    q: z.string().max(5).optional(),
    page: z.coerce.number().int().min(1).default(1),
    sort: z.enum(["name", "key"]).default("name"),
  });

  it("answers the parsed query and ignores nothing when every parameter is understood", () => {
    expect(readPageQuery(schema, { q: "abc", page: "2", sort: "key", unused: undefined })).toEqual({ query: { q: "abc", page: 2, sort: "key" }, ignored: [] });
  });

  it("ignores a parameter holding a character no database field can store (NUL, a control, a lone surrogate)", () => {
    expect(readPageQuery(schema, { q: "a\u0000b", page: "2" })).toEqual({ query: { page: 2, sort: "name" }, ignored: ["q"] });
    expect(readPageQuery(schema, { q: ["ok", "\ud800"], sort: "key\u0007" })).toEqual({ query: { page: 1, sort: "name" }, ignored: ["q", "sort"] });
  });

  it("leaves out only the parameters the schema refuses, keeps the others and names what it ignored", () => {
    expect(readPageQuery(schema, { q: "abc", page: "zero", sort: "size" })).toEqual({ query: { q: "abc", page: 1, sort: "name" }, ignored: ["page", "sort"] });
  });

  it("treats a repeated parameter as an array: a single-valued filter given twice is ignored, not half-read", () => {
    expect(readPageQuery(schema, { sort: ["key", "name"] })).toEqual({ query: { page: 1, sort: "name" }, ignored: ["sort"] });
  });

  it("falls back to every default when a rule across parameters fails, naming every given parameter", () => {
    const ranged = z.object({ from: z.string().optional(), to: z.string().optional() }).refine((value) => !value.from || !value.to || value.from <= value.to);
    expect(readPageQuery(ranged, { from: "2026-12-03", to: "2026-01-01" })).toEqual({ query: {}, ignored: ["from", "to"] });
  });
});
