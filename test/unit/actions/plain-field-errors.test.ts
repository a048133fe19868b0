import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/actions/result";

const errorsOf = (schema: z.ZodType, value: unknown) => fieldErrorsOf(schema.safeParse(value).error!);

describe("field errors in plain words", () => {
  it("say zod's default messages as sentences, never as the schema's raw values", () => {
    const schema = z.strictObject({
      kind: z.enum(["crm", "erp", "ipaas"]),
      name: z.string().min(3),
      owner: z.string(),
      latency: z.number().int().max(86_400),
      email: z.email(),
      homepage: z.url(),
      tags: z.array(z.string()).min(1),
    });
    expect(errorsOf(schema, { kind: "xyz", name: "ab", latency: 90_000, email: "no", homepage: "no", tags: [] })).toEqual({
      kind: "Choose one of the options.",
      name: "At least 3 characters.",
      owner: "Fill this in.",
      latency: "At most 86,400.",
      email: "Enter an e-mail address, like name@example.com.",
      homepage: "Enter a web address, like https://example.com.",
      tags: "Choose at least one.",
    });
  });

  it("keep the messages a schema wrote itself", () => {
    expect(errorsOf(z.object({ reason: z.string().min(3, "Say why (at least 3 characters).") }), { reason: "" })).toEqual({
      reason: "Say why (at least 3 characters).",
    });
  });
});
