import { describe, expect, it } from "vitest";
import { formatLintReport, lintFailsAt } from "@/lib/standards/lint-report";
import type { LintFinding } from "@/lib/standards/schemas";

const finding = (severity: LintFinding["severity"]): LintFinding => ({
  rule: "org-problem-json-errors",
  severity,
  message: "No problem, details: here",
  pointer: "/paths/~1a/get/responses/404",
  line: 12,
  column: 5,
});

describe("contract:lint reports", () => {
  it("fails at or above the chosen severity", () => {
    expect(lintFailsAt([finding("warn")], "error")).toBe(false);
    expect(lintFailsAt([finding("warn")], "warn")).toBe(true);
    expect(lintFailsAt([finding("hint")], "info")).toBe(false);
    expect(lintFailsAt([], "hint")).toBe(false);
  });

  it("writes JSON with counts, text lines and GitHub annotations at the finding's line", () => {
    expect(JSON.parse(formatLintReport([finding("error")], "json", "a.yaml"))).toEqual({
      counts: { error: 1, warn: 0, info: 0, hint: 0 },
      findings: [finding("error")],
    });
    expect(formatLintReport([finding("error")], "text", "a.yaml")).toContain("a.yaml:12:5 error org-problem-json-errors");
    expect(formatLintReport([finding("warn")], "github", "a,b.yaml")).toBe(
      "::warning file=a%2Cb.yaml,line=12,col=5,title=org-problem-json-errors::No problem, details: here\n",
    );
  });
});
