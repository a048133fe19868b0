import { describe, expect, it } from "vitest";
import { z } from "zod";
import { pointerFromPath } from "@/lib/errors/domain-errors";
import { problem, problemResponse, validationProblem } from "@/lib/http/problem-details";
import { safeCallbackUrl } from "@/lib/navigation/safe-callback-url";

describe("problem details", () => {
  it("answers application/problem+json with the status", async () => {
    const response = problemResponse(problem(404, "No such integration."));
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toEqual({ type: "about:blank", title: "Not found", status: 404, detail: "No such integration." });
  });

  it("names every failing field as a JSON pointer", () => {
    const schema = z.object({ role: z.enum(["viewer", "admin"]), owners: z.array(z.object({ "e/mail": z.string().email() })) });
    const result = schema.safeParse({ role: "boss", owners: [{ "e/mail": "nope" }] });
    expect(result.success).toBe(false);
    const details = validationProblem(result.error!);
    expect(details.status).toBe(422);
    expect(details.errors?.map((e) => e.pointer)).toEqual(["/role", "/owners/0/e~1mail"]);
    expect(details.detail).toMatch(/^Field \/role is invalid/);
  });

  it("escapes pointer segments per RFC 6901", () => {
    expect(pointerFromPath(["a~b", "c/d", 2])).toBe("/a~0b/c~1d/2");
  });
});

describe("sign-in callback URL", () => {
  it("keeps same-origin paths and drops everything else", () => {
    expect(safeCallbackUrl("/catalog?team=finance")).toBe("/catalog?team=finance");
    expect(safeCallbackUrl("https://evil.example")).toBe("/");
    expect(safeCallbackUrl("//evil.example/path")).toBe("/");
    expect(safeCallbackUrl("/\\evil.example")).toBe("/");
    expect(safeCallbackUrl(undefined)).toBe("/");
    expect(safeCallbackUrl("/sign-in?callbackUrl=/x")).toBe("/");
  });
});
