import type { ProblemDetails } from "@/lib/http/problem-details";

/** An error that already knows the problem details it answers with. */
export class HttpError extends Error {
  constructor(readonly details: ProblemDetails) {
    super(details.detail ?? details.title);
    this.name = "HttpError";
  }
}
