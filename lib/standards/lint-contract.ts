import { Spectral } from "@stoplight/spectral-core";
import { Resolver } from "@stoplight/spectral-ref-resolver";
import { readContractText, type ContractTextIssue } from "@/lib/contract-text/read-contract-text";
import { ORGANISATION_RULE_PREFIX } from "@/lib/standards/organisation-rules";
import { spectralRuleset } from "@/lib/standards/spectral-ruleset";
import type { FindingSeverity, LintFinding, RuleOverrides } from "@/lib/standards/schemas";

/**
 * Lints contract text with Spectral: the one module behind proposals, the `/check` endpoint, the stored findings of
 * each version and `npm run contract:lint`, so all of them report the same findings.
 */

export type LintResult = { ok: true; linted: boolean; findings: LintFinding[] } | { ok: false; issues: ContractTextIssue[] };

const SEVERITIES: readonly FindingSeverity[] = ["error", "warn", "info", "hint"];

// Only references inside the document are followed: linting never reaches the network or the file system.
const localOnly = () => new Resolver({ resolvers: {} });

const linters = new Map<string, Spectral>();

/** One Spectral per ruleset (building one compiles every rule); the few recent rulesets are kept. */
function linterFor(overrides: RuleOverrides): Spectral {
  const key = JSON.stringify(Object.entries(overrides).sort(([a], [b]) => a.localeCompare(b)));
  let linter = linters.get(key);
  if (!linter) {
    linter = new Spectral({ resolver: localOnly() as never });
    linter.setRuleset(spectralRuleset(overrides));
    if (linters.size >= 4) linters.delete(linters.keys().next().value!);
    linters.set(key, linter);
  }
  return linter;
}

/**
 * A JSON pointer from Spectral's path. Segments that come from a schema rule are already pointer-escaped (Ajv's
 * instance paths), the others are raw keys: unescaping first makes both right (only a raw key that itself contains
 * "~1" would be misread).
 */
function toPointer(path: readonly (string | number)[]): string {
  return path.map((segment) => "/" + String(segment).replace(/~1/g, "/").replace(/~0/g, "~").replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

/** Only OpenAPI and AsyncAPI documents have rulesets; a JSON Schema is read but not linted. */
function isLintable(document: unknown): boolean {
  return typeof document === "object" && document !== null && ("openapi" in document || "swagger" in document || "asyncapi" in document);
}

/**
 * An organisation rule that judges the whole document per operation (security) also fails at the root, where Ajv
 * reports the unmet `if`/`else`; the findings at the operations say the same thing more precisely.
 */
function isReportedInside(finding: { rule: string; pointer: string }, all: readonly { rule: string; pointer: string }[]): boolean {
  return (
    finding.rule.startsWith(ORGANISATION_RULE_PREFIX) && all.some((other) => other.rule === finding.rule && other.pointer.startsWith(finding.pointer + "/"))
  );
}

export async function lintContract(text: string, overrides: RuleOverrides = {}): Promise<LintResult> {
  const read = readContractText(text);
  if (!read.ok) return { ok: false, issues: read.issues };
  const { parsed } = read;
  if (!isLintable(parsed.document)) return { ok: true, linted: false, findings: [] };
  // Spectral reads the document the contract-text reader made (decision 022), never its own parse; positions are
  // computed afterwards, in one pass for every finding.
  const target: Parameters<Spectral["run"]>[0] = {
    parsed: { data: parsed.document, diagnostics: [], ast: null, lineMap: null } as never,
    getLocationForJsonPath: () => undefined,
  };
  const results = await linterFor(overrides).run(target, { ignoreUnknownFormat: true });
  const seen = new Set<string>();
  const raw = results.flatMap((result) => {
    const pointer = toPointer(result.path);
    const rule = String(result.code);
    const key = `${rule}\u0000${pointer}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ rule, severity: SEVERITIES[result.severity] ?? "warn", message: result.message, pointer }];
  });
  const precise = raw.filter((finding) => !isReportedInside(finding, raw));
  const positions = parsed.locate(precise.map((finding) => finding.pointer));
  const findings = precise.map((finding) => ({ ...finding, ...(positions.get(finding.pointer) ?? { line: 1, column: 1 }) }));
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  return { ok: true, linted: true, findings };
}
