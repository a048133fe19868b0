import type { Metadata } from "next";
import Link from "next/link";
import { findReviewDiff } from "@/lib/reviews/find-change-requests";
import { findComments } from "@/lib/reviews/repository";
import { findSampleImpact } from "@/lib/data-contracts/find-sample-impact";
import { AuditTrail } from "@/components/audit/audit-trail";
import { AffectedConsumers } from "@/components/reviews/affected-consumers";
import { CommentForm } from "@/components/reviews/comment-form";
import { ContractDiffView, type AnchoredComment } from "@/components/reviews/contract-diff-view";
import { BreakingBadge, ChangeRequestStatusBadge } from "@/components/reviews/review-badges";
import { GlossaryChanges } from "@/components/reviews/glossary-changes";
import { ReviewActions } from "@/components/reviews/review-actions";
import { SideBySideDiff } from "@/components/reviews/side-by-side-diff";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { PageHeader } from "@/components/ui/page-header";
import { loadChangeRequest } from "./load-change-request";
import { StandardsDelta } from "@/components/standards/standards-delta";
import { SampleImpactPanel } from "@/components/data-contracts/sample-impact-panel";

export async function generateMetadata({ params }: { params: Promise<{ number: string }> }): Promise<Metadata> {
  return { title: `CR-${(await params).number}` };
}

const DECISION_LABELS = { approved: "approved", changes_requested: "requested changes", rejected: "rejected", acknowledged: "acknowledged" } as const;
const KIND_LABELS = {
  reviewer: "as reviewer",
  data_owner: "as data owner",
  consumer_acknowledgement: "for a consumer",
  admin_exception: "an admin exception",
} as const;

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? "—";
const minute = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** Where a comment anchored to a change points: a link to the change in the list when the diff shows it. */
function CommentPlace({ location, changeIndex }: { location: string; changeIndex: number | undefined }) {
  return changeIndex === undefined ? (
    <span className="font-mono"> · {location}</span>
  ) : (
    <>
      {" · "}
      <a className={buttonStyles.link} href={`#change-${changeIndex}`}>
        on a change
      </a>
    </>
  );
}

export default async function ChangeRequestPage({ params }: { params: Promise<{ number: string }> }) {
  const { db, detail } = await loadChangeRequest(params);
  const { request, actions, changes, fragments } = detail;
  const [comments, textDiff, sampleImpact] = await Promise.all([findComments(db, request.id), findReviewDiff(db, detail), findSampleImpact(db, request.id)]);
  const anchored: Record<string, AnchoredComment[]> = {};
  for (const comment of comments) {
    if (comment.location)
      (anchored[comment.location] ??= []).push({ id: comment.id, author: comment.author.name, at: minute(comment.createdAt), body: comment.body });
  }
  const changeIndexOf = new Map((textDiff?.changes ?? []).map((change, index) => [change.pointer, index] as const).reverse());
  const consumerNames = new Map(request.affectedConsumers.map((consumer) => [consumer.id, consumer.name]));
  const standardsStep = request.steps.find((step) => step.kind === "standards_exception");

  return (
    <>
      <PageHeader
        title={`CR-${request.number}: ${request.title}`}
        description={request.description ?? undefined}
        actions={
          actions.edit ? (
            <Link className={buttonStyles.secondary} href={`/reviews/${request.number}/edit`}>
              Edit the proposal
            </Link>
          ) : null
        }
      />
      <dl className="mb-6 grid gap-4 rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm sm:grid-cols-2 lg:grid-cols-5">
        <div>
          <dt className="text-xs font-medium uppercase text-slate-600">Status</dt>
          <dd className="mt-1" data-testid="request-status">
            <ChangeRequestStatusBadge status={request.status} />
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase text-slate-600">Contract</dt>
          <dd className="mt-1">
            <Link className={buttonStyles.link} href={`/catalog/contracts/${request.contract.slug}`}>
              {request.contract.name}
            </Link>
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase text-slate-600">Version</dt>
          <dd className="mt-1 font-mono text-slate-900">
            {request.baseVersion ?? "none"} → {request.proposedVersion}
            {request.publishedVersion ? " (published)" : ""}
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase text-slate-600">Changes</dt>
          <dd className="mt-1">
            <BreakingBadge breakingCount={request.breakingCount} changeCount={request.changeCount} />{" "}
            <span className="text-slate-700">{request.changeCount} in all</span>
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase text-slate-600">Proposed by</dt>
          <dd className="mt-1 text-slate-900">
            {request.author.name}, {day(request.createdAt)} · revision {request.revision}
          </dd>
        </div>
      </dl>
      {request.versionCheck && !request.versionCheck.satisfied ? (
        <p role="note" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {request.proposedVersion} is too small a step from {request.versionCheck.baseVersion}: these changes call for a {request.versionCheck.requiredBump}{" "}
          bump ({request.versionCheck.suggestedVersion}).
        </p>
      ) : null}

      <div className="mb-8 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="checklist" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="checklist" className="mb-3 text-lg font-semibold text-slate-900">
            Approvals needed
          </h2>
          <ul className="space-y-2 text-sm" data-testid="approval-checklist">
            {request.steps.map((step) => (
              <li key={`${step.kind}:${step.consumerId ?? ""}`} className="flex items-start gap-2">
                <span aria-hidden className={step.satisfied ? "text-emerald-700" : "text-slate-400"}>
                  {step.satisfied ? "✔" : "○"}
                </span>
                <span>
                  <span className="font-medium text-slate-900">{step.label}</span>{" "}
                  {step.satisfied ? <Badge tone="good">done: {step.satisfiedBy}</Badge> : <span className="text-slate-700">waiting for {step.waitingFor}</span>}
                </span>
              </li>
            ))}
          </ul>
          {request.status === "published" ? (
            <p className="mt-3 text-sm text-emerald-800">
              Published as version {request.publishedVersion} on {day(request.decidedAt)}; the previous version stays active until a deprecation says otherwise.
            </p>
          ) : null}
        </section>
        <ReviewActions number={request.number} actions={{ ...actions, acknowledge: actions.acknowledge.map(({ id, name }) => ({ id, name })) }} />
      </div>

      <section aria-labelledby="consumers" className="mb-8">
        <h2 id="consumers" className="mb-3 text-lg font-semibold text-slate-900">
          Affected consumers
        </h2>
        <AffectedConsumers impact={request.impact} consumers={request.affectedConsumers} />
      </section>

      {sampleImpact ? (
        <section aria-labelledby="saved-samples" className="mb-8">
          <h2 id="saved-samples" className="mb-3 text-lg font-semibold text-slate-900">
            Saved samples
          </h2>
          <SampleImpactPanel impact={sampleImpact} />
        </section>
      ) : null}

      {request.standards ? (
        <section aria-labelledby="standards" className="mb-8">
          <h2 id="standards" className="mb-3 text-lg font-semibold text-slate-900">
            API standards
          </h2>
          <StandardsDelta report={request.standards} />
          {standardsStep ? (
            <p className="mt-2 text-sm text-slate-800" data-testid="standards-exception-state">
              {standardsStep.satisfied
                ? `Exception: ${standardsStep.satisfiedBy}.`
                : "The review policy needs an admin exception for the new error-level violations before this can be approved, or a revision that fixes them."}
            </p>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="diff" className="mb-8">
        <h2 id="diff" className="mb-3 text-lg font-semibold text-slate-900">
          Changes
        </h2>
        {request.glossaryChanges.length > 0 ? (
          <div className="mb-6" data-testid="glossary-changes">
            <h3 className="mb-2 font-semibold text-slate-900">Meaning of fields (glossary)</h3>
            <GlossaryChanges changes={request.glossaryChanges} baseVersion={request.baseVersion} proposedVersion={request.proposedVersion} />
            <h3 className="mb-2 mt-6 font-semibold text-slate-900">Document</h3>
          </div>
        ) : null}
        {textDiff && request.baseVersion ? (
          <ContractDiffView
            number={request.number}
            diff={textDiff}
            baseVersion={request.baseVersion}
            proposedVersion={request.proposedVersion}
            comments={anchored}
          />
        ) : (
          <SideBySideDiff changes={changes} fragments={fragments} baseVersion={request.baseVersion} proposedVersion={request.proposedVersion} />
        )}
      </section>

      <div className="mb-8 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="comments" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="comments" className="mb-3 text-lg font-semibold text-slate-900">
            Comments
          </h2>
          {comments.length === 0 ? <p className="mb-3 text-sm text-slate-600">No comment yet. Ask the author or the consumer owners here.</p> : null}
          <ol className="mb-4 space-y-3">
            {comments.map((comment) => (
              <li key={comment.id} className="text-sm">
                <p className="text-xs text-slate-600">
                  {comment.author.name} · {minute(comment.createdAt)}
                  {comment.location ? <CommentPlace location={comment.location} changeIndex={changeIndexOf.get(comment.location)} /> : null}
                </p>
                <p className="whitespace-pre-line text-slate-900">{comment.body}</p>
              </li>
            ))}
          </ol>
          <CommentForm number={request.number} />
        </section>
        <section aria-labelledby="decisions" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="decisions" className="mb-3 text-lg font-semibold text-slate-900">
            Decisions
          </h2>
          {request.approvals.length === 0 ? <p className="text-sm text-slate-600">Nobody has decided yet.</p> : null}
          <ol className="space-y-2 text-sm">
            {request.approvals.map((approval) => (
              <li key={approval.id}>
                <span className="font-medium text-slate-900">{approval.user.name}</span>{" "}
                {approval.kind === "admin_exception"
                  ? `granted an admin exception until ${day(approval.exceptionExpiresAt)}: ${approval.exceptionReason}`
                  : `${DECISION_LABELS[approval.decision]} ${approval.kind === "consumer_acknowledgement" ? `for ${consumerNames.get(approval.consumerId ?? "") ?? "a consumer"}` : KIND_LABELS[approval.kind]}`}{" "}
                <span className="text-xs text-slate-600">
                  revision {approval.revision}
                  {approval.revision !== request.revision ? " (earlier: no longer counts)" : ""} · {day(approval.createdAt)}
                </span>
                {approval.comment ? <p className="whitespace-pre-line text-slate-700">“{approval.comment}”</p> : null}
              </li>
            ))}
          </ol>
        </section>
      </div>

      <section className="mb-8">
        <AuditTrail targetType="change_request" targetId={request.id} limit={10} />
      </section>
    </>
  );
}
