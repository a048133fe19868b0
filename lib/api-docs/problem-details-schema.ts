import { z } from "zod";

/** The shape of every error answer (lib/http/problem-details.ts), as the OpenAPI document describes it. */
export const zProblemDetailsDocument = z
  .object({
    type: z.string().describe("A URI identifying the problem type; `about:blank` when the status says it all."),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional().describe("What went wrong, for a person to read."),
    errors: z
      .array(z.object({ pointer: z.string().describe("JSON pointer to the failing field, e.g. `/name`."), detail: z.string() }))
      .optional()
      .describe("Each invalid field, for validation failures."),
  })
  .describe("RFC 9457 problem details");
