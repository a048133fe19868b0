/**
 * Positions in JSON text, computed only when something must be reported (JSON.parse keeps none, and building a
 * source map for every 10 MB document would cost more than parsing it).
 */

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = "JsonSyntaxError";
  }
}

export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * Walks the text once and returns the offset where the value at each wanted JSON pointer starts. Throws
 * JsonSyntaxError at the first offset that is not JSON, which is how syntax errors get their line and column
 * (Node 20's JSON.parse messages do not always carry a position).
 */
export function locateJsonPointers(text: string, wanted: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  const path: string[] = [];
  let i = 0;

  const fail = (what: string): never => {
    const near = i < text.length ? `"${text.slice(i, i + 12)}"` : "the end of the text";
    throw new JsonSyntaxError(`${what} at ${near}`, Math.min(i, text.length));
  };
  const skipWhitespace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const readString = (): string => {
    if (text[i] !== '"') fail("Expected a string in double quotes");
    const start = i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail("Unescaped control character in a string");
      i += text[i] === "\\" ? 2 : 1;
    }
    if (i >= text.length) fail("Unterminated string");
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      i = start;
      return fail("Invalid escape sequence in a string");
    }
  };
  const expect = (char: string) => {
    skipWhitespace();
    if (text[i] !== char) fail(`Expected "${char}"`);
    i++;
  };
  const readValue = (): void => {
    skipWhitespace();
    if (wanted.size > found.size) {
      const pointer = path.length === 0 ? "" : "/" + path.join("/");
      if (wanted.has(pointer) && !found.has(pointer)) found.set(pointer, i);
    }
    const c = text[i];
    if (c === "{") {
      i++;
      skipWhitespace();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        skipWhitespace();
        path.push(escapePointerSegment(readString()));
        expect(":");
        readValue();
        path.pop();
        skipWhitespace();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        fail('Expected "," or "}" after a property');
      }
    }
    if (c === "[") {
      i++;
      skipWhitespace();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        path.push(String(index));
        readValue();
        path.pop();
        skipWhitespace();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        fail('Expected "," or "]" after an array item');
      }
    }
    if (c === '"') {
      readString();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
    if (!literal) fail("Expected a value");
    i += literal![0].length;
  };

  readValue();
  skipWhitespace();
  if (i < text.length) fail("Unexpected text after the document");
  return found;
}

/** 1-based line and column of each offset, in one pass over the text. */
export function lineColumnsOf(text: string, offsets: readonly number[]): Map<number, { line: number; column: number }> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const result = new Map<number, { line: number; column: number }>();
  let line = 1;
  let lineStart = 0;
  let position = 0;
  for (const offset of sorted) {
    for (; position < offset && position < text.length; position++) {
      if (text.charCodeAt(position) === 10) {
        line++;
        lineStart = position + 1;
      }
    }
    result.set(offset, { line, column: offset - lineStart + 1 });
  }
  return result;
}
