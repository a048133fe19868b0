import { pointerFromPath } from "@/lib/errors/domain-errors";

// The characters no text field may hold, shared by the API's input check (lib/http/input-characters), the pages'
// query reader (lib/validation/query) and the server-action client (lib/actions): one rule, so a page, a form and
// the API refuse the same text.

// C0 controls except tab, line feed and carriage return (which text fields legitimately hold), DEL and the C1
// controls. NUL is the one PostgreSQL cannot store at all (text and jsonb refuse it: a 500 before this check).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one: not encodable as UTF-8.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why no field may hold this text, or null when it is fine. */
export function badCharacterIn(text: string): string | null {
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0);
    return code === 0 ? "contains a NUL character (U+0000)" : `contains the control character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  if (LONE_SURROGATE.test(text)) return "contains a lone surrogate, which is not valid Unicode";
  return null;
}

export interface BadCharacter {
  pointer: string;
  detail: string;
}

/** The first string (object keys included) in a parsed JSON value or form that no field may hold, with its JSON pointer. */
export function findBadCharacter(value: unknown, path: (string | number)[] = []): BadCharacter | null {
  if (typeof value === "string") {
    const detail = badCharacterIn(value);
    return detail ? { pointer: pointerFromPath(path), detail } : null;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findBadCharacter(value[index], [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      const keyProblem = badCharacterIn(key);
      if (keyProblem) return { pointer: pointerFromPath([...path, key]), detail: `has a member name that ${keyProblem}` };
      const found = findBadCharacter(child, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
