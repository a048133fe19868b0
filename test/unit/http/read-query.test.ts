import { describe, expect, it } from "vitest";
import { z } from "zod";
import { HttpError } from "@/lib/http/http-error";
import { readQuery } from "@/lib/http/read-query";

const request = (query: string) => new Request(`http://localhost/api/v1/things?${query}`);

describe("readQuery", () => {
  it("reads a repeated parameter as an array, like every other reader of a query", () => {
    expect(readQuery(request("status=open&status=closed&q=x"), z.object({ status: z.array(z.string()), q: z.string() }))).toEqual({
      status: ["open", "closed"],
      q: "x",
    });
  });

  it("refuses a repeated parameter the schema wants once, with 422 naming it, instead of picking one value", () => {
    let refused: unknown;
    try {
      readQuery(request("status=open&status=closed"), z.object({ status: z.string() }));
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(HttpError);
    expect((refused as HttpError).details).toMatchObject({ status: 422, errors: [{ pointer: "/status" }] });
  });
});
