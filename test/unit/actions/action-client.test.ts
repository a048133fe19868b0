import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createActionClient } from "@/lib/actions/action-client";
import { ForbiddenError, NotFoundError } from "@/lib/auth/permissions";
import { Conflict, InvalidInput, PreconditionFailed } from "@/lib/errors/domain-errors";
import { HttpError } from "@/lib/http/http-error";
import { problem } from "@/lib/http/problem-details";

const actor = { id: "u1", name: "Ada" };
const db = { name: "db" };
const signedIn = createActionClient(
  async () => actor,
  async () => db,
);
const signedOut = createActionClient(
  async () => null,
  async () => db,
);

describe("defineAction", () => {
  it("answers the handler's message and value, with the parsed input, the actor and the database", async () => {
    const handler = vi.fn(async (input: { id: string; count: number }) => ({ message: `Saved ${input.id}.`, value: { count: input.count } }));
    const action = signedIn(z.object({ id: z.string(), count: z.coerce.number() }), handler);
    await expect(action({ id: "a", count: "3" })).resolves.toEqual({ ok: true, message: "Saved a.", value: { count: 3 } });
    expect(handler).toHaveBeenCalledWith({ id: "a", count: 3 }, { actor, db });
  });

  it("says the session expired and runs nothing when nobody is signed in", async () => {
    const handler = vi.fn(async () => ({ message: "never" }));
    const result = await signedOut(z.object({}), handler)({});
    expect(result).toEqual({ ok: false, error: "Your session has expired. Sign in again.", fieldErrors: {} });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses arguments the schema rejects, naming each field by its dot path, before the handler runs", async () => {
    const handler = vi.fn(async () => ({ message: "never" }));
    const action = signedIn(z.object({ number: z.number().int().positive(), values: z.object({ rows: z.array(z.string()) }) }), handler);
    const result = await action({ number: -1, values: { rows: ["ok", 2 as unknown as string] } });
    expect(result).toMatchObject({ ok: false, error: "Some fields need attention." });
    expect(result.ok ? {} : result.fieldErrors).toEqual({ number: expect.any(String), "values.rows.1": expect.any(String) });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses text no database field can hold (NUL, a control character, a lone surrogate) as a field error, before the handler runs", async () => {
    const handler = vi.fn(async () => ({ message: "never" }));
    const action = signedIn(z.object({ name: z.string(), values: z.object({ rows: z.array(z.string()) }) }), handler);
    const result = await action({ name: "ok", values: { rows: ["fine", "bad\u0000"] } });
    expect(result).toMatchObject({ ok: false, fieldErrors: { "values.rows.1": expect.stringMatching(/NUL/) } });
    // FormData keeps control characters but turns a lone surrogate into U+FFFD itself: that one comes as an object.
    const data = new FormData();
    data.append("name", "bell\u0007");
    const withName = signedIn(z.object({ name: z.string() }), handler);
    expect(await withName(data)).toMatchObject({ ok: false, fieldErrors: { name: expect.stringMatching(/U\+0007/) } });
    expect(await withName({ name: "a\ud800" })).toMatchObject({ ok: false, fieldErrors: { name: expect.stringMatching(/lone surrogate/) } });
    expect(handler).not.toHaveBeenCalled();
  });

  it("reads a submitted form's data: a repeated key is an array, a single key a value", async () => {
    const handler = vi.fn(async (input: { name: string; events: string[] }) => ({ message: `${input.name}: ${input.events.join("+")}` }));
    const action = signedIn(z.object({ name: z.string(), events: z.array(z.string()) }), handler);
    const data = new FormData();
    data.append("name", "hook");
    data.append("events", "a");
    data.append("events", "b");
    await expect(action(data)).resolves.toMatchObject({ ok: true, message: "hook: a+b" });
  });

  it("maps the use case's validation errors to field errors keyed as the form names its controls", async () => {
    const action = signedIn(z.unknown(), async () => {
      z.object({ owners: z.object({ data_owner: z.string() }) }).parse({ owners: {} });
      return { message: "never" };
    });
    const result = await action({});
    expect(result.ok ? null : Object.keys(result.fieldErrors)).toEqual(["owners.data_owner"]);
  });

  it("maps a domain refusal naming fields by JSON pointer to the same keys, keeping the spec's issues", async () => {
    const specIssues = [{ severity: "error", message: "Bad", path: "/paths" }];
    const action = signedIn(z.unknown(), async () => {
      throw new InvalidInput("The glossary is invalid.", {
        issues: [
          { pointer: "/glossary/0/field", detail: "Unknown field." },
          { pointer: "/a~1b", detail: "Odd." },
        ],
        extensions: { specIssues },
      });
    });
    await expect(action({})).resolves.toEqual({
      ok: false,
      error: "The glossary is invalid.",
      fieldErrors: { "glossary.0.field": "Unknown field.", "a/b": "Odd." },
      specIssues,
    });
  });

  it("answers a conflict or a concurrent change with the domain's message", async () => {
    await expect(
      signedIn(z.unknown(), async () => {
        throw new Conflict("The slug is taken.");
      })({}),
    ).resolves.toEqual({ ok: false, error: "The slug is taken.", fieldErrors: {} });
    await expect(
      signedIn(z.unknown(), async () => {
        throw new PreconditionFailed("system");
      })({}),
    ).resolves.toMatchObject({ ok: false, error: expect.stringContaining("changed by someone else") });
  });

  it("answers a forbidden or missing record with its message and no field", async () => {
    await expect(
      signedIn(z.unknown(), async () => {
        throw new ForbiddenError("catalog.update");
      })({}),
    ).resolves.toMatchObject({ ok: false, fieldErrors: {}, error: expect.stringContaining("permission") });
    await expect(
      signedIn(z.unknown(), async () => {
        throw new NotFoundError("The team");
      })({}),
    ).resolves.toEqual({ ok: false, error: "The team was not found.", fieldErrors: {} });
  });

  it("lets a bug propagate instead of dressing it up as a refusal, an HTTP answer built in the wrong layer included", async () => {
    await expect(
      signedIn(z.unknown(), async () => {
        throw new HttpError(problem(409, "Built in the wrong layer."));
      })({}),
    ).rejects.toThrow(HttpError);
    const action = signedIn(z.unknown(), async () => {
      throw new TypeError("cannot read x of undefined");
    });
    await expect(action({})).rejects.toThrow(TypeError);
  });
});
