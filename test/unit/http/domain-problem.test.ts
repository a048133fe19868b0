import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/auth/permissions";
import { Conflict, Forbidden, InvalidField, InvalidInput, MalformedInput, NotFound, PreconditionFailed, Unauthenticated } from "@/lib/errors/domain-errors";
import { domainProblem } from "@/lib/http/domain-problem";
import { errorToProblemResponse } from "@/lib/http/api-route";

describe("domain errors at the HTTP boundary", () => {
  it("gives every kind of refusal its status", () => {
    const statuses = [
      new Unauthenticated("The API token is not valid."),
      new Forbidden("Only an admin can."),
      new NotFound("The integration"),
      new Conflict("The slug is taken."),
      new PreconditionFailed("system"),
      new InvalidInput("Bad."),
      new MalformedInput("Bad cursor."),
    ].map((error) => domainProblem(error).status);
    expect(statuses).toEqual([401, 403, 404, 409, 412, 422, 400]);
  });

  it("keeps the permission table's refusals as 403 and 404", () => {
    expect(domainProblem(new ForbiddenError("catalog.update"))).toEqual({
      type: "about:blank",
      title: "Forbidden",
      status: 403,
      detail: "You do not have permission to do this (catalog.update).",
    });
    expect(domainProblem(new NotFoundError("The integration"))).toEqual({
      type: "about:blank",
      title: "Not found",
      status: 404,
      detail: "The integration was not found.",
    });
  });

  it("names the fields as `errors` and keeps the extensions", () => {
    const conflict = new Conflict("2 active consumers still use it.", {
      issues: [{ pointer: "/consumerPlan", detail: "Say what happens." }],
      extensions: { activeConsumers: 2 },
    });
    expect(domainProblem(conflict)).toEqual({
      type: "about:blank",
      title: "Conflict",
      status: 409,
      detail: "2 active consumers still use it.",
      activeConsumers: 2,
      errors: [{ pointer: "/consumerPlan", detail: "Say what happens." }],
    });
    expect(domainProblem(new InvalidField("/email", "Unknown person."))).toMatchObject({
      status: 422,
      detail: "Field /email is invalid: Unknown person.",
      errors: [{ pointer: "/email", detail: "Unknown person." }],
    });
  });

  it("challenges for a bearer token only when the credential was refused", async () => {
    const refused = errorToProblemResponse(new Unauthenticated("The API token is not valid."));
    expect(refused.status).toBe(401);
    expect(refused.headers.get("www-authenticate")).toBe('Bearer realm="interchange", error="invalid_token"');
    expect(await refused.json()).toMatchObject({ detail: "The API token is not valid." });
    const forbidden = errorToProblemResponse(new Forbidden("Read-only token."));
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get("www-authenticate")).toBeNull();
  });
});
