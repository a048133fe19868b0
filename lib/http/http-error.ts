import type { ProblemDetails } from "@/lib/http/problem-details";

/** An error that already knows the problem details it answers with (and any headers they need, e.g. Retry-After). */
export class HttpError extends Error {
  constructor(
    readonly details: ProblemDetails,
    readonly headers: Record<string, string> = {},
  ) {
    super(details.detail ?? details.title);
    this.name = "HttpError";
  }
}
