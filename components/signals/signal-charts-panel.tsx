import { getDb } from "@/lib/db";
import { findIncidentsOfIntegration } from "@/lib/incidents/repository";
import { INCIDENT_CAUSE_LABELS } from "@/lib/incidents/schemas";
import { readSignalSeries } from "@/lib/signals/repository";
import { BASELINE_LOOKBACK_MS, CHART_RANGES, CHART_RANGE_LABELS, chartBuckets, chartWindow, type ChartRange } from "@/lib/signals/anomalies/signal-chart-data";
import { SignalChart } from "@/components/signals/signal-chart";
import { TabLinks } from "@/components/ui/tab-links";

/**
 * On an integration's page: volume (with the usual band), errors and p95 latency over 24 h, 7 d or 30 d (the
 * `signals` query parameter), with the incidents opened in that period marked.
 */
export async function SignalChartsPanel({ integrationId, integrationKey, range }: { integrationId: string; integrationKey: string; range: ChartRange }) {
  const db = await getDb();
  const now = new Date();
  const window = chartWindow(range, now);
  const [[series], incidents] = await Promise.all([
    readSignalSeries(db, [integrationId], new Date(window.from - BASELINE_LOOKBACK_MS), new Date(window.to), window.resolution),
    findIncidentsOfIntegration(db, integrationId, 50),
  ]);
  const buckets = chartBuckets(
    series.points.map((point) => ({ bucketStart: point.bucketStart, records: point.records, errors: point.errors, p95Ms: point.latency.p95Ms })),
    window,
  );
  const markers = incidents
    .filter((incident) => incident.openedAt.getTime() >= window.from && incident.openedAt.getTime() < window.to)
    .map((incident) => ({ at: incident.openedAt.getTime(), label: `${INCIDENT_CAUSE_LABELS[incident.cause]}: ${incident.text}` }));
  const axis = { bucketMs: window.bucketMs, from: window.from, to: window.to, markers };
  const unit = window.resolution === "hour" ? "per hour" : "per day";
  return (
    <section id="signals" aria-labelledby="section-signals" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="section-signals" className="mb-2 text-base font-semibold text-slate-900">
        Signals
      </h2>
      <TabLinks
        label="Signal period"
        className="mb-3"
        tabs={CHART_RANGES.map((option) => ({
          href: `/catalog/integrations/${encodeURIComponent(integrationKey)}?signals=${option}#signals`,
          label: CHART_RANGE_LABELS[option],
          active: option === range,
        }))}
      />
      {series.points.length === 0 ? (
        <p className="text-sm text-slate-600">
          No signal reported yet. Send them through the OTLP receiver or POST /api/v1/signals (see the README, Live signals).
        </p>
      ) : (
        <div className="space-y-4">
          <SignalChart
            title={`Records ${unit} (shaded: the usual range for that hour of the week)`}
            buckets={buckets}
            metric="records"
            color="var(--color-blue-600)"
            showBand
            {...axis}
          />
          <SignalChart title={`Errors ${unit}`} buckets={buckets} metric="errors" color="var(--color-red-600)" {...axis} />
          <SignalChart title="Latency, 95th percentile" buckets={buckets} metric="p95Ms" color="var(--color-violet-600)" {...axis} />
          <p className="text-xs text-slate-600">Times in UTC. Grey columns: no signal in that period. Dashed red lines: incidents opened.</p>
        </div>
      )}
    </section>
  );
}
