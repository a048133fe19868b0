import { isUtf8 } from "node:buffer";
import type { z } from "zod";
import { HttpError } from "@/lib/http/http-error";
import { problem, validationProblem } from "@/lib/http/problem-details";
import { badCharacterProblem, findReplacementCharacter } from "@/lib/http/input-characters";
import { findBadCharacter } from "@/lib/validation/text-characters";

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpError(problem(400, `The body is not valid JSON: ${(error as Error).message}`));
  }
}

/**
 * Reads and validates a JSON body: 415 for another media type, 413 when too large, 400 when malformed, 422 when
 * invalid, including text no field may hold (NUL, control characters, lone surrogates, bytes that are not UTF-8).
 */
export async function readJsonBody<T extends z.ZodType>(
  request: Request,
  schema: T,
  { maxBytes = DEFAULT_MAX_BODY_BYTES }: { maxBytes?: number } = {},
): Promise<z.infer<T>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) {
    throw new HttpError(problem(415, "Send the body as JSON with Content-Type: application/json."));
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new HttpError(problem(413, `The body is larger than ${maxBytes} bytes.`));
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw new HttpError(problem(413, `The body is larger than ${maxBytes} bytes.`));
  const json = parseJson(new TextDecoder().decode(bytes));
  if (!isUtf8(bytes)) {
    // Overlong or truncated sequences would otherwise be stored as U+FFFD without a word: name the field instead.
    const pointer = findReplacementCharacter(json) ?? "";
    throw badCharacterProblem({ pointer, detail: "is not valid UTF-8 (an overlong, truncated or invalid byte sequence)" }, "body");
  }
  const bad = findBadCharacter(json);
  if (bad) throw badCharacterProblem(bad, "body");
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new HttpError(validationProblem(parsed.error));
  return parsed.data;
}
