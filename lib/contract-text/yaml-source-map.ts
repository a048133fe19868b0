import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from "yaml";
import { nearestLocated } from "@/lib/contract-text/nearest-located";
import type { TextPosition } from "@/lib/contract-text/read-contract-text";

function decodeSegment(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

const keyText = (key: unknown) => String(isScalar(key) ? key.value : key);
// With merge keys on, the `yaml` package gives a `<<` key a symbol value; its source text is still "<<".
const isMergeKey = (key: unknown) => isScalar(key) && key.source === "<<";

/** Follows aliases to the node they name, as the reader does when it builds the document. */
function resolved(doc: Document, node: unknown): unknown {
  let current = node;
  for (let hops = 0; isAlias(current) && hops < 100; hops++) current = current.resolve(doc);
  return current;
}

/**
 * The value of `key` in a mapping: its own pair first, then the mappings merged into it with `<<` (in order, as
 * merge keys apply), so a pointer into a merged property lands on the line where the base writes it.
 */
function valueInMap(doc: Document, map: unknown, key: string, depth = 0): unknown {
  if (!isMap(map) || depth > 50) return undefined;
  const own = map.items.find((item) => keyText(item.key) === key);
  if (own) return own.value;
  for (const item of map.items) {
    if (!isMergeKey(item.key)) continue;
    const source = resolved(doc, item.value);
    const sources = isSeq(source) ? source.items.map((entry) => resolved(doc, entry)) : [source];
    for (const merged of sources) {
      const found = valueInMap(doc, merged, key, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function yamlNodeAt(doc: Document, pointer: string): YamlNode | undefined {
  let node: unknown = resolved(doc, doc.contents);
  for (const raw of pointer === "" ? [] : pointer.slice(1).split("/")) {
    const segment = decodeSegment(raw);
    // Keys such as 200 are numbers in YAML but strings once read: they are compared by their text.
    if (isMap(node)) node = valueInMap(doc, node, segment);
    else if (isSeq(node)) node = node.items[Number(segment)];
    else return undefined;
    node = resolved(doc, node);
    if (node === undefined || node === null) return undefined;
  }
  return node as YamlNode;
}

/** Line and column of each pointer in YAML text (slow: only called when there is an issue to show). */
export function locateYamlPointers(text: string, pointers: readonly string[]): Map<string, TextPosition> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, merge: true, uniqueKeys: false });
  const offsets = nearestLocated(pointers, (pointer) => yamlNodeAt(doc, pointer)?.range?.[0]);
  return new Map(
    [...offsets].map(([pointer, offset]) => {
      const { line, col } = lineCounter.linePos(offset);
      return [pointer, { line, column: col }];
    }),
  );
}
