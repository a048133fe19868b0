import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { toAssessmentResult } from "@/lib/assessment/assessment-result";
import type { Answers } from "@/lib/assessment/questions";
import { findAssessmentById } from "@/lib/assessment/repository";
import { getDb } from "@/lib/db";
import { EvidenceTable } from "@/components/assessment/evidence-table";
import { ImprovementPlan } from "@/components/assessment/improvement-plan";
import { LevelBadge } from "@/components/assessment/level-badge";
import { PrintButton } from "@/components/assessment/print-button";
import { PrintStyles } from "@/components/assessment/print-styles";
import { ScoreChart } from "@/components/assessment/score-chart";
import { buttonStyles } from "@/components/ui/button-styles";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Assessment result" };

export default async function AssessmentResultPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const row = await findAssessmentById(await getDb(), (await params).id);
  if (!row) notFound();
  const result = toAssessmentResult(row);
  const scopeName = result.team?.name ?? "the organisation";
  const again = result.team ? `/assessments/new?scope=${result.team.slug}` : "/assessments/new?scope=organisation";

  return (
    <article>
      <PrintStyles />
      <PageHeader
        title={`Readiness of ${scopeName}`}
        description={`Taken by ${result.takenBy.name} on ${result.takenAt.toISOString().slice(0, 16).replace("T", " ")} UTC. Evidence as the catalog showed it then.`}
        actions={
          <div className="flex gap-2 print:hidden">
            <PrintButton />
            {can(actor, "assessment.take", { ownerTeamId: result.team?.id ?? null }) ? (
              <Link className={buttonStyles.secondary} href={again}>
                Take it again
              </Link>
            ) : null}
            <Link className={buttonStyles.secondary} href={result.team ? `/assessments?scope=${result.team.slug}` : "/assessments?scope=organisation"}>
              History
            </Link>
          </div>
        }
      />

      <section aria-labelledby="level-heading" className="mb-8 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <p className="text-sm text-slate-600">Readiness level</p>
        <h2 id="level-heading" className="mt-1 text-xl font-semibold text-slate-900" data-testid="readiness-level">
          Level {result.level}: {result.levelName}
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          <LevelBadge level={result.level} name={result.levelName} /> <span className="ml-2 tabular-nums">{result.total} of 24 points</span>
        </p>
        <p className="mt-2 text-sm text-slate-800" data-testid="evidence-level">
          {result.evidenceLevel.unsupported.length === 0
            ? `The catalog's evidence supports this level (Level ${result.evidenceLevel.level}).`
            : `Self-reported Level ${result.level}; the catalog's evidence supports Level ${result.evidenceLevel.level}: ${result.evidenceLevel.levelName} (${result.evidenceLevel.total} of 24 points), because ${result.evidenceLevel.unsupported.length} answer${result.evidenceLevel.unsupported.length === 1 ? " claims" : "s claim"} more than it shows. The plan below is ordered by the weaker of the two.`}
        </p>
        <p className="mt-3 max-w-3xl text-sm text-slate-800">{result.levelDescription}</p>
        <h3 className="mt-4 text-sm font-semibold text-slate-900">Highest-value improvements at this level</h3>
        <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-800">
          {result.levelImprovements.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="scores-heading" className="mb-8 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="scores-heading" className="mb-3 text-base font-semibold text-slate-900">
          Score per question
        </h2>
        <ScoreChart scores={result.scores} evidence={result.evidence} />
      </section>

      <section aria-labelledby="plan-heading" className="mb-8">
        <h2 id="plan-heading" className="mb-1 text-base font-semibold text-slate-900">
          Improvement plan
        </h2>
        <p className="mb-3 text-sm text-slate-600">
          Weakest first. Where the catalog shows less than an answer claims, the plan ranks that dimension by the evidence.
        </p>
        <ImprovementPlan plan={result.plan} />
      </section>

      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading" className="mb-1 text-base font-semibold text-slate-900">
          Evidence from the catalog
        </h2>
        <p className="mb-3 text-sm text-slate-600">
          Measured on {result.team ? `the integrations and contracts ${result.team.name} owns` : "every integration and contract"}; archived records are left
          out.
        </p>
        <EvidenceTable answers={result.answers as Answers} evidence={result.evidence} />
      </section>
    </article>
  );
}
