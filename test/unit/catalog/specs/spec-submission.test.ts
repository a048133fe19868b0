import { describe, expect, it } from "vitest";
import { MAX_SPEC_BYTES } from "@/lib/catalog/contracts/schemas";
import { readSpecFile, readSpecSaveProblem, specSaveFailureOf } from "@/lib/catalog/specs/spec-submission";

const problemResponse = (body: unknown) =>
  new Response(typeof body === "string" ? body : JSON.stringify(body), { status: 422, headers: { "content-type": "application/problem+json" } });

describe("readSpecFile", () => {
  it("reads a file within the limit", async () => {
    expect(await readSpecFile(new File(["openapi: 3.1.0\n"], "orders.yaml"))).toEqual({ ok: true, text: "openapi: 3.1.0\n" });
  });

  it("refuses a file over 10 MB without reading it, naming the file and its size", async () => {
    const big = new File([new Uint8Array(MAX_SPEC_BYTES + 1)], "huge.json");
    expect(await readSpecFile(big)).toEqual({ ok: false, error: "huge.json is 10.0 MB; the limit is 10 MB." });
  });
});

describe("readSpecSaveProblem", () => {
  it("keeps the first error per field and uses the problem's detail as the message", async () => {
    const refused = await readSpecSaveProblem(
      problemResponse({
        title: "Invalid input",
        detail: "version: already exists",
        errors: [
          { pointer: "/version", detail: "2.0.0 already exists." },
          { pointer: "/version", detail: "second" },
        ],
      }),
    );
    expect(refused).toEqual({ fieldErrors: { version: "2.0.0 already exists." }, issues: [], message: "version: already exists" });
  });

  it("points the spec field at the issue list when the document is invalid", async () => {
    const issues = [{ pointer: "/paths", line: 3, column: 1, message: "paths must be an object" }];
    const refused = await readSpecSaveProblem(problemResponse({ title: "Invalid spec", specIssues: issues }));
    expect(refused.fieldErrors).toEqual({ specText: "The document has 1 problem: see the list below." });
    expect(refused.issues).toEqual(issues);
    expect(refused.message).toBe("The spec document is not valid.");
  });

  it("leaves the message to the form when the body is not JSON", async () => {
    expect(await readSpecSaveProblem(problemResponse("<html>Bad gateway</html>"))).toEqual({ fieldErrors: {}, issues: [], message: null });
  });
});

describe("specSaveFailureOf", () => {
  it("answers a refused save as a form result, with the document's issues and the form's fallback message", async () => {
    const issues = [{ pointer: "/paths", line: 3, column: 1, message: "paths must be an object" }];
    expect(await specSaveFailureOf(problemResponse({ title: "Invalid spec", specIssues: issues }), "Not saved.")).toEqual({
      ok: false,
      error: "The spec document is not valid.",
      fieldErrors: { specText: "The document has 1 problem: see the list below." },
      specIssues: issues,
    });
    expect(await specSaveFailureOf(problemResponse("<html>Bad gateway</html>"), "Not saved.")).toEqual({
      ok: false,
      error: "Not saved.",
      fieldErrors: {},
      specIssues: [],
    });
  });
});
