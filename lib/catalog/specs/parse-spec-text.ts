import { load as loadYaml, YAMLException } from "js-yaml";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from "yaml";
import { JsonSyntaxError, lineColumnsOf, locateJsonPointers } from "@/lib/catalog/specs/json-source-map";
import type { SpecIssue } from "@/lib/catalog/specs/spec-issue";

export type SpecFormat = "json" | "yaml";

export interface ParsedSpecText {
  format: SpecFormat;
  document: unknown;
  /** Line and column of the value at each pointer, or of its nearest existing ancestor when it is missing. */
  locate(pointers: readonly string[]): Map<string, { line: number; column: number }>;
}

export type ParseSpecTextResult = { ok: true; parsed: ParsedSpecText } | { ok: false; issues: SpecIssue[] };

/** JSON when the text starts like JSON, YAML otherwise (YAML 1.2 would also read JSON, but 20 times slower). */
export function detectSpecFormat(text: string): SpecFormat {
  return /^\s*[{[]/.test(text) ? "json" : "yaml";
}

function ancestorsOf(pointer: string): string[] {
  const chain = [pointer];
  let current = pointer;
  while (current !== "") {
    current = current.slice(0, current.lastIndexOf("/"));
    chain.push(current);
  }
  return chain;
}

/** Resolves each pointer to its deepest located ancestor (itself when present). */
function nearestLocated(pointers: readonly string[], offsetOf: (pointer: string) => number | undefined): Map<string, number> {
  const offsets = new Map<string, number>();
  for (const pointer of pointers) {
    for (const candidate of ancestorsOf(pointer)) {
      const offset = offsetOf(candidate);
      if (offset !== undefined) {
        offsets.set(pointer, offset);
        break;
      }
    }
  }
  return offsets;
}

function withLineColumns(text: string, offsets: Map<string, number>) {
  const positions = lineColumnsOf(text, [...offsets.values()]);
  return new Map([...offsets].map(([pointer, offset]) => [pointer, positions.get(offset)!]));
}

function parseJson(text: string): ParseSpecTextResult {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    try {
      locateJsonPointers(text, new Set());
    } catch (syntax) {
      if (syntax instanceof JsonSyntaxError) {
        const position = lineColumnsOf(text, [syntax.offset]).get(syntax.offset)!;
        return { ok: false, issues: [{ pointer: "", message: `Not valid JSON: ${syntax.message}.`, ...position }] };
      }
    }
    return { ok: false, issues: [{ pointer: "", message: `Not valid JSON: ${(error as Error).message}`, line: 1, column: 1 }] };
  }
  return {
    ok: true,
    parsed: {
      format: "json",
      document,
      locate(pointers) {
        const wanted = new Set(pointers.flatMap(ancestorsOf));
        const found = locateJsonPointers(text, wanted);
        return withLineColumns(text, nearestLocated(pointers, (p) => found.get(p)));
      },
    },
  };
}

function decodeSegment(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

function yamlNodeAt(doc: Document, pointer: string): YamlNode | undefined {
  let node: unknown = doc.contents;
  for (const raw of pointer === "" ? [] : pointer.slice(1).split("/")) {
    const segment = decodeSegment(raw);
    if (isMap(node)) {
      // Keys such as 200 are numbers in YAML but strings once converted to JSON: compare their text.
      const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === segment);
      node = pair?.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
    } else {
      return undefined;
    }
    if (node === undefined || node === null) return undefined;
  }
  return node as YamlNode;
}

/**
 * YAML is read with js-yaml, which is about ten times faster than `yaml`'s document API on large specs; the
 * position-keeping `yaml` document is only built when an issue has to be located.
 */
function parseYaml(text: string): ParseSpecTextResult {
  let document: unknown;
  try {
    document = loadYaml(text, { json: false });
  } catch (error) {
    if (error instanceof YAMLException) {
      return { ok: false, issues: [{ pointer: "", message: `Not valid YAML: ${error.reason}.`, line: error.mark.line + 1, column: error.mark.column + 1 }] };
    }
    throw error;
  }
  return {
    ok: true,
    parsed: {
      format: "yaml",
      document,
      locate(pointers) {
        const lineCounter = new LineCounter();
        const doc = parseDocument(text, { lineCounter });
        const offsets = nearestLocated(pointers, (p) => yamlNodeAt(doc, p)?.range?.[0]);
        return new Map(
          [...offsets].map(([pointer, offset]) => {
            const { line, col } = lineCounter.linePos(offset);
            return [pointer, { line, column: col }];
          }),
        );
      },
    },
  };
}

export function parseSpecText(text: string): ParseSpecTextResult {
  if (text.trim() === "") return { ok: false, issues: [{ pointer: "", message: "The document is empty.", line: 1, column: 1 }] };
  return detectSpecFormat(text) === "json" ? parseJson(text) : parseYaml(text);
}
