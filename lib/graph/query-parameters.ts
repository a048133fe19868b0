import type { z } from "zod";
import { searchParamsToObject } from "@/lib/graph/schemas";
import { invalidInputOf } from "@/lib/errors/domain-errors";

/** Validates a request's query string: 422 problem details naming the failing parameter. */
export function parseQueryParameters<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  const parsed = schema.safeParse(searchParamsToObject(new URL(request.url).searchParams));
  if (!parsed.success) throw invalidInputOf(parsed.error, "query");
  return parsed.data;
}
