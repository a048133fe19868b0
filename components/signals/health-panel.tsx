import type { IntegrationOutput } from "@/lib/catalog/integrations/schemas";
import { labelOf } from "@/lib/labels/enum-labels";
import { HealthBadge } from "@/components/catalog/status-badges";
import { EndHealthOverrideForm, HealthOverrideForm } from "@/components/signals/health-controls";
import { buttonStyles } from "@/components/ui/button-styles";
import { Timestamp } from "@/components/ui/timestamp";

/**
 * On an integration's page: the health in force and why, the derived health beside an override, the last signal
 * and the objectives; for the team's owners and admins, the override (decision 051).
 */
export function HealthPanel({ integration, mayOverride }: { integration: IntegrationOutput; mayOverride: boolean }) {
  const override = integration.healthOverride;
  const { objectives } = integration;
  return (
    <section aria-labelledby="section-health" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="section-health" className="mb-3 text-base font-semibold text-slate-900">
        Health
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        <HealthBadge health={integration.healthStatus} />
        {override ? (
          <span className="text-sm text-slate-700">(overridden; derived from signals: {labelOf("HealthStatus", integration.derivedHealth)})</span>
        ) : null}
      </div>
      {override ? (
        <p role="note" className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          Overridden by {override.by?.name ?? "a former user"} until <Timestamp date={override.until} />: {override.reason}
        </p>
      ) : null}
      <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-medium text-slate-700">Why</dt>
          <dd className="text-slate-900">{integration.healthReason ?? "Not computed yet: the next evaluation (every 5 minutes) derives it."}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700">Last signal</dt>
          <dd className="text-slate-900">
            <Timestamp date={integration.healthCheckedAt} none="Never" />
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="font-medium text-slate-700">Objectives</dt>
          <dd className="text-slate-900">
            Error rate {objectives.errorRatePercent}% · p95 latency {objectives.latencyMs === null ? "none" : `${objectives.latencyMs} ms`} · freshness{" "}
            {objectives.freshnessHours === null ? "none" : `${objectives.freshnessHours} h`}
            {integration.objectiveErrorRatePercent === null && integration.objectiveLatencyMs === null && integration.objectiveFreshnessHours === null
              ? " (defaults of its criticality and frequency)"
              : " (set on this integration)"}
          </dd>
        </div>
      </dl>
      {mayOverride ? (
        <div className="mt-4 space-y-3">
          {override ? <EndHealthOverrideForm integration={integration.key} /> : null}
          <details>
            <summary className={`${buttonStyles.link} cursor-pointer`}>{override ? "Change the override" : "Override the derived health"}</summary>
            <div className="mt-3">
              <HealthOverrideForm integration={integration.key} />
            </div>
          </details>
        </div>
      ) : null}
    </section>
  );
}
