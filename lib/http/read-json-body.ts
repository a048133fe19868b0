import type { z } from "zod";
import { HttpError } from "@/lib/http/http-error";
import { validationProblem } from "@/lib/http/domain-problem";
import { problem } from "@/lib/http/problem-details";

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Reads and validates a JSON body: 415 for another media type, 413 when too large, 400 when malformed, 422 when invalid. */
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
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new HttpError(problem(413, `The body is larger than ${maxBytes} bytes.`));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new HttpError(problem(400, `The body is not valid JSON: ${(error as Error).message}`));
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new HttpError(validationProblem(parsed.error));
  return parsed.data;
}
