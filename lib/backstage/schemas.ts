import { z } from "zod";
import { COUNTED } from "@/lib/backstage/plan-import";

/** The largest catalog file an upload may carry: thousands of entities with inline definitions. */
export const BACKSTAGE_FILE_BYTES = 20 * 1024 * 1024;

export const zBackstageImportQuery = z.object({
  dryRun: z.enum(["true", "false"]).optional().describe("`true`: report what would change and every entity's problems, writing nothing."),
  file: z.string().trim().max(200).optional().describe("The uploaded file's name, shown in the report (default catalog-info.yaml)."),
});

export const zBackstageLocationImportInput = z.strictObject({
  path: z.string().trim().min(1, "Required.").max(1000).describe("The catalog file, relative to BACKSTAGE_LOCATIONS_ROOT, e.g. team-a/catalog-info.yaml."),
  dryRun: z.boolean().default(false),
});

const zCounts = z.object(Object.fromEntries(COUNTED.map((what) => [what, z.number().int()])) as Record<(typeof COUNTED)[number], z.ZodNumber>);

export const zBackstageImportReport = z.object({
  dryRun: z.boolean(),
  entities: z.number().int().describe("Documents read, including those that are not importable entities."),
  errors: z.number().int().describe("Entities with an error; any error refuses the import as a whole."),
  created: zCounts,
  updated: zCounts,
  results: z.array(
    z.object({
      ref: z.string().nullable().describe("kind:namespace/name, when the document names an entity."),
      kind: z.string().nullable(),
      file: z.string(),
      document: z.number().int().describe("1-based position of the document in its file; 0 when the file itself could not be read."),
      record: z.enum(["team", "person", "system", "contract"]).nullable(),
      action: z.enum(["create", "update", "unchanged", "grouping", "skipped", "error"]),
      errors: z.array(z.string()),
      warnings: z.array(z.string()),
    }),
  ),
});
export type BackstageImportReport = z.infer<typeof zBackstageImportReport>;
