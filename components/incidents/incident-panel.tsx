import { can, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { findIncidentsOfIntegration } from "@/lib/incidents/repository";
import { INCIDENT_CAUSE_LABELS, INCIDENT_STATE_LABELS, type IncidentOutput } from "@/lib/incidents/schemas";
import { AcknowledgeIncidentForm, ResolveIncidentForm } from "@/components/incidents/incident-controls";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { Timestamp } from "@/components/ui/timestamp";

const STATE_TONES: Record<IncidentOutput["state"], BadgeTone> = { open: "danger", acknowledged: "warning", resolved: "good" };

function IncidentItem({ incident, mayManage }: { incident: IncidentOutput; mayManage: boolean }) {
  const unresolved = incident.state !== "resolved";
  return (
    <li id={`incident-${incident.id}`} className="scroll-mt-20 rounded-lg border border-slate-200 p-4">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={STATE_TONES[incident.state]}>{INCIDENT_STATE_LABELS[incident.state]}</Badge>
        <Badge>{INCIDENT_CAUSE_LABELS[incident.cause]}</Badge>
        <span className="text-xs text-slate-600">
          Opened <Timestamp date={incident.openedAt} />
          {unresolved ? (
            <>
              {" "}
              · last seen <Timestamp date={incident.lastSeenAt} />
            </>
          ) : null}
        </span>
      </div>
      <p className="mt-2 text-sm text-slate-900">{incident.text}</p>
      {incident.acknowledgedAt ? (
        <p className="mt-1 text-sm text-slate-700">
          Acknowledged by {incident.acknowledgedBy?.name ?? "a former user"} at <Timestamp date={incident.acknowledgedAt} />
          {incident.acknowledgementNote ? `: ${incident.acknowledgementNote}` : ""}
        </p>
      ) : null}
      {incident.resolvedAt ? (
        <p className="mt-1 text-sm text-slate-700">
          {incident.resolvedBy ? `Resolved by ${incident.resolvedBy.name}` : "Resolved"} at <Timestamp date={incident.resolvedAt} />
          {incident.resolutionNote ? `: ${incident.resolutionNote}` : ""}
        </p>
      ) : null}
      {unresolved && mayManage ? (
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          {incident.state === "open" ? <AcknowledgeIncidentForm incidentId={incident.id} /> : null}
          <details>
            <summary className={`${buttonStyles.link} cursor-pointer`}>Resolve by hand</summary>
            <div className="mt-2">
              <ResolveIncidentForm incidentId={incident.id} />
            </div>
          </details>
        </div>
      ) : null}
    </li>
  );
}

/**
 * On an integration's page: its unresolved incidents first (with acknowledge and resolve for its team's owners and
 * admins), then the recent resolved ones.
 */
export async function IncidentPanel({ actor, integrationId, ownerTeamId }: { actor: Actor; integrationId: string; ownerTeamId: string | null }) {
  const incidents = await findIncidentsOfIntegration(await getDb(), integrationId);
  const mayManage = can(actor, "incident.manage", { ownerTeamId });
  return (
    <section id="incidents" aria-labelledby="section-incidents" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="section-incidents" className="mb-3 text-base font-semibold text-slate-900">
        Incidents
      </h2>
      {incidents.length === 0 ? (
        <p className="text-sm text-slate-600">No incident so far: anomalies in this integration&apos;s signals open one here and alert its owners.</p>
      ) : (
        <ul className="space-y-3">
          {incidents.map((incident) => (
            <IncidentItem key={incident.id} incident={incident} mayManage={mayManage} />
          ))}
        </ul>
      )}
    </section>
  );
}
