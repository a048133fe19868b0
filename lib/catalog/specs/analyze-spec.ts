import { readContractText, type ContractTextFormat } from "@/lib/contract-text/read-contract-text";
import { checkAsyncApi2Consistency, checkOpenApiConsistency } from "@/lib/catalog/specs/consistency-rules";
import { checkLocalReferences, type UnlocatedIssue } from "@/lib/catalog/specs/local-references";
import { metaSchemaIssues } from "@/lib/catalog/specs/meta-schema-issues";
import { asyncApiCheck, jsonSchemaCheck, jsonSchemaDialect, openApi30Check, openApi31Check, type MetaSchemaCheck } from "@/lib/catalog/specs/meta-schemas";
import { MAX_SPEC_ISSUES, type SpecIssue } from "@/lib/catalog/specs/spec-issue";
import { SPEC_KIND_LABELS, type ContractSpecType, type SpecKind } from "@/lib/catalog/specs/spec-kinds";

export { SPEC_KIND_LABELS, type ContractSpecType, type SpecKind };

export interface AnalyzedSpec {
  kind: SpecKind;
  format: ContractTextFormat;
  /** The specification version the document declares, e.g. "3.1.0"; null for JSON Schema. */
  specVersion: string | null;
  document: unknown;
}

/**
 * A refused document still carries what was read when it is of the expected kind, so the viewer can show a stored
 * version that no longer passes today's validation (written before a rule existed) next to its issues.
 */
export type AnalyzeSpecResult = { ok: true; spec: AnalyzedSpec } | { ok: false; issues: SpecIssue[]; document?: unknown };

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function declaredKind(document: unknown): { kind: SpecKind; version: string | null } | { kind: "swagger" } {
  if (isPlainObject(document)) {
    if ("swagger" in document) return { kind: "swagger" };
    if ("openapi" in document) return { kind: "openapi", version: String(document.openapi) };
    if ("asyncapi" in document) return { kind: "asyncapi", version: String(document.asyncapi) };
  }
  return { kind: "json_schema", version: null };
}

function checkAgainst(check: MetaSchemaCheck, document: unknown, issues: UnlocatedIssue[]): void {
  issues.push(...metaSchemaIssues(check(document), document));
}

/**
 * Parses a spec document (JSON or YAML), checks it is the kind the contract expects and that its structure is
 * valid, and reports every problem with its JSON pointer and its line and column in the submitted text.
 * Pure: no I/O, so the form, the API and the benchmark run exactly the same code.
 */
export function analyzeSpec(text: string, expected: SpecKind): AnalyzeSpecResult {
  try {
    return analyzeParsedSpec(text, expected);
  } catch (error) {
    // The checks recurse through the document: a pathologically deep one is refused, not a server error.
    if (error instanceof RangeError)
      return { ok: false, issues: [{ pointer: "", line: 1, column: 1, message: "The document is nested too deeply to be checked." }] };
    throw error;
  }
}

function analyzeParsedSpec(text: string, expected: SpecKind): AnalyzeSpecResult {
  const parsed = readContractText(text);
  if (!parsed.ok) return parsed;
  const { document, format } = parsed.parsed;
  const issues: UnlocatedIssue[] = [];
  const declared = declaredKind(document);
  let specVersion: string | null = null;

  if (declared.kind === "swagger") {
    issues.push({ pointer: "/swagger", message: "Swagger 2.0 is not supported: convert the document to OpenAPI 3.0 or 3.1." });
  } else if (declared.kind !== expected) {
    const expectedLabel = SPEC_KIND_LABELS[expected];
    issues.push(
      declared.kind === "json_schema"
        ? { pointer: "", message: `This is not an ${expectedLabel} document (it has no "${expected}" field), but the contract is ${expectedLabel}.` }
        : { pointer: `/${declared.kind}`, message: `This is an ${SPEC_KIND_LABELS[declared.kind]} document, but the contract is ${expectedLabel}.` },
    );
  } else if (declared.kind === "openapi") {
    specVersion = declared.version;
    if (/^3\.0\.\d+$/.test(declared.version ?? "")) checkAgainst(openApi30Check(), document, issues);
    else if (/^3\.1\.\d+$/.test(declared.version ?? "")) checkAgainst(openApi31Check(), document, issues);
    else issues.push({ pointer: "/openapi", message: `OpenAPI version "${declared.version}" is not supported: use 3.0.x or 3.1.x.` });
    checkOpenApiConsistency(document, issues);
  } else if (declared.kind === "asyncapi") {
    specVersion = declared.version;
    const check = /^[23]\.\d+\.\d+$/.test(declared.version ?? "") ? asyncApiCheck(declared.version!) : null;
    if (check) checkAgainst(check, document, issues);
    else issues.push({ pointer: "/asyncapi", message: `AsyncAPI version "${declared.version}" is not supported: use 2.0 to 2.6 or 3.0 to 3.1.` });
    if (declared.version?.startsWith("2.")) checkAsyncApi2Consistency(document, issues);
  } else {
    const dialect = jsonSchemaDialect(document);
    if (dialect) checkAgainst(jsonSchemaCheck(dialect), document, issues);
    else
      issues.push({
        pointer: "/$schema",
        message: '"$schema" names a JSON Schema dialect this portal does not know: use draft-04, draft-06, draft-07, 2019-09 or 2020-12.',
      });
  }
  checkLocalReferences(document, issues, MAX_SPEC_ISSUES);
  if (issues.length === 0) return { ok: true, spec: { kind: expected, format, specVersion, document } };

  const kept = issues.slice(0, MAX_SPEC_ISSUES);
  const positions = parsed.parsed.locate(kept.map((issue) => issue.pointer));
  return {
    ok: false,
    issues: kept.map((issue) => ({ ...issue, ...(positions.get(issue.pointer) ?? { line: 1, column: 1 }) })),
    ...(declared.kind === expected ? { document } : {}),
  };
}

/** One line per issue, as the API's problem details and the form show them. */
export function describeSpecIssue(issue: SpecIssue): string {
  return `Line ${issue.line}, column ${issue.column}${issue.pointer ? ` (${issue.pointer})` : ""}: ${issue.message}`;
}
