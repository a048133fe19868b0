import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/navigation/safe-callback-url";

// Each value as Next.js hands it over: the query string already percent-decoded once.
const decoded = (raw: string) => new URLSearchParams(`callbackUrl=${raw}`).get("callbackUrl");

describe("safeCallbackUrl", () => {
  it("keeps same-origin paths with their query and fragment", () => {
    expect(safeCallbackUrl("/catalog?team=finance")).toBe("/catalog?team=finance");
    expect(safeCallbackUrl("/integrations/abc#history")).toBe("/integrations/abc#history");
    expect(safeCallbackUrl(["/graph", "/other"])).toBe("/graph");
  });

  it.each([
    ["%2F%09%2Fother-host%2F"],
    ["%2F%0A%2Fother-host%2F"],
    ["%2F%0D%2Fother-host%2F"],
    ["%0A"],
    ["%0D"],
    ["%2Fcatalog%00"],
    ["%2Fcatalog%7F"],
    ["%2F%E2%80%A8"],
    ["%2F%2Fother-host"],
    ["%2F%5Cother-host"],
    ["%2F%5C%5Cother-host"],
    ["%5C%5Cother-host"],
    ["https%3A%2F%2Fother-host"],
    ["javascript%3Aalert(1)"],
    ["%20%2F%2Fother-host"],
    ["%2F.%2F%2Fother-host"],
    ["%2F%2E%2E%2F%2Fother-host"],
    ["other-host"],
    [""],
  ])("refuses %s and falls back to the dashboard", (raw) => {
    const value = decoded(raw);
    const result = safeCallbackUrl(value);
    expect(result).toBe("/");
    // Whatever came in, what goes out must resolve to this origin.
    expect(new URL(result, "https://portal.example").origin).toBe("https://portal.example");
  });

  it("never redirects back to the sign-in page", () => {
    expect(safeCallbackUrl("/sign-in?callbackUrl=/x")).toBe("/");
    expect(safeCallbackUrl("/./sign-in")).toBe("/");
    expect(safeCallbackUrl("/catalog/../sign-in")).toBe("/");
  });

  it("answers a same-origin path for any input without throwing", () => {
    const samples = ["/%", "/%zz", "/\uD800", "/" + "a".repeat(10_000), "/?q=%E0%A4%A", "/#\u0000"];
    for (const sample of samples) {
      const result = safeCallbackUrl(sample);
      expect(result.startsWith("/")).toBe(true);
      expect(result.startsWith("//")).toBe(false);
      expect(new URL(result, "https://portal.example").origin).toBe("https://portal.example");
    }
  });
});
