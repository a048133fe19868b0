import { isUtf8 } from "node:buffer";
import { badCharacterIn, type BadCharacter } from "@/lib/validation/text-characters";
import { HttpError } from "@/lib/http/http-error";
import { pointerFromPath, problem } from "@/lib/http/problem-details";

/** Where in a JSON body decoded with U+FFFD replacements the first replacement sits (the field sent as bad UTF-8). */
export function findReplacementCharacter(value: unknown, path: (string | number)[] = []): string | null {
  if (typeof value === "string") return value.includes("\ufffd") ? pointerFromPath(path) : null;
  const entries = Array.isArray(value)
    ? value.map((child, index) => [index, child] as const)
    : value !== null && typeof value === "object"
      ? Object.entries(value)
      : [];
  for (const [key, child] of entries) {
    if (typeof key === "string" && key.includes("\ufffd")) return pointerFromPath([...path, key]);
    const found = findReplacementCharacter(child, [...path, key]);
    if (found) return found;
  }
  return null;
}

/**
 * A text body (a CSV file) decoded as UTF-8; 422 naming the line when it is not UTF-8 or holds a character no
 * field may hold (tabs and line breaks are fine).
 */
export function decodeCleanText(bytes: Uint8Array): string {
  const text = new TextDecoder().decode(bytes);
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const detail =
      lines[index].includes("\ufffd") && !isUtf8(bytes) ? "is not valid UTF-8 (an overlong, truncated or invalid byte sequence)" : badCharacterIn(lines[index]);
    if (detail)
      throw new HttpError(problem(422, `Line ${index + 1} of the file ${detail}.`, { errors: [{ pointer: "", detail: `line ${index + 1} ${detail}` }] }));
  }
  return text;
}

/** 422 problem details for one bad input: "Field /name …", "Query parameter /q …" or "Path parameter /id …". */
export function badCharacterProblem(found: BadCharacter, source: "body" | "query" | "path"): HttpError {
  const what = source === "body" ? "Field" : source === "query" ? "Query parameter" : "Path parameter";
  return new HttpError(problem(422, `${what} ${found.pointer} is invalid: it ${found.detail}.`, { errors: [found] }));
}

/**
 * Refuses a URL whose query string or path parameters hold text no field may hold: control characters, NUL,
 * lone surrogates, or percent-encoded bytes that are not UTF-8 (overlong or truncated sequences, which
 * URLSearchParams would silently turn into U+FFFD). `params` are the route's decoded path parameters.
 */
export function assertCleanUrl(request: Request, params: unknown): void {
  const url = new URL(request.url);
  for (const pair of url.search.slice(1).split("&")) {
    if (pair === "") continue;
    const separator = pair.indexOf("=");
    const rawName = separator === -1 ? pair : pair.slice(0, separator);
    const rawValue = separator === -1 ? "" : pair.slice(separator + 1);
    const name = strictlyDecoded(rawName);
    const value = strictlyDecoded(rawValue);
    const pointer = pointerFromPath([name ?? rawName]);
    if (name === null || value === null) throw badCharacterProblem({ pointer, detail: "is not valid UTF-8 once percent-decoded" }, "query");
    const detail = badCharacterIn(name) ?? badCharacterIn(value);
    if (detail) throw badCharacterProblem({ pointer, detail }, "query");
  }
  if (params !== null && typeof params === "object") {
    for (const [name, value] of Object.entries(params)) {
      for (const segment of Array.isArray(value) ? value : [value]) {
        if (typeof segment !== "string") continue;
        const detail = badCharacterIn(segment) ?? (segment.includes("\ufffd") ? "is not valid UTF-8 once percent-decoded" : null);
        if (detail) throw badCharacterProblem({ pointer: pointerFromPath([name]), detail }, "path");
      }
    }
  }
}

/** A percent-encoded URL component decoded as UTF-8 (with `+` as a space, as forms send it), or null when invalid. */
function strictlyDecoded(component: string): string | null {
  try {
    return decodeURIComponent(component.replace(/\+/g, " "));
  } catch {
    return null;
  }
}
