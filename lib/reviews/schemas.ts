import { z } from "zod";
import { zDataRulesInput } from "@/lib/data-contracts/schemas";
import { referenceTo } from "@/lib/validation/filter-reference";
import { MAX_SPEC_BYTES, zGlossary, zVersionNumber } from "@/lib/catalog/contracts/schemas";
import { GLOSSARY_CHANGE_KINDS } from "@/lib/reviews/glossary-diff";
import { zCursorPageQuery } from "@/lib/pagination/cursor";
import { emptyAsUndefined } from "@/lib/validation/primitives";
import { zStandardsReport } from "@/lib/standards/schemas";

export const CHANGE_REQUEST_STATUSES = ["draft", "in_review", "changes_requested", "approved", "rejected", "withdrawn", "published"] as const;
/**
 * Submitted and waiting for a decision: what "open" means on the Reviews page, in the API and on the executive
 * dashboard. A draft is its author's until submitted ("Mine"); "approved" rests only for an instant before publication.
 */
export const OPEN_STATUSES = ["in_review", "changes_requested", "approved"] as const satisfies readonly ChangeRequestStatus[];
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];
export const APPROVAL_KINDS = ["reviewer", "data_owner", "consumer_acknowledgement", "admin_exception"] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];
export const APPROVAL_DECISIONS = ["approved", "changes_requested", "rejected", "acknowledged"] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

export const STATUS_LABELS: Record<ChangeRequestStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  changes_requested: "Changes requested",
  approved: "Approved",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
  published: "Published",
};

/** The three views of the Reviews page: what waits for me, everything open, what I proposed. */
export const REVIEW_TABS = ["queue", "open", "mine"] as const;
export type ReviewTab = (typeof REVIEW_TABS)[number];

// An HTML form submits an empty field as "": that means "no filter" / "none", not an invalid value.
const emptyAsNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

export const zSpecText = z
  .string({ error: "Paste, upload or edit the spec document." })
  .min(1, "Paste, upload or edit the spec document.")
  .refine((text) => text.length <= MAX_SPEC_BYTES && new TextEncoder().encode(text).length <= MAX_SPEC_BYTES, "The document is larger than 10 MB.");

const zTitle = z
  .string({ error: "Give the proposal a title." })
  .trim()
  .min(3, "Give the proposal a title (at least 3 characters).")
  .max(200, "At most 200 characters.");
const zDescription = z.preprocess(emptyAsNull, z.string().trim().max(10_000, "At most 10,000 characters.").nullable().optional());
const zChangelog = z.preprocess(emptyAsNull, z.string().trim().max(10_000, "At most 10,000 characters.").nullable().optional());

export const zProposeChangeInput = z.strictObject({
  contractId: z.string({ error: "Choose the contract." }).trim().min(1, "Choose the contract.").max(100),
  title: zTitle,
  description: zDescription,
  /** Defaults to the version the diff calls for (breaking: next major, other changes: next minor, docs: next patch). */
  proposedVersion: z.preprocess(emptyAsUndefined, zVersionNumber.optional()),
  /** Absent: the current version's document, unchanged (a proposal that changes only the glossary). */
  specText: zSpecText.optional(),
  changelog: zChangelog,
  /**
   * The executable rules the new version gets (lib/data-contracts); absent or null keeps the current version's.
   * The review shows what they and the document would do to the contract's saved samples.
   */
  dataRules: zDataRulesInput.nullable().optional(),
  /** The whole glossary the new version gets; absent: the current version's, unchanged. */
  glossary: zGlossary.optional(),
  /** Send it for review at once instead of keeping a draft. */
  submit: z.boolean().default(false),
});
export type ProposeChangeInput = z.input<typeof zProposeChangeInput>;

/** Editing starts a new revision: approvals of earlier revisions stop counting. */
export const zEditChangeInput = z.strictObject({
  title: zTitle.optional(),
  description: zDescription,
  proposedVersion: z.preprocess(emptyAsUndefined, zVersionNumber.optional()),
  specText: zSpecText.optional(),
  changelog: zChangelog,
  glossary: zGlossary.optional(),
});
export type EditChangeInput = z.input<typeof zEditChangeInput>;

const zComment = z.preprocess(emptyAsNull, z.string().trim().max(5000, "At most 5,000 characters.").nullable().optional());

export const zSubmitInput = z.strictObject({ comment: zComment });
export const zApproveInput = z.strictObject({ comment: zComment });
export const zRequestChangesInput = z.strictObject({
  comment: z.string({ error: "Say what has to change." }).trim().min(3, "Say what has to change (at least 3 characters).").max(5000),
});
export const zRejectInput = z.strictObject({
  comment: z.string({ error: "Say why it is rejected." }).trim().min(3, "Say why it is rejected (at least 3 characters).").max(5000),
});
export const zWithdrawInput = z.strictObject({ comment: zComment });

/** One body for POST …/approvals: the reviewer's decision on the current revision. */
export const zDecisionInput = z.strictObject({
  decision: z.enum(["approved", "changes_requested", "rejected"], { error: "Decide approved, changes_requested or rejected." }),
  comment: zComment,
});
export type DecisionInput = z.input<typeof zDecisionInput>;

export const zAcknowledgeInput = z.strictObject({
  consumerId: z.string({ error: "Choose the consumer you acknowledge for." }).trim().min(1, "Choose the consumer you acknowledge for.").max(100),
  comment: zComment,
});

export const MAX_EXCEPTION_DAYS = 180;

/** `now` is injected so that "expires in the future" is testable and the form can say the same thing. */
export const zExceptionInput = (now: Date = new Date()) =>
  z.strictObject({
    reason: z
      .string({ error: "Say why the change may go ahead without what the exception stands in for." })
      .trim()
      .min(10, "Say why (at least 10 characters).")
      .max(2000),
    expiresAt: z.coerce
      .date({ error: "Give the date the exception expires." })
      .refine((date) => date.getTime() > now.getTime(), "The expiry must be in the future.")
      .refine((date) => date.getTime() <= now.getTime() + MAX_EXCEPTION_DAYS * 86_400_000, `At most ${MAX_EXCEPTION_DAYS} days from now.`),
  });
export type ExceptionInput = z.input<ReturnType<typeof zExceptionInput>>;

export const zCommentInput = z.strictObject({
  body: z.string({ error: "Write a comment." }).trim().min(1, "Write a comment.").max(5000, "At most 5,000 characters."),
  /** A change's location (JSON pointer) the comment is about. */
  location: z.preprocess(emptyAsNull, z.string().trim().max(2000).nullable().optional()),
});
export type CommentInput = z.input<typeof zCommentInput>;

export const zCheckCandidateInput = z.strictObject({
  specText: zSpecText,
  /** The version the candidate would be published as; checked against the change's required bump. */
  version: z.preprocess(emptyAsUndefined, zVersionNumber.optional()),
});
export type CheckCandidateInput = z.input<typeof zCheckCandidateInput>;

const zFilters = {
  q: z.preprocess(emptyAsUndefined, z.string().trim().max(200).optional()),
  contract: referenceTo(z.preprocess(emptyAsUndefined, z.string().trim().max(100).optional()), "contract-id-or-slug"),
  status: z.preprocess(emptyAsUndefined, z.enum(CHANGE_REQUEST_STATUSES).optional()),
  breaking: z.preprocess(emptyAsUndefined, z.enum(["yes", "no"]).optional()),
};

/** The Reviews page's state, all of it in the URL so a filtered list can be shared. */
export const zReviewListQuery = z.object({
  tab: z.preprocess(emptyAsUndefined, z.enum(REVIEW_TABS).default("queue")),
  ...zFilters,
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type ReviewListQuery = z.infer<typeof zReviewListQuery>;

export const zReviewApiListQuery = z.strictObject({
  tab: z.preprocess(emptyAsUndefined, z.enum(["open", "mine", "all"]).default("all")),
  ...zFilters,
  ...zCursorPageQuery.shape,
});
export type ReviewApiListQuery = z.infer<typeof zReviewApiListQuery>;

// ---------------------------------------------------------------------------------------------------------------
// Outputs
// ---------------------------------------------------------------------------------------------------------------

const zPerson = z.object({ id: z.string(), name: z.string(), email: z.string() });

export const zChangeSummaryOutput = z.object({
  severity: z.enum(["breaking", "warning", "non-breaking", "informational"]).describe("warning: may break some clients (oasdiff's WARN level)."),
  kind: z.string().describe('The change id; README "Contract change ids" lists them with their severity.'),
  message: z.string(),
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
});

export const zVersionCheckOutput = z.object({
  baseVersion: z.string(),
  proposedVersion: z.string(),
  requiredBump: z.enum(["major", "minor", "patch", "none"]),
  satisfied: z.boolean(),
  suggestedVersion: z.string().nullable(),
  /** Where the proposed version came from: the request body, the candidate's info.version, or derived from the latest active version. */
  source: z.enum(["body", "document", "derived"]).optional(),
});

export const zAffectedConsumerOutput = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  owner: z.string().nullable(),
  capabilities: z.array(z.string()),
  touched: z.boolean(),
  broken: z.boolean(),
  atRisk: z.boolean().optional().describe("A warning (may break some clients) touches it but no field it declared: no acknowledgement is required."),
  changes: z.number().int().describe("How many changes touch the fields it declared."),
  meaningChanges: z.array(z.string()).optional().describe("Fields it declared whose meaning or rules the proposal changes: its owner acknowledges them."),
});

export const zGlossaryChangeOutput = z.object({
  field: z.string(),
  kind: z.enum(GLOSSARY_CHANGE_KINDS).describe("meaning_changed also when the rules changed with it; rules_changed when only the rules did."),
  before: z.object({ meaning: z.string(), rules: z.string().nullable() }).nullable(),
  after: z.object({ meaning: z.string(), rules: z.string().nullable() }).nullable(),
});

export const zImpactSummaryOutput = z.object({
  consumers: z.number().int(),
  touched: z.number().int(),
  broken: z.number().int(),
  /** Consumers that declared a field whose meaning or rules change. */
  meaningChanged: z.number().int().optional(),
  /** Business capabilities the broken consumers feed, with how many of them feed each. */
  brokenCapabilities: z.array(z.object({ name: z.string(), consumers: z.number().int() })),
  sentence: z.string(),
});

export const zCheckResultOutput = z.object({
  contract: z.object({ id: z.string(), slug: z.string() }),
  baseVersion: z.string().nullable(),
  verdict: z.enum(["breaking", "warning", "non-breaking", "informational", "no-changes", "first-version"]),
  counts: z.object({ breaking: z.number().int(), warning: z.number().int(), "non-breaking": z.number().int(), informational: z.number().int() }),
  versionCheck: zVersionCheckOutput.nullable(),
  changes: z.array(zChangeSummaryOutput),
  impact: zImpactSummaryOutput,
  affectedConsumers: z.array(zAffectedConsumerOutput),
  standards: zStandardsReport.nullable().describe("The API standards' findings of the candidate and what it introduces and fixes against the base."),
});
export type CheckResultOutput = z.infer<typeof zCheckResultOutput>;

export const zChangeRequestListItem = z.object({
  id: z.string(),
  number: z.number().int(),
  title: z.string(),
  status: z.enum(CHANGE_REQUEST_STATUSES),
  contract: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  baseVersion: z.string().nullable(),
  proposedVersion: z.string(),
  revision: z.number().int(),
  breakingCount: z.number().int(),
  changeCount: z.number().int(),
  author: zPerson,
  submittedAt: z.date().nullable(),
  decidedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type ChangeRequestListItem = z.infer<typeof zChangeRequestListItem>;

export const zChangeRequestPageOutput = z.object({ items: z.array(zChangeRequestListItem), nextCursor: z.string().nullable() });

export const zApprovalOutput = z.object({
  id: z.string(),
  revision: z.number().int(),
  kind: z.enum(APPROVAL_KINDS),
  decision: z.enum(APPROVAL_DECISIONS),
  user: zPerson,
  consumerId: z.string().nullable(),
  comment: z.string().nullable(),
  exceptionReason: z.string().nullable(),
  exceptionExpiresAt: z.date().nullable(),
  createdAt: z.date(),
});

export const zReviewStepOutput = z.object({
  kind: z.enum(["reviewer", "data_owner", "consumer_acknowledgement", "standards_exception"]),
  label: z.string(),
  satisfied: z.boolean(),
  satisfiedBy: z.string().nullable().describe("How it was satisfied: who approved, or the admin exception."),
  waitingFor: z.string().describe("Who may act on it while it is open."),
  consumerId: z.string().nullable(),
});

export const zChangeRequestOutput = zChangeRequestListItem.extend({
  description: z.string().nullable(),
  changelog: z.string().nullable(),
  publishedVersion: z.string().nullable(),
  approvals: z.array(zApprovalOutput),
  steps: z.array(zReviewStepOutput),
  policySatisfied: z.boolean(),
  impact: zImpactSummaryOutput,
  affectedConsumers: z.array(zAffectedConsumerOutput),
  versionCheck: zVersionCheckOutput.nullable(),
  standards: zStandardsReport.nullable().describe("The API standards' findings of the proposed document and what it introduces and fixes."),
  glossaryChanges: z.array(zGlossaryChangeOutput).describe("What the proposal changes in the glossary: the meaning of fields, next to the document's changes."),
});
export type ChangeRequestOutput = z.infer<typeof zChangeRequestOutput>;

export const zCommentOutput = z.object({ id: z.string(), author: zPerson, body: z.string(), location: z.string().nullable(), createdAt: z.date() });
export const zCommentListOutput = z.object({ items: z.array(zCommentOutput) });

export const zCheckAnswerOutput = zCheckResultOutput.extend({ suggestedVersion: z.string().describe("The version the changes call for.") });

export const zChangeRequestDetailOutput = zChangeRequestOutput.extend({
  changes: z.array(zChangeSummaryOutput),
  actions: z
    .object({
      edit: z.boolean(),
      submit: z.boolean(),
      withdraw: z.boolean(),
      approve: z.boolean(),
      requestChanges: z.boolean(),
      reject: z.boolean(),
      acknowledge: z.array(z.string()).describe("Consumer ids the caller may acknowledge the break for."),
      grantException: z.boolean(),
    })
    .describe("What the caller may do now, as the review policy decides."),
});
