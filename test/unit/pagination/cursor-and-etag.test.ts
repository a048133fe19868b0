import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, toCursorPage, zCursorPageQuery } from "@/lib/pagination/cursor";
import { assertIfMatch } from "@/lib/concurrency/record-version";
import { MalformedInput, PreconditionFailed } from "@/lib/errors/domain-errors";
import { domainProblem } from "@/lib/http/domain-problem";
import { etagOf, readIfMatch } from "@/lib/http/etag";

describe("cursor pagination", () => {
  it("round-trips a sort key", () => {
    expect(decodeCursor(encodeCursor(["Billing sync", 3, null, "ckx1"]), 4)).toEqual(["Billing sync", 3, null, "ckx1"]);
  });

  it("refuses a cursor it did not issue with a 400 naming the parameter", () => {
    for (const bad of ["not-base64!", encodeCursor(["a"]), Buffer.from('{"a":1}').toString("base64url")]) {
      const error = (() => {
        try {
          decodeCursor(bad, 2);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(MalformedInput);
      expect(domainProblem(error as MalformedInput)).toMatchObject({ status: 400, errors: [{ pointer: "/cursor" }] });
    }
  });

  it("returns a next cursor only when more rows follow", () => {
    const rows = [{ id: "a" }, { id: "b" }, { id: "c" }];
    expect(toCursorPage(rows, 2, (r) => [r.id])).toEqual({ items: rows.slice(0, 2), nextCursor: encodeCursor(["b"]) });
    expect(toCursorPage(rows, 3, (r) => [r.id]).nextCursor).toBeNull();
  });

  it("bounds the page size", () => {
    expect(zCursorPageQuery.parse({}).limit).toBe(50);
    expect(zCursorPageQuery.safeParse({ limit: "201" }).success).toBe(false);
    expect(zCursorPageQuery.safeParse({ limit: "0" }).success).toBe(false);
  });
});

describe("ETag / If-Match", () => {
  const version = new Date("2026-11-21T10:00:00.123Z");
  const request = (ifMatch?: string) => new Request("http://x.test", { headers: ifMatch ? { "if-match": ifMatch } : {} });

  it("accepts a matching tag, a weak form of it, a list containing it, no header and *", () => {
    for (const header of [etagOf(version), `W/${etagOf(version)}`, `"zzz", ${etagOf(version)}`, undefined, "*"]) {
      expect(() => assertIfMatch(readIfMatch(request(header)), version)).not.toThrow();
    }
  });

  it("answers 412 when the record changed since the tag was issued", () => {
    const stale = etagOf(new Date(version.getTime() - 1));
    expect(() => assertIfMatch(readIfMatch(request(stale)), version, "integration")).toThrow(PreconditionFailed);
    try {
      assertIfMatch([stale], version, "integration");
    } catch (e) {
      expect(domainProblem(e as PreconditionFailed).status).toBe(412);
      expect(domainProblem(e as PreconditionFailed).detail).toMatch(/integration was changed/);
    }
  });
});
