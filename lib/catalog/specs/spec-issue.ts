import { z } from "zod";

/** One problem in a submitted spec document: where it is (JSON pointer, and line/column in the text) and what is wrong. */
export const zSpecIssue = z.object({
  pointer: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  message: z.string(),
});
export type SpecIssue = z.infer<typeof zSpecIssue>;

/** Validation stops collecting after this many issues: past that, a reader fixes the first ones and resubmits. */
export const MAX_SPEC_ISSUES = 50;
