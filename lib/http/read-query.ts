import type { z } from "zod";
import { HttpError } from "@/lib/http/http-error";
import { validationProblem } from "@/lib/http/problem-details";

/** Parses a request's query string with a schema; an invalid or unknown parameter answers 422 naming it. */
export function readQuery<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw new HttpError(validationProblem(parsed.error, "query"));
  return parsed.data;
}
