import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { findTeamOptions } from "@/lib/assessment/repository";
import { getDb } from "@/lib/db";
import { AssessmentForm, type ScopeOption } from "@/components/assessment/assessment-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Take the assessment" };

export default async function NewAssessmentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  const teams = await findTeamOptions(await getDb());
  // Offer only the scopes this person may assess: their teams, and the organisation for those granted any team.
  const scopes: ScopeOption[] = [
    ...(can(actor, "assessment.take", { ownerTeamId: null }) ? [{ value: "organisation", label: "The whole organisation" }] : []),
    ...teams.filter((t) => can(actor, "assessment.take", { ownerTeamId: t.id })).map((t) => ({ value: t.slug, label: t.name })),
  ];
  const requested = (await searchParams).scope;
  const initialScope = scopes.find((s) => s.value === requested)?.value ?? scopes[0]?.value ?? "";

  return (
    <>
      <PageHeader
        title="Integration readiness assessment"
        description="Answer 6 questions to assess your integration maturity and get a prioritised improvement plan. Takes about two minutes. Choose the answer that is true today, not the one you are working towards."
        actions={
          <Link className={buttonStyles.secondary} href="/assessments">
            History
          </Link>
        }
      />
      {scopes.length === 0 ? (
        <EmptyState
          title="You cannot take the assessment."
          action={
            <Link className={buttonStyles.secondary} href="/assessments">
              See past results
            </Link>
          }
        >
          Owners and reviewers take it for the teams they belong to, admins for any team or the whole organisation. Ask an admin to add you to your team.
        </EmptyState>
      ) : (
        <AssessmentForm userId={actor.id} scopes={scopes} initialScope={initialScope} />
      )}
    </>
  );
}
