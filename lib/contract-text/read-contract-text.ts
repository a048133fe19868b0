import { load as loadYaml, YAMLException, type LoadOptions } from "js-yaml";
import { measureAliasExpansion } from "@/lib/contract-text/alias-expansion";
import { JsonSyntaxError, lineColumnsOf, locateJsonPointers } from "@/lib/contract-text/json-source-map";
import { ancestorsOf, nearestLocated } from "@/lib/contract-text/nearest-located";
import { CONTRACT_YAML_SCHEMA } from "@/lib/contract-text/yaml-core-schema";
import { locateYamlPointers } from "@/lib/contract-text/yaml-source-map";

/**
 * The one reader of contract text (OpenAPI, AsyncAPI, JSON Schema as JSON or YAML): validation, the spec viewer,
 * the diff engine, the CLI and the catalog import all read documents through it, so a document means the same
 * thing everywhere. See docs/decisions/022-one-contract-text-reader.md.
 */

export type ContractTextFormat = "json" | "yaml";

export interface TextPosition {
  line: number;
  column: number;
}

/** A problem found in contract text: where (JSON pointer, line and column, both 1-based) and what. */
export interface ContractTextIssue extends TextPosition {
  pointer: string;
  message: string;
}

export interface ParsedContractText {
  format: ContractTextFormat;
  document: unknown;
  /** Line and column of the value at each pointer, or of its nearest existing ancestor when it is missing. */
  locate(pointers: readonly string[]): Map<string, TextPosition>;
}

export type ReadContractTextResult = { ok: true; parsed: ParsedContractText } | { ok: false; issues: ContractTextIssue[] };

export interface ReadContractTextOptions {
  /** The most nodes the document may have once every YAML alias is expanded (the billion-laughs bound). */
  maxExpandedNodes?: number;
}

/**
 * A 10 MB OpenAPI document has about a million nodes; anchors and merge keys rarely multiply that by more than a
 * few. Past this a walk of the expanded document takes seconds of CPU for every reader, so it is refused.
 */
export const MAX_EXPANDED_NODES = 5_000_000;

/**
 * js-yaml's own guards (options its type declarations do not list yet): nesting depth, and the keys copied by
 * merge keys in total. Its default of 10,000 merged keys refuses large real specs that merge a few shared fields
 * into thousands of schemas; copying a key is cheap, and the expansion bound above limits what aliases can cost.
 */
const YAML_LOAD_OPTIONS: LoadOptions & { maxDepth: number; maxTotalMergeKeys: number } = {
  schema: CONTRACT_YAML_SCHEMA,
  json: false,
  maxDepth: 200,
  maxTotalMergeKeys: 2_000_000,
};

/** JSON when the text starts like JSON, YAML otherwise (YAML 1.2 would also read JSON, but many times slower). */
export function detectContractTextFormat(text: string): ContractTextFormat {
  return /^\s*[{[]/.test(text) ? "json" : "yaml";
}

const atStart = (message: string): ContractTextIssue => ({ pointer: "", line: 1, column: 1, message });

function withLineColumns(text: string, offsets: Map<string, number>): Map<string, TextPosition> {
  const positions = lineColumnsOf(text, [...offsets.values()]);
  return new Map([...offsets].map(([pointer, offset]) => [pointer, positions.get(offset)!]));
}

function readJson(text: string): ReadContractTextResult {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    // JSON.parse's messages carry no reliable position: the scanner finds where the text stops being JSON.
    try {
      locateJsonPointers(text, new Set());
    } catch (syntax) {
      if (syntax instanceof JsonSyntaxError) {
        const position = lineColumnsOf(text, [syntax.offset]).get(syntax.offset)!;
        return { ok: false, issues: [{ pointer: "", message: `Not valid JSON: ${syntax.message}.`, ...position }] };
      }
    }
    return { ok: false, issues: [atStart(`Not valid JSON: ${(error as Error).message}`)] };
  }
  return {
    ok: true,
    parsed: {
      format: "json",
      document,
      locate(pointers) {
        const found = locateJsonPointers(text, new Set(pointers.flatMap(ancestorsOf)));
        return withLineColumns(
          text,
          nearestLocated(pointers, (pointer) => found.get(pointer)),
        );
      },
    },
  };
}

/**
 * YAML is read by js-yaml (several times faster than the `yaml` package on large documents, see decision 022);
 * the position-keeping `yaml` document is only built when an issue has to be located.
 */
function readYaml(text: string, maxExpandedNodes: number): ReadContractTextResult {
  let document: unknown;
  try {
    document = loadYaml(text, YAML_LOAD_OPTIONS);
  } catch (error) {
    if (error instanceof YAMLException) {
      return { ok: false, issues: [{ pointer: "", message: `Not valid YAML: ${error.reason}.`, line: error.mark.line + 1, column: error.mark.column + 1 }] };
    }
    throw error;
  }
  // Without an anchor there is no alias, so the walk is skipped for most documents.
  if (text.includes("&")) {
    const expansion = measureAliasExpansion(document, maxExpandedNodes);
    if (!expansion.ok) {
      return {
        ok: false,
        issues: [
          atStart(
            expansion.reason === "cycle"
              ? "Not valid here: a YAML alias refers to a node that contains it, so the document never ends."
              : `Not valid here: the YAML aliases expand to more than ${maxExpandedNodes.toLocaleString("en")} nodes.`,
          ),
        ],
      };
    }
  }
  return { ok: true, parsed: { format: "yaml", document, locate: (pointers) => locateYamlPointers(text, pointers) } };
}

/** Reads contract text as JSON or YAML; never throws for any input text. */
export function readContractText(text: string, options: ReadContractTextOptions = {}): ReadContractTextResult {
  if (text.trim() === "") return { ok: false, issues: [atStart("The document is empty.")] };
  try {
    return detectContractTextFormat(text) === "json" ? readJson(text) : readYaml(text, options.maxExpandedNodes ?? MAX_EXPANDED_NODES);
  } catch (error) {
    // js-yaml and the alias walk recurse: a pathologically deep document is refused, not a server error.
    if (error instanceof RangeError) return { ok: false, issues: [atStart("The document is nested too deeply to be read.")] };
    throw error;
  }
}
