// Contract diff for pipelines: `npm run contract:diff -- <base-file> <revision-file>` prints
// { breaking, changes: [{ severity, kind, location, message }] } as JSON and exits 1 when a change is breaking,
// 0 otherwise, 2 when an input cannot be read or parsed.
import { readFileSync } from "node:fs";
import { ContractParseError, diffContracts, parseContractText } from "../lib/contract-diff";

const USAGE = "usage: npm run contract:diff -- <base-file> <revision-file>";

function fail(message: string): never {
  process.stderr.write(JSON.stringify({ error: message }) + "\n");
  process.exit(2);
}

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

const files = process.argv.slice(2).filter((arg) => arg !== "--");
if (files.length !== 2) fail(USAGE);
const base = load(files[0], "base");
const revision = load(files[1], "revision");

try {
  const diff = diffContracts(base, revision);
  const output = {
    breaking: diff.breaking,
    format: diff.format,
    counts: diff.counts,
    version: diff.version,
    changes: diff.changes.map(({ severity, kind, location, message }) => ({ severity, kind, location, message })),
  };
  process.stdout.write(JSON.stringify(output, null, 2) + "\n");
  process.exitCode = diff.breaking ? 1 : 0;
} catch (error) {
  if (error instanceof ContractParseError) fail(error.message);
  throw error;
}
