import { describe, expect, it } from "vitest";
import { HttpError } from "@/lib/http/http-error";
import { assertCleanUrl, decodeCleanText } from "@/lib/http/input-characters";
import { badCharacterIn, findBadCharacter } from "@/lib/validation/text-characters";

const problemOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    if (error instanceof HttpError) return error.details;
    throw error;
  }
  return null;
};

describe("badCharacterIn", () => {
  it("accepts ordinary text, tabs, line breaks, emoji and other scripts", () => {
    for (const text of ["Stock levels", "a\tb\r\nc", "🚚 Lieferung", "数据同步", "\u00e9\u0301", "\ufeffBOM", ""]) expect(badCharacterIn(text)).toBeNull();
  });

  it("refuses NUL, other control characters and lone surrogates", () => {
    expect(badCharacterIn("a\u0000")).toMatch(/NUL/);
    expect(badCharacterIn("\u001b[31m")).toMatch(/U\+001B/);
    expect(badCharacterIn("\u007f")).toMatch(/U\+007F/);
    expect(badCharacterIn("\u0085")).toMatch(/U\+0085/);
    expect(badCharacterIn("a\ud800")).toMatch(/lone surrogate/);
    expect(badCharacterIn("\udc00a")).toMatch(/lone surrogate/);
  });
});

describe("findBadCharacter", () => {
  it("names the nested field, or the member whose name is bad", () => {
    expect(findBadCharacter({ owners: [{ email: "ok" }, { email: "x\u0000" }] })?.pointer).toBe("/owners/1/email");
    expect(findBadCharacter({ "a/b": { ["k\u0001"]: 1 } })?.pointer).toBe("/a~1b/k\u0001");
    expect(findBadCharacter({ name: "fine", tags: ["🚚"] })).toBeNull();
  });
});

describe("assertCleanUrl", () => {
  const check = (url: string, params: unknown = {}) => problemOf(() => assertCleanUrl(new Request(`http://portal.test${url}`), params));

  it("lets ordinary queries and parameters through", () => {
    expect(check("/api/v1/integrations?q=stock+levels&team=commerce&q2=%F0%9F%9A%9A", { idOrKey: "INT-1" })).toBeNull();
  });

  it.each([
    ["?q=%00", "/q"],
    ["?q=%C0%80", "/q"],
    ["?q=%ED%A0%80", "/q"],
    ["?q=%E2%82", "/q"],
    ["?limit=1&q=%1B", "/q"],
    ["?%00=x", "/\u0000"],
  ])("refuses %s with 422 naming %s", (query, pointer) => {
    const details = check(`/api/v1/integrations${query}`);
    expect(details?.status).toBe(422);
    expect(details?.errors?.[0].pointer).toBe(pointer);
    expect(details?.detail).toMatch(/^Query parameter/);
  });

  it("refuses a path parameter holding a NUL, a control character or a decoding replacement", () => {
    for (const value of ["\u0000", "INT-\u0001", "\ufffd"]) {
      const details = check("/api/v1/integrations/x", { idOrKey: value });
      expect(details?.status).toBe(422);
      expect(details?.errors?.[0].pointer).toBe("/idOrKey");
    }
  });
});

describe("decodeCleanText", () => {
  it("decodes UTF-8 and names the line that is not clean", () => {
    expect(decodeCleanText(Buffer.from("key,name\nINT-1,Stock 🚚\n"))).toBe("key,name\nINT-1,Stock 🚚\n");
    expect(problemOf(() => decodeCleanText(Buffer.from("key,name\nINT-1,a\u0000b\n")))?.detail).toMatch(/^Line 2 .*NUL/);
    const overlong = Buffer.concat([Buffer.from("key,name\nINT-1,ok\nINT-2,"), Buffer.from([0xc0, 0xaf]), Buffer.from("\n")]);
    expect(problemOf(() => decodeCleanText(overlong))?.detail).toMatch(/^Line 3 .*UTF-8/);
  });
});
