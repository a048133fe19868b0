import { describe, expect, it } from "vitest";
import { computeEvidence } from "@/lib/assessment/evidence";
import { QUESTION_IDS } from "@/lib/assessment/questions";
import { zStoredAnswers, zStoredEvidence } from "@/lib/assessment/stored-assessment";
import { buildStoredDiff } from "@/lib/reviews/diff-snapshot";
import { zStoredDiff } from "@/lib/reviews/stored-diff";
import { fromJsonColumn } from "@/lib/db/json-column";

// JSON columns are read back through zod: what the code writes must parse unchanged, and a row of another shape
// must be refused with the path of what is wrong.
const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

const spec = (properties: Record<string, unknown>, version = "1.0.0") =>
  JSON.stringify({
    openapi: "3.1.0",
    info: { title: "Orders", version },
    paths: { "/orders": { get: { responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object", properties } } } } } } } },
  });

describe("ChangeRequest.diff", () => {
  it("reads back what a proposal stores", () => {
    const diff = buildStoredDiff(spec({ order_id: { type: "string" }, net_revenue: { type: "number" } }), spec({ order_id: { type: "string" } }, "2.0.0"));
    expect(diff.changes.length).toBeGreaterThan(0);
    expect(zStoredDiff.parse(roundTrip(diff))).toEqual(diff);
  });
  it("refuses a row of another shape, naming the field", () => {
    const result = zStoredDiff.safeParse({ format: "openapi", breaking: true, counts: { breaking: 1 }, changes: [], fragments: {} });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["counts", "non-breaking"]);
  });
  it("reports a malformed row as a fault of the stored data, not as invalid input", () => {
    expect(() => fromJsonColumn(zStoredDiff, { format: "openapi" }, "ChangeRequest.diff")).toThrow(
      /^ChangeRequest\.diff does not have the expected shape at \/breaking/,
    );
    const thrown = (() => {
      try {
        fromJsonColumn(zStoredDiff, { format: "openapi" }, "ChangeRequest.diff");
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).name).toBe("Error");
  });
});

describe("Assessment.answers and Assessment.evidence", () => {
  it("reads back what an assessment stores", () => {
    const evidence = computeEvidence({ integrations: [], contracts: [], teamSlug: null });
    expect(zStoredEvidence.parse(roundTrip(evidence))).toEqual(evidence);
    const answers = Object.fromEntries(QUESTION_IDS.map((id, index) => [id, (index % 4) + 1]));
    expect(zStoredAnswers.parse(roundTrip(answers))).toEqual(answers);
  });
  it("refuses an answer outside 1 to 4", () => {
    const answers = Object.fromEntries(QUESTION_IDS.map((id) => [id, 5]));
    expect(zStoredAnswers.safeParse(answers).success).toBe(false);
  });
});
