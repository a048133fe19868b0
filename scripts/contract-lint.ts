// Contract lint for pipelines (the portal's API standards, run by Spectral):
//   npm run contract:lint -- <file> [--format json|text|github] [--fail-on error|warn|info|hint] [--ruleset ruleset.json]
//   npm run contract:lint -- --export-ruleset [--ruleset ruleset.json] > .spectral.yaml   (for the Spectral CLI)
// --ruleset takes the portal's current ruleset as GET /api/v1/standards/ruleset answers it (the admins' severities);
// without it the default severities apply.
// Prints the findings (JSON by default, the same findings the portal's /check endpoint returns) and exits 1 when a
// finding is at or above --fail-on (default error), 0 otherwise, 2 when the file or an option cannot be read.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { lintContract } from "../lib/standards/lint-contract";
import { spectralRulesetFile } from "../lib/standards/ruleset-file";
import { formatLintReport, LINT_FAIL_ON, LINT_REPORT_FORMATS, lintFailsAt } from "../lib/standards/lint-report";
import { zRuleOverrides } from "../lib/standards/schemas";

const USAGE = "usage: npm run contract:lint -- <file> [--format json|text|github] [--fail-on error|warn|info|hint] [--ruleset ruleset.json]";

function fail(message: string): never {
  process.stderr.write(JSON.stringify({ error: message }) + "\n");
  process.exit(2);
}

const zOptions = z.object({
  format: z.enum(LINT_REPORT_FORMATS).default("json"),
  "fail-on": z.enum(LINT_FAIL_ON).default("error"),
});

let parsed;
try {
  parsed = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== "--"),
    allowPositionals: true,
    options: { format: { type: "string" }, "fail-on": { type: "string" }, "export-ruleset": { type: "boolean" }, ruleset: { type: "string" } },
  });
} catch (error) {
  fail(`${(error as Error).message}; ${USAGE}`);
}

// Only the fields the lint needs; the rest of the API's answer (the rule list) is ignored.
const zPortalRuleset = z.object({ version: z.number().int().min(0), overrides: zRuleOverrides });

function readRuleset(path: string | undefined): z.infer<typeof zPortalRuleset> {
  if (path === undefined) return { version: 0, overrides: {} };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    fail(`cannot read the ruleset ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const ruleset = zPortalRuleset.safeParse(json);
  if (!ruleset.success) fail(`${path} is not a ruleset as GET /api/v1/standards/ruleset answers it: ${ruleset.error.issues[0].message}`);
  return ruleset.data;
}

const ruleset = readRuleset(parsed.values.ruleset);
if (parsed.values["export-ruleset"]) {
  process.stdout.write(spectralRulesetFile(ruleset.overrides, ruleset.version));
  process.exit(0);
}
const options = zOptions.safeParse(parsed.values);
if (!options.success) fail(`${options.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("; ")}; ${USAGE}`);
if (parsed.positionals.length !== 1) fail(USAGE);
const [file] = parsed.positionals;

let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
}
const result = await lintContract(text, ruleset.overrides);
if (!result.ok) fail(`cannot read ${file}: ${result.issues.map((issue) => `line ${issue.line}: ${issue.message}`).join("; ")}`);
process.stdout.write(formatLintReport(result.findings, options.data.format, file));
process.exitCode = lintFailsAt(result.findings, options.data["fail-on"]) ? 1 : 0;
