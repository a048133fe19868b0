// Contract diff for pipelines:
//   npm run contract:diff -- <base-file> <revision-file> [--format json|text|github|junit] [--fail-on error|warning|info]
//                            [--min-notice-days N]
// Prints the changes (JSON by default) and exits 1 when a change is at or above --fail-on (default error: a
// breaking change), 0 otherwise, 2 when an input or an option cannot be read.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { ContractParseError, diffContracts, parseContractText } from "../lib/contract-diff";
import { FAIL_ON_LEVELS, failsAt, formatDiff, REPORT_FORMATS } from "../lib/contract-diff/report-formats";

const USAGE =
  "usage: npm run contract:diff -- <base-file> <revision-file> [--format json|text|github|junit] [--fail-on error|warning|info] [--min-notice-days N]";

function fail(message: string): never {
  process.stderr.write(JSON.stringify({ error: message }) + "\n");
  process.exit(2);
}

const zOptions = z.object({
  format: z.enum(REPORT_FORMATS).default("json"),
  "fail-on": z.enum(FAIL_ON_LEVELS).default("error"),
  // The notice a sunset must give: the portal uses the contract tier's; 0 here unless the pipeline says.
  "min-notice-days": z.coerce.number().int().min(0).max(3650).default(0),
});

let parsed;
try {
  parsed = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== "--"),
    allowPositionals: true,
    options: { format: { type: "string" }, "fail-on": { type: "string" }, "min-notice-days": { type: "string" } },
  });
} catch (error) {
  fail(`${(error as Error).message}; ${USAGE}`);
}
const options = zOptions.safeParse(parsed.values);
if (!options.success) fail(`${options.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("; ")}; ${USAGE}`);
if (parsed.positionals.length !== 2) fail(USAGE);
const [baseFile, revisionFile] = parsed.positionals;

function load(file: string, role: string) {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    fail(`cannot read the ${role} ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return parseContractText(text);
  } catch (error) {
    fail(`cannot parse the ${role} ${file}: ${(error as Error).message}`);
  }
}

const base = load(baseFile, "base");
const revision = load(revisionFile, "revision");

try {
  const diff = diffContracts(base, revision, { lifecycle: { now: new Date(), minimumNoticeDays: options.data["min-notice-days"] } });
  process.stdout.write(formatDiff(diff, options.data.format, { file: revisionFile, failOn: options.data["fail-on"] }));
  process.exitCode = failsAt(diff, options.data["fail-on"]) ? 1 : 0;
} catch (error) {
  if (error instanceof ContractParseError) fail(error.message);
  throw error;
}
