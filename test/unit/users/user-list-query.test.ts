import { describe, expect, it } from "vitest";
import { zUserListQuery } from "@/lib/users/schemas";

describe("user list query", () => {
  it("treats empty form fields as no filter rather than as invalid", () => {
    expect(zUserListQuery.parse({ q: "rui", role: "", page: "2" })).toEqual({ q: "rui", role: undefined, page: 2 });
    expect(zUserListQuery.parse({ q: "" })).toEqual({ q: undefined, role: undefined, page: 1 });
  });

  it("rejects an unknown role and an out-of-range page", () => {
    expect(zUserListQuery.safeParse({ role: "boss" }).success).toBe(false);
    expect(zUserListQuery.safeParse({ page: "0" }).success).toBe(false);
  });
});
