import { HttpError } from "@/lib/http/http-error";
import { decodeCleanText } from "@/lib/http/input-characters";
import { problem } from "@/lib/http/problem-details";

/**
 * Reads a text body (a CSV file): 415 unless its media type matches, 413 beyond `maxBytes` (checked on the declared
 * length before reading, and on the text itself), and 422 for bytes that are not clean UTF-8 text.
 */
export async function readTextBody(
  request: Request,
  { mediaType, expected, maxBytes }: { mediaType: RegExp; expected: string; maxBytes: number },
): Promise<string> {
  if (!mediaType.test(request.headers.get("content-type") ?? "")) throw new HttpError(problem(415, `Send the file as Content-Type: ${expected}.`));
  const tooLarge = () => new HttpError(problem(413, `The file is larger than ${maxBytes} bytes; split it.`));
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) throw tooLarge();
  const text = decodeCleanText(new Uint8Array(await request.arrayBuffer()));
  if (Buffer.byteLength(text) > maxBytes) throw tooLarge();
  return text;
}
