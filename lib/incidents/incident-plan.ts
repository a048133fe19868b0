import type { AnomalyCause, AnomalyFinding, RuleVerdict } from "@/lib/signals/anomalies/anomaly-rules";

/** One rule's verdict on one integration, and the start of the window it judged. */
export interface CauseVerdict {
  verdict: RuleVerdict;
  windowStart: Date;
}

export interface IntegrationEvaluation {
  integrationId: string;
  causes: Partial<Record<AnomalyCause, CauseVerdict>>;
}

export interface UnresolvedIncident {
  id: string;
  integrationId: string;
  cause: AnomalyCause;
}

export interface FindingAt {
  integrationId: string;
  cause: AnomalyCause;
  finding: AnomalyFinding;
  windowStart: Date;
}

export interface IncidentPlan {
  open: FindingAt[];
  /** Still anomalous: refresh the numbers and the text, notify nobody again. */
  touch: (FindingAt & { incidentId: string })[];
  /** The cause cleared. */
  resolve: (UnresolvedIncident & { windowStart: Date })[];
}

/**
 * What one evaluation changes (decision 035): an anomaly with no unresolved incident of the same cause opens one; an
 * anomaly with one keeps it (no second incident, no second alert); a cleared cause resolves it; "hold" and
 * "unknown" change nothing, so missing data never resolves an incident and a value at the limit never flaps.
 */
export function planIncidentChanges(evaluations: readonly IntegrationEvaluation[], unresolved: readonly UnresolvedIncident[]): IncidentPlan {
  const existing = new Map(unresolved.map((incident) => [`${incident.integrationId}:${incident.cause}`, incident]));
  const plan: IncidentPlan = { open: [], touch: [], resolve: [] };
  for (const evaluation of evaluations) {
    for (const [cause, judged] of Object.entries(evaluation.causes) as [AnomalyCause, CauseVerdict][]) {
      const incident = existing.get(`${evaluation.integrationId}:${cause}`);
      const { verdict, windowStart } = judged;
      if (verdict.state === "anomalous") {
        const finding = { integrationId: evaluation.integrationId, cause, finding: verdict.finding, windowStart };
        if (incident) plan.touch.push({ ...finding, incidentId: incident.id });
        else plan.open.push(finding);
      } else if (verdict.state === "clear" && incident) {
        plan.resolve.push({ ...incident, windowStart });
      }
    }
  }
  return plan;
}
