import { z } from "zod";
import { recordLinkFields, recordLinkOutputFields } from "@/lib/catalog/links/schemas";
import { referenceTo } from "@/lib/validation/filter-reference";
import { zCursorPageQuery } from "@/lib/pagination/cursor";
import { emptyAsUndefined } from "@/lib/validation/primitives";
import { zArchivedFilter } from "@/lib/catalog/archived-filter";

export const CONTRACT_TYPES = ["openapi", "asyncapi", "json_schema", "other"] as const;
export const CONTRACT_VERSION_STATUSES = ["draft", "proposed", "approved", "active", "deprecated", "retired"] as const;
/**
 * The statuses set directly on a version: registering what exists (a draft, or a version already live). A new
 * version of a contract in use goes through review (lib/reviews), deprecation and retirement through a deprecation
 * (lib/deprecations), so that consumers are told; neither can be skipped by setting a status here.
 */
export const DIRECT_VERSION_STATUSES = ["draft", "active"] as const;
export const CONTRACT_SORTS = ["name", "updated", "created"] as const;

/** A spec document may be up to 10 MB; the API body limit adds room for the JSON envelope around it. */
export const MAX_SPEC_BYTES = 10 * 1024 * 1024;
export const MAX_VERSION_BODY_BYTES = MAX_SPEC_BYTES + 1024 * 1024;

// An HTML form submits an empty field as "": that means "no filter" / "none", not an invalid value.
const emptyAsNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

export const zContractType = z.enum(CONTRACT_TYPES);
export const zContractVersionStatus = z.enum(CONTRACT_VERSION_STATUSES);
export const zDirectVersionStatus = z.enum(DIRECT_VERSION_STATUSES, {
  error: "Choose draft or active: a version is deprecated or retired by a deprecation, and proposed or approved by a review.",
});

export const zContractSlug = z
  .string()
  .trim()
  .min(2, "At least 2 characters.")
  .max(80, "At most 80 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Lower-case letters, digits and single hyphens, e.g. customer-api.");

const zRecordId = (what: string) =>
  z
    .string({ error: `Choose ${what}.` })
    .trim()
    .min(1, `Choose ${what}.`)
    .max(100);
const zOptionalReference = z.preprocess(emptyAsNull, z.string().trim().max(100).nullable().optional());
const zDescription = z.preprocess(emptyAsNull, z.string().trim().max(5000, "At most 5,000 characters.").nullable().optional());

/** The largest contract (without its versions) the API accepts as JSON. */
export const CONTRACT_BODY_BYTES = 64 * 1024;

export const zCreateContractInput = z.strictObject({
  slug: zContractSlug,
  name: z.string().trim().min(2, "At least 2 characters.").max(200, "At most 200 characters."),
  description: zDescription,
  type: zContractType,
  ownerTeamId: zRecordId("the owning team"),
  integrationId: zOptionalReference,
  systemId: zOptionalReference,
  ...recordLinkFields,
});
export type CreateContractInput = z.infer<typeof zCreateContractInput>;

/** Slug and type are fixed once created: URLs and every version's validation depend on them. */
export const zUpdateContractInput = zCreateContractInput.omit({ slug: true, type: true }).partial();
export type UpdateContractInput = z.infer<typeof zUpdateContractInput>;

/** Shared with the catalog export file, so that an exported version always imports back. */
export const CONTRACT_VERSION_TEXT_LIMITS = { changelog: 10_000, glossaryField: 300, glossaryMeaning: 4000, glossaryRules: 4000 } as const;

export const zGlossaryEntryInput = z.strictObject({
  field: z.string().trim().min(1, "Name the field.").max(CONTRACT_VERSION_TEXT_LIMITS.glossaryField),
  meaning: z.string().trim().min(3, "Say what the field means.").max(CONTRACT_VERSION_TEXT_LIMITS.glossaryMeaning),
  rules: z.preprocess(emptyAsNull, z.string().trim().max(CONTRACT_VERSION_TEXT_LIMITS.glossaryRules).nullable().optional()),
});
export const zGlossary = z
  .array(zGlossaryEntryInput)
  .max(1000, "At most 1,000 glossary entries per version.")
  .refine((entries) => new Set(entries.map((e) => e.field)).size === entries.length, "Each field appears once in the glossary.");
export type GlossaryEntryInput = z.infer<typeof zGlossaryEntryInput>;

export const zVersionNumber = z
  .string()
  .trim()
  .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, "A semantic version, e.g. 2.1.0.");

export const zCreateVersionInput = z.strictObject({
  version: zVersionNumber,
  status: zDirectVersionStatus.default("draft"),
  specText: z
    .string({ error: "Paste or upload the spec document." })
    .min(1, "Paste or upload the spec document.")
    .refine((text) => text.length <= MAX_SPEC_BYTES && new TextEncoder().encode(text).length <= MAX_SPEC_BYTES, "The document is larger than 10 MB."),
  changelog: z.preprocess(emptyAsNull, z.string().trim().max(CONTRACT_VERSION_TEXT_LIMITS.changelog).nullable().optional()),
  glossary: zGlossary.default([]),
});
export type CreateVersionInput = z.input<typeof zCreateVersionInput>;

/** A version's status, changelog and glossary (a glossary may be long); the document itself never changes. */
export const VERSION_UPDATE_BODY_BYTES = 2 * 1024 * 1024;

export const zUpdateVersionInput = z.strictObject({
  status: zDirectVersionStatus.optional(),
  changelog: z.preprocess(emptyAsNull, z.string().trim().max(CONTRACT_VERSION_TEXT_LIMITS.changelog).nullable().optional()),
  glossary: zGlossary.optional(),
});
export type UpdateVersionInput = z.infer<typeof zUpdateVersionInput>;

const zListFilters = {
  q: z.preprocess(emptyAsUndefined, z.string().trim().max(200).optional()),
  type: z.preprocess(emptyAsUndefined, zContractType.optional()),
  team: referenceTo(z.preprocess(emptyAsUndefined, z.string().max(100).optional()), "team-id"),
  status: z.preprocess(emptyAsUndefined, zContractVersionStatus.optional()),
  system: referenceTo(z.preprocess(emptyAsUndefined, z.string().max(100).optional()), "system-id"),
  integration: referenceTo(z.preprocess(emptyAsUndefined, z.string().max(100).optional()), "integration-id"),
  /** "missing": no version of the contract has a spec document (the dashboard's "contracts without a spec"). */
  spec: z.preprocess(emptyAsUndefined, z.enum(["missing"]).optional()),
  archived: zArchivedFilter,
};

/** The contracts list's state, all of it in the URL so a filtered, sorted page can be shared. */
export const zContractListQuery = z.object({
  ...zListFilters,
  sort: z.preprocess(emptyAsUndefined, z.enum(CONTRACT_SORTS).default("name")),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type ContractListQuery = z.infer<typeof zContractListQuery>;
export type ContractFilters = Omit<ContractListQuery, "sort" | "page">;

export const zContractApiListQuery = z.strictObject({
  ...zListFilters,
  sort: z.preprocess(emptyAsUndefined, z.enum(["name", "updated"]).default("name")),
  ...zCursorPageQuery.shape,
});
export type ContractApiListQuery = z.infer<typeof zContractApiListQuery>;

const zRef = z.object({ id: z.string(), name: z.string() });

export const zContractOutput = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  type: zContractType,
  ownerTeam: zRef.nullable(),
  integration: z.object({ id: z.string(), key: z.string(), name: z.string() }).nullable(),
  system: z.object({ id: z.string(), slug: z.string(), name: z.string() }).nullable(),
  latestVersion: z.object({ version: z.string(), status: zContractVersionStatus }).nullable(),
  versionCount: z.number().int(),
  ...recordLinkOutputFields,
  archivedAt: z.date().nullable(),
  archiveReason: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type ContractOutput = z.infer<typeof zContractOutput>;

export const zGlossaryEntryOutput = z.object({ id: z.string(), field: z.string(), meaning: z.string(), rules: z.string().nullable() });

export const zContractVersionOutput = z.object({
  id: z.string(),
  contractId: z.string(),
  version: z.string(),
  status: zContractVersionStatus,
  changelog: z.string().nullable(),
  publishedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  glossary: z.array(zGlossaryEntryOutput),
  consumerCount: z.number().int(),
});
export type ContractVersionOutput = z.infer<typeof zContractVersionOutput>;

export const zContractVersionWithSpecOutput = zContractVersionOutput.extend({ specText: z.string().nullable() });
export type ContractVersionWithSpecOutput = z.infer<typeof zContractVersionWithSpecOutput>;

export const zContractPageOutput = z.object({ items: z.array(zContractOutput), nextCursor: z.string().nullable() });

export const zVersionApiListQuery = z.strictObject({
  status: z.preprocess(emptyAsUndefined, zContractVersionStatus.optional()),
  ...zCursorPageQuery.shape,
});
export type VersionApiListQuery = z.infer<typeof zVersionApiListQuery>;
export const zContractVersionPageOutput = z.object({ items: z.array(zContractVersionOutput), nextCursor: z.string().nullable() });

/** A version page's query: `find` filters its operations, channels and schemas (longer text is cut, not refused). */
export const zVersionPageQuery = z.object({
  find: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .transform((text) => text.slice(0, 200))
      .optional(),
  ),
});
