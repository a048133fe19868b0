// Contract lint for pipelines (the portal's API standards, run by Spectral):
//   npm run contract:lint -- <file> [--format json|text|github] [--fail-on error|warn|info|hint]
//   npm run contract:lint -- --export-ruleset > .spectral.yaml   (the default rules, for the Spectral CLI)
// Prints the findings (JSON by default, the same findings the portal's /check endpoint returns) and exits 1 when a
// finding is at or above --fail-on (default error), 0 otherwise, 2 when the file or an option cannot be read.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { lintContract } from "../lib/standards/lint-contract";
import { spectralRulesetFile } from "../lib/standards/ruleset-file";
import { formatLintReport, LINT_FAIL_ON, LINT_REPORT_FORMATS, lintFailsAt } from "../lib/standards/lint-report";

const USAGE = "usage: npm run contract:lint -- <file> [--format json|text|github] [--fail-on error|warn|info|hint]";

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
    options: { format: { type: "string" }, "fail-on": { type: "string" }, "export-ruleset": { type: "boolean" } },
  });
} catch (error) {
  fail(`${(error as Error).message}; ${USAGE}`);
}
if (parsed.values["export-ruleset"]) {
  process.stdout.write(spectralRulesetFile({}, 0));
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
const result = await lintContract(text);
if (!result.ok) fail(`cannot read ${file}: ${result.issues.map((issue) => `line ${issue.line}: ${issue.message}`).join("; ")}`);
process.stdout.write(formatLintReport(result.findings, options.data.format, file));
process.exitCode = lintFailsAt(result.findings, options.data["fail-on"]) ? 1 : 0;
