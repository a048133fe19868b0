import { z } from "zod";
import type { ContractChange } from "@/lib/contract-diff";
import type { StoredDiff } from "@/lib/reviews/diff-snapshot";
import { jsonColumnSchema } from "@/lib/db/json-column";

// ChangeRequest.diff is a JSON column: it is read back through this schema, so a row without the shape the review
// pages expect fails at the repository with the field that is wrong, not as an undefined deep in a page.

const zContractChange = jsonColumnSchema<ContractChange>()(
  z.object({
    severity: z.enum(["breaking", "warning", "non-breaking", "informational"]),
    kind: z.string(),
    location: z.object({
      pointer: z.string(),
      path: z.string().optional(),
      operation: z.string().optional(),
      parameter: z.string().optional(),
      channel: z.string().optional(),
      message: z.string().optional(),
      field: z.string().optional(),
      side: z.enum(["request", "response"]).optional(),
    }),
    message: z.string(),
  }),
);

export const zStoredDiff = jsonColumnSchema<StoredDiff>()(
  z.object({
    format: z.enum(["openapi", "asyncapi", "json_schema"]),
    breaking: z.boolean(),
    counts: z.object({ breaking: z.number(), warning: z.number().optional(), "non-breaking": z.number(), informational: z.number() }),
    changes: z.array(zContractChange),
    fragments: z.record(z.string(), z.object({ base: z.string().nullable(), proposed: z.string().nullable() })),
  }),
);
