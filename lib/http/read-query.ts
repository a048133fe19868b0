import type { z } from "zod";
import { HttpError } from "@/lib/http/http-error";
import { validationProblem } from "@/lib/http/problem-details";
import { queryRecordOf } from "@/lib/validation/query";

/**
 * Parses a request's query string with a schema, by the one rule for every endpoint (a repeated parameter is an
 * array; a schema that wants one value refuses it). An invalid or unknown parameter answers 422 naming it.
 */
export function readQuery<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  const parsed = schema.safeParse(queryRecordOf(request.url));
  if (!parsed.success) throw new HttpError(validationProblem(parsed.error, "query"));
  return parsed.data;
}
