import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { toAssessmentResult, type AssessmentResult } from "@/lib/assessment/assessment-result";
import { computeEvidence } from "@/lib/assessment/evidence";
import { findTeamBySlug, insertAssessment, loadEvidenceRows } from "@/lib/assessment/repository";
import { zTakeAssessmentInput } from "@/lib/assessment/schemas";
import { scoreAnswers } from "@/lib/assessment/scoring";
import { lintStaleVersions } from "@/lib/standards/lint-versions";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { InvalidInput } from "@/lib/errors/domain-errors";

/**
 * A team (or the organisation) completes the assessment: the answers are scored, the catalog's evidence for the
 * scope is measured in the same transaction, and both are kept as one immutable history entry.
 */
export async function takeAssessment(db: PrismaClient, { actor, input }: { actor: Actor; input: unknown }): Promise<AssessmentResult> {
  // The standards evidence reads stored findings: versions not linted yet (or under an older ruleset) are linted
  // first, outside the transaction (Spectral would hold PGlite's one connection).
  await lintStaleVersions(db);
  return runMutation(db, {
    actor,
    permission: "assessment.take",
    action: "assessment.take",
    schema: zTakeAssessmentInput,
    input,
    write: async (tx, { input }) => {
      const team = input.scope === "team" ? await findTeamBySlug(tx, input.team!) : null;
      if (input.scope === "team" && !team) {
        throw new InvalidInput(`No team has the slug "${input.team}".`, { issues: [{ pointer: "/team", detail: "Unknown team." }] });
      }
      // Owners and reviewers assess their own teams; only a grant on any team covers the whole organisation.
      authorize(actor, "assessment.take", { ownerTeamId: team?.id ?? null });
      const { integrations, contracts } = await loadEvidenceRows(tx, team?.id ?? null);
      const evidence = computeEvidence({ integrations, contracts, teamSlug: team?.slug ?? null });
      const { total, level } = scoreAnswers(input.answers);
      const row = await insertAssessment(tx, {
        scope: input.scope,
        teamId: team?.id ?? null,
        answers: input.answers,
        total,
        level,
        evidence,
        takenById: actor.id,
      });
      return {
        result: toAssessmentResult(row),
        target: { type: "assessment", id: row.id, label: team ? `Readiness of ${team.name}` : "Readiness of the organisation" },
        after: { scope: input.scope, team: team?.slug ?? null, answers: input.answers, total, level },
      };
    },
  });
}
