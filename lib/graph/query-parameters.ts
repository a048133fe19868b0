import type { z } from "zod";
import { HttpError } from "@/lib/http/http-error";
import { validationProblem } from "@/lib/http/problem-details";
import { searchParamsToObject } from "@/lib/graph/schemas";

/** Validates a request's query string: 422 problem details naming the failing parameter. */
export function parseQueryParameters<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  const parsed = schema.safeParse(searchParamsToObject(new URL(request.url).searchParams));
  if (!parsed.success) throw new HttpError(validationProblem(parsed.error, "query"));
  return parsed.data;
}
